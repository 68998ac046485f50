//! Surface segmentation: text → surface tokens, and surface tokens → syntactic words.
//!
//! The text is first cut at whitespace into chunks; each chunk is then cut into surface tokens
//! by peeling punctuation from both ends (quotes, brackets, sentence punctuation, with the
//! period kept on abbreviations) and splitting the middle at hyphens, slashes, brackets and
//! similar marks, following UD English-EWT. A chunk is never merged with its neighbours, so the
//! surface tokens always tile the non-whitespace text. Finally each surface token may be divided
//! into words (`don't` → `do` + `n't`), which become a multiword token.
//!
//! Everything works on byte offsets into the original text and decodes characters only where a
//! decision needs them; the common case (a plain ASCII word followed by a space) is a tight loop.

use crate::lexicon::Lexicon;

/// A surface token: a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Surface {
    pub start: u32,
    pub end: u32,
}

/// Most pieces a chunk's end can shed (`word?!")` → 4); more are left attached.
const MAX_TAIL: usize = 12;

/// Append the surface tokens of `text` to `out`.
pub(crate) fn segment(lex: &Lexicon, text: &str, out: &mut Vec<Surface>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        // Skip whitespace.
        let b = bytes[i];
        if is_space_byte(b) {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
        }
        // Find the end of the chunk.
        let start = i;
        // A chunk of only letters, or only digits, needs no further splitting.
        let mut simple = true;
        let (mut digits, mut letters) = (false, false);
        while i < n {
            let b = bytes[i];
            if b < 0x80 {
                if is_space_byte(b) {
                    break;
                }
                if b.is_ascii_digit() {
                    digits = true;
                } else if b.is_ascii_alphabetic() {
                    letters = true;
                } else {
                    simple = false;
                }
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                if c.is_whitespace() {
                    break;
                }
                if !c.is_alphanumeric() {
                    simple = false;
                }
                i += c.len_utf8();
            }
        }
        if simple && !(digits && letters) {
            out.push(Surface { start: start as u32, end: i as u32 });
        } else {
            chunk(lex, &text[start..i], start, out);
        }
    }
}

/// ASCII whitespace exactly as `char::is_whitespace` sees it (which, unlike
/// `u8::is_ascii_whitespace`, includes the vertical tab).
#[inline]
fn is_space_byte(b: u8) -> bool {
    b == b' ' || (9..=13).contains(&b)
}

/// True for characters that may open a chunk and are split off it.
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '"' | '“' | '”' | '«' | '„' | '¿' | '¡' | '*' | ',' | ';' | ')' | ']' | '}' | '|')
}

/// True for dash-like characters that are always tokens of their own (runs stay together).
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '~')
}

/// True for sentence punctuation, kept together in runs (`?!`, `...`, `!!!`).
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Non-ASCII symbols with no special role (`♥`, `★`, `→`): always tokens of their own.
fn is_symbol(c: char) -> bool {
    !c.is_ascii()
        && !c.is_alphanumeric()
        && !matches!(c, '’' | '‘' | '“' | '”' | '«' | '»' | '„' | '–' | '—' | '―' | '…' | '¿' | '¡' | '£' | '€' | '¥')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`')
}

/// The character starting at byte `i` of `s` (`i` on a boundary, `i < s.len()`).
#[inline]
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\u{FFFD}')
}

/// The character ending at byte `i` of `s` (`i` on a boundary, `i > 0`).
#[inline]
fn char_before(s: &str, i: usize) -> char {
    s[..i].chars().next_back().unwrap_or('\u{FFFD}')
}

/// End of the run of characters satisfying `f` starting at `i`.
fn run_end(s: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    s[i..].char_indices().find(|&(_, c)| !f(c)).map_or(s.len(), |(k, _)| i + k)
}

/// Start of the run of characters satisfying `f` ending at `i`.
fn run_start(s: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    s[..i].char_indices().rev().take_while(|&(_, c)| f(c)).last().map_or(i, |(k, _)| k)
}

/// Words of a clitic or an informal start kept after a leading apostrophe (`'s`, `'em`, `'90s`).
fn apostrophe_word(rest: &str) -> bool {
    // Only the word right after the apostrophe matters; looking no further keeps long chunks linear.
    let end = rest.bytes().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
    if end > 8 {
        return false;
    }
    let lower = rest[..end].to_ascii_lowercase();
    let word = lower.as_str();
    matches!(word, "s" | "m" | "d" | "ll" | "re" | "ve" | "em" | "n" | "cause" | "til" | "tis" | "twas" | "bout")
        || (word.len() >= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        || (word.len() >= 3 && word.ends_with('s') && word[..word.len() - 1].bytes().all(|b| b.is_ascii_digit()))
}

/// True when the whole string is a web address or an e-mail address and must stay one token.
fn is_address(s: &str) -> bool {
    if s.contains("://") || s.starts_with("www.") || s.starts_with("WWW.") {
        return true;
    }
    if let Some(at) = s.find('@') {
        let (user, host) = (&s[..at], &s[at + 1..]);
        return !user.is_empty()
            && !host.is_empty()
            && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
            && user.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'+'));
    }
    // A bare domain: `galleryfurniture.com`.
    if let Some(dot) = s.rfind('.') {
        let tld = &s[dot + 1..];
        let head = &s[..dot];
        return !head.is_empty()
            && head.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/'))
            && matches!(tld, "com" | "org" | "net" | "gov" | "edu" | "co" | "uk" | "int" | "info" | "io" | "biz");
    }
    false
}

/// Split one chunk (non-empty, no whitespace, containing punctuation) at byte offset `base`.
fn chunk(lex: &Lexicon, s: &str, base: usize, out: &mut Vec<Surface>) {
    let push = |out: &mut Vec<Surface>, a: usize, b: usize| {
        if a < b {
            out.push(Surface { start: (base + a) as u32, end: (base + b) as u32 });
        }
    };
    // Whole-chunk tokens: emoticons, runs of one punctuation mark (`...`, `!!!`, `====`), and
    // mixed sentence punctuation (`?!`, `.?`).
    if lex.is_emoticon(s) || s.chars().all(is_terminal) || all_same_symbol(s) {
        push(out, 0, s.len());
        return;
    }
    let mut lo = 0;
    let mut hi = s.len();
    let mut opened_with_quote = false;

    // Leading punctuation.
    while lo < hi {
        let c = char_at(s, lo);
        let next = s[lo + c.len_utf8()..hi].chars().next();
        let end = match c {
            '<' | '>' => run_end(&s[..hi], lo, |x| x == c),
            '`' => run_end(&s[..hi], lo, |x| x == '`'),
            '\'' | '‘' | '’' => {
                let rest = &s[lo + c.len_utf8()..hi];
                if rest.starts_with(['\'', '’', '‘']) {
                    opened_with_quote = true;
                    lo + c.len_utf8() + rest.chars().next().map_or(0, char::len_utf8)
                } else if apostrophe_word(rest) {
                    break;
                } else {
                    opened_with_quote = true;
                    lo + c.len_utf8()
                }
            }
            '$' | '£' | '€' | '¥' | '#' => {
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    lo + c.len_utf8()
                } else {
                    break;
                }
            }
            '-' if next.is_some_and(|n| n.is_ascii_digit()) => break,
            c if is_dash(c) => run_end(&s[..hi], lo, is_dash),
            '.' => {
                let e = run_end(&s[..hi], lo, |x| x == '.');
                if e - lo >= 2 {
                    e
                } else if run_end(&s[..hi], e, char::is_alphanumeric) - e > 4 {
                    // `.thank` is a typo; `.doc` is a file extension.
                    e
                } else {
                    break;
                }
            }
            '+' if next.is_some_and(|n| n.is_ascii_digit()) => break,
            '*' | '+' => run_end(&s[..hi], lo, |x| x == c),
            '%' => lo + 1,
            c if is_symbol(c) => run_end(&s[..hi], lo, |x| x == c),
            ':' if next.is_some_and(|n| n.is_alphabetic()) && !lex.is_emoticon(&s[lo..hi]) => lo + 1,
            c if is_opening(c) => lo + c.len_utf8(),
            _ => break,
        };
        if lex.is_emoticon(&s[lo..hi]) {
            break;
        }
        push(out, lo, end);
        lo = end;
    }

    // Trailing punctuation, collected in reverse.
    let mut tail = [(0usize, 0usize); MAX_TAIL];
    let mut n_tail = 0;
    while lo < hi && n_tail < MAX_TAIL {
        if lex.is_emoticon(&s[lo..hi]) {
            break;
        }
        let c = char_before(s, hi);
        let start = match c {
            c if is_terminal(c) => {
                let r = run_start(&s[lo..], hi - lo, is_terminal) + lo;
                if r == lo {
                    lo
                } else if hi - r == 1 && c == '.' && lex.is_abbreviation(&s[lo..hi]) {
                    break;
                } else if &s[r..hi] == ".." && lex.is_abbreviation(&s[lo..hi - 1]) {
                    // `Inc..`: the abbreviation's period, then the sentence's.
                    hi - 1
                } else {
                    let dots = run_end(&s[..hi], r, |x| x == '.');
                    if dots - r >= 3 && dots < hi {
                        // `...?` is an ellipsis and a question mark; `.?` stays one token.
                        tail[n_tail] = (dots, hi);
                        n_tail += 1;
                        hi = dots;
                    }
                    r
                }
            }
            ')' | ']' | '}' | '"' | '“' | '”' | '»' | ',' | ';' | ':' | '%' | '|' => hi - c.len_utf8(),
            '*' => run_start(&s[lo..], hi - lo, |x| x == '*') + lo,
            '>' | '<' => run_start(&s[lo..], hi - lo, |x| x == c) + lo,
            '\'' | '’' | '`' => {
                let before = &s[lo..hi - c.len_utf8()];
                if let Some(x) = before.chars().next_back().filter(|&x| is_apostrophe(x)) {
                    // `''` and `’’` are one closing quote.
                    hi - c.len_utf8() - x.len_utf8()
                } else if !opened_with_quote
                    && c != '`'
                    && before.len() >= 2
                    && before.ends_with(['s', 'S', 'z', 'x'])
                    && before.chars().all(|x| x.is_alphanumeric() || x == '.' || x == '-')
                {
                    // Plural possessive (`parents'`): a word and a clitic, decided later.
                    break;
                } else {
                    hi - c.len_utf8()
                }
            }
            c if is_dash(c) => run_start(&s[lo..], hi - lo, is_dash) + lo,
            '+' | '#' if hi - lo > 1 => run_start(&s[lo..], hi - lo, |x| x == c) + lo,
            c if is_symbol(c) => run_start(&s[lo..], hi - lo, |x| x == c) + lo,
            _ => break,
        };
        if n_tail >= MAX_TAIL {
            break;
        }
        tail[n_tail] = (start, hi);
        n_tail += 1;
        hi = start;
    }

    middle(lex, s, lo, hi, base, out);
    for &(a, b) in tail[..n_tail].iter().rev() {
        push(out, a, b);
    }
}

/// True when `s` is two or more copies of one punctuation or symbol character (`====`, `<<`).
fn all_same_symbol(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_alphanumeric() && s.len() > first.len_utf8() && chars.all(|c| c == first) {
        return true;
    }
    // Rules and separators such as `----==` or `=---`.
    s.len() > 1 && s.bytes().all(|b| matches!(b, b'-' | b'=' | b'_' | b'*' | b'~' | b'+' | b'#'))
}

/// Split the core of a chunk, `s[lo..hi]`, at inner punctuation.
fn middle(lex: &Lexicon, s: &str, lo: usize, hi: usize, base: usize, out: &mut Vec<Surface>) {
    if lo >= hi {
        return;
    }
    let core = &s[lo..hi];
    let push = |out: &mut Vec<Surface>, a: usize, b: usize| {
        if a < b {
            out.push(Surface { start: (base + lo + a) as u32, end: (base + lo + b) as u32 });
        }
    };
    if is_address(core) || lex.is_emoticon(core) {
        push(out, 0, core.len());
        return;
    }
    let n = core.len();
    let mut start = 0;
    let mut i = 0;
    let address_hint = core.contains('@') || core.contains("://") || core.contains("www.");
    while i < n {
        if address_hint && i == start {
            // An address inside a longer chunk (`<a@b.com>`); the length cap keeps long chunks
            // linear (a whole-chunk address of any length was handled above).
            let e = core[i..]
                .char_indices()
                .take_while(|&(k, x)| k < 256 && !matches!(x, '<' | '>' | '(' | ')' | '"' | '[' | ']' | ',' | ';'))
                .last()
                .map_or(i, |(k, x)| i + k + x.len_utf8());
            if e > i && e - i < 256 && is_address(&core[i..e]) {
                push(out, i, e);
                start = e;
                i = e;
                continue;
            }
        }
        let c = char_at(core, i);
        let cl = c.len_utf8();
        let prev = if i > 0 { Some(char_before(core, i)) } else { None };
        let next = core[i + cl..].chars().next();
        let digits_around = prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|x| x.is_ascii_digit());
        // `Some(end)`: split out `core[i..end]` as a token of its own.
        let split: Option<usize> = match c {
            '-' => {
                let e = run_end(core, i, |x| x == '-');
                let single = e - i == 1 && i > start && e < n;
                let left = &core[start..i];
                let keep = single
                    && ((digits_around && phone_like(core, start))
                        || (next.is_some_and(char::is_alphabetic)
                            && left.len() <= 8
                            && left.chars().all(char::is_alphabetic)
                            && lex.keeps_hyphen(left)));
                if keep { None } else { Some(e) }
            }
            c if is_dash(c) => Some(run_end(core, i, is_dash)),
            '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | ';' | '«' | '»' | '|' => Some(i + cl),
            '<' | '>' | '*' => Some(run_end(core, i, |x| x == c)),
            c if is_symbol(c) => Some(run_end(core, i, |x| x == c)),
            '!' | '?' => Some(run_end(core, i, |x| x == '!' || x == '?')),
            ',' | ':' => {
                if digits_around {
                    None
                } else {
                    Some(i + 1)
                }
            }
            '.' => {
                let e = run_end(core, i, |x| x == '.');
                if e - i >= 2 { Some(e) } else { None }
            }
            '…' => Some(i + cl),
            '/' => {
                let left = &core[start..i];
                let right_end = run_end(core, i + 1, char::is_alphanumeric);
                let right = &core[i + 1..right_end];
                let alpha = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
                if alpha(left) && alpha(right) && (left.chars().count() > 1 || right.chars().count() > 1) {
                    Some(i + 1)
                } else {
                    None
                }
            }
            '&' => {
                let left = &core[start..i];
                let right_end = run_end(core, i + 1, char::is_alphanumeric);
                let short = |w: &str| !w.is_empty() && w.len() <= 3;
                if short(left) && short(&core[i + 1..right_end]) { None } else { Some(i + 1) }
            }
            c if c.is_alphabetic() && prev.is_some_and(|p| p.is_ascii_digit()) => {
                // `35mm` → `35 mm`, but `1980s`, `22nd` stay whole.
                let piece = &core[start..i];
                if piece.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
                    let e = run_end(core, i, char::is_alphabetic);
                    let suffix = &core[i..e];
                    let ordinal = matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th" | "s" | "d");
                    let ends_word = core[e..].chars().next().is_none_or(|x| !x.is_alphanumeric());
                    if ordinal && ends_word {
                        None
                    } else {
                        push(out, start, i);
                        start = i;
                        None
                    }
                } else {
                    None
                }
            }
            _ => None,
        };
        match split {
            Some(e) => {
                push(out, start, i);
                push(out, i, e);
                start = e;
                i = e;
            }
            None => i += cl,
        }
    }
    push(out, start, n);
}

/// True when the digits-and-hyphens word starting at `start` looks like a phone number or a
/// code (`713-853-3989`, `345-9945`) rather than a range (`13 - 17`, `1998 - 30`), which EWT splits.
fn phone_like(core: &str, start: usize) -> bool {
    // Phone numbers are short; a longer run is not one (and scanning it again at every hyphen
    // would make long inputs quadratic).
    let bytes = &core.as_bytes()[start..];
    let e = bytes.iter().take(33).position(|&b| !(b.is_ascii_digit() || b == b'-')).unwrap_or(bytes.len().min(33));
    if e > 32 {
        return false;
    }
    let word = &core[start..start + e];
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    let last_group = word.rsplit('-').next().map_or(0, str::len);
    word.bytes().filter(|&b| b == b'-').count() >= 2 || digits >= 7 || last_group >= 4
}

/// Divide a surface token into words when UD English analyses it as several (`don't` → `do` +
/// `n't`, `Bush's` → `Bush` + `'s`, `cannot` → `can` + `not`). Writes the byte lengths of the
/// words into `lens` and returns how many there are; 0 means the token is one word.
pub(crate) fn words(lex: &Lexicon, s: &str, lens: &mut [u8; 4]) -> usize {
    let b = s.as_bytes();
    let n = b.len();
    if n < 2 {
        return 0;
    }
    let has_apostrophe = s.contains(['\'', '’', '`']);
    if !has_apostrophe {
        if let Some(ws) = lex.contraction(s) {
            let k = ws.len().min(4);
            lens[..k].copy_from_slice(&ws[..k]);
            return k;
        }
        return 0;
    }
    let lower_ends = |suffix: &str| -> bool {
        n > suffix.len() && s.is_char_boundary(n - suffix.len()) && s[n - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    // `n't` forms: `don't`, `can't` (`ca` + `n't`), `won't` (`wo` + `n't`).
    for neg in ["n't", "n’t"] {
        if lower_ends(neg) {
            let stem = n - neg.len();
            if stem > 0 && s[..stem].chars().all(char::is_alphabetic) {
                return two(lens, stem, neg.len());
            }
        }
    }
    // `'s`, `'m`, `'re`, `'ve`, `'ll`, `'d`, with any apostrophe.
    for ap in ['\'', '’', '`'] {
        if let Some(pos) = s.rfind(ap) {
            let suffix = &s[pos + ap.len_utf8()..];
            let is_clitic = matches!(suffix.to_ascii_lowercase().as_str(), "s" | "m" | "re" | "ve" | "ll" | "d");
            let stem = &s[..pos];
            if is_clitic
                && !stem.is_empty()
                && stem.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
            {
                return two(lens, pos, n - pos);
            }
            if suffix.is_empty() && stem.len() >= 2 && stem.chars().all(char::is_alphanumeric) {
                // Plural possessive: `parents'` → `parents` + `'`.
                return two(lens, pos, n - pos);
            }
        }
    }
    0
}

fn two(lens: &mut [u8; 4], a: usize, b: usize) -> usize {
    if a > u8::MAX as usize || b > u8::MAX as usize {
        return 0;
    }
    lens[0] = a as u8;
    lens[1] = b as u8;
    2
}
