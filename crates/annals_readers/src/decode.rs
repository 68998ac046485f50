//! Bytes to text: byte-order marks, UTF-16, invalid UTF-8 and binary junk.
//!
//! Decoding never fails on text that is merely damaged: invalid UTF-8 sequences become U+FFFD
//! and the caller records a warning. Only input that is plainly not text (NUL bytes, mostly
//! control characters, mostly invalid sequences) is refused, because analysing it would produce
//! nonsense that looks like an analysis.

/// Text decoded from bytes, with a note of any repair.
pub(crate) struct Decoded {
    /// The text.
    pub text: String,
    /// A message for the user when bytes were replaced or another encoding was decoded.
    pub warning: Option<String>,
}

/// Share of control characters above which input counts as binary.
const MAX_CONTROL_SHARE: f64 = 0.10;
/// Share of invalid UTF-8 sequences (per character) above which input counts as binary.
const MAX_INVALID_SHARE: f64 = 0.10;

/// Decode `bytes` as text, or say why it is not text.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes, "UTF-16BE");
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(reason) = binary_bytes(bytes) {
        return Err(reason);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.to_owned(), warning: None }),
        Err(_) => {
            let mut text = String::with_capacity(bytes.len() + 16);
            let mut invalid = 0usize;
            let mut first_bad: Option<usize> = None;
            let mut offset = 0usize;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                offset += chunk.valid().len();
                if !chunk.invalid().is_empty() {
                    first_bad.get_or_insert(offset);
                    invalid += 1;
                    offset += chunk.invalid().len();
                    text.push(char::REPLACEMENT_CHARACTER);
                }
            }
            let chars = text.chars().count().max(1);
            if invalid > 16 && invalid as f64 / chars as f64 > MAX_INVALID_SHARE {
                return Err(format!(
                    "{invalid} invalid UTF-8 sequences in {chars} characters; \
                     convert it to UTF-8 if it is text in another encoding"
                ));
            }
            let warning = format!(
                "{invalid} invalid UTF-8 byte sequence{} replaced with U+FFFD (first at byte {})",
                if invalid == 1 { "" } else { "s" },
                first_bad.unwrap_or(0)
            );
            Ok(Decoded { text, warning: Some(warning) })
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<Decoded, String> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut invalid = bytes.len() % 2;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                invalid += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if let Some(reason) = binary_text(&text) {
        return Err(reason);
    }
    let mut warning = format!("decoded from {name}");
    if invalid > 0 {
        warning.push_str(&format!("; {invalid} invalid code unit(s) replaced with U+FFFD"));
    }
    Ok(Decoded { text, warning: Some(warning) })
}

/// Why raw bytes are not text, if they are not.
fn binary_bytes(bytes: &[u8]) -> Option<String> {
    if let Some(pos) = memchr_nul(bytes) {
        return Some(format!("NUL byte at offset {pos}; binary data, or UTF-16 text without a byte-order mark"));
    }
    let control = bytes.iter().filter(|&&b| is_control_byte(b)).count();
    share_too_high(control, bytes.len()).then(|| format!("{control} control bytes in {} bytes", bytes.len()))
}

/// Why decoded text is not text, if it is not. Used where the bytes were already decoded by
/// another layer (JSON strings with `\u0000` escapes, UTF-16).
pub(crate) fn binary_text(text: &str) -> Option<String> {
    if text.contains('\0') {
        return Some("contains NUL characters".into());
    }
    let mut chars = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        chars += 1;
        if c.is_ascii() && is_control_byte(c as u8) {
            control += 1;
        }
    }
    share_too_high(control, chars).then(|| format!("{control} control characters in {chars}"))
}

fn share_too_high(count: usize, total: usize) -> bool {
    // A handful of stray control characters (form feeds, an ANSI escape) is damaged text, not junk.
    count > 8 && count as f64 / total.max(1) as f64 > MAX_CONTROL_SHARE
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// C0 controls and DEL, except the whitespace controls that real text uses.
fn is_control_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)) || b == 0x7f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_are_replaced_with_a_warning() {
        let d = decode(b"caf\xe9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} au lait");
        assert!(d.warning.unwrap().contains("first at byte 3"));
    }

    #[test]
    fn byte_order_marks_are_honoured() {
        assert_eq!(decode(b"\xEF\xBB\xBFHi").unwrap().text, "Hi");
        let d = decode(b"\xFF\xFEH\0i\0").unwrap();
        assert_eq!(d.text, "Hi");
        assert!(d.warning.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn junk_is_refused() {
        assert!(decode(b"abc\0def").is_err());
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 3 == 0 { 1 } else { b'a' }).collect();
        assert!(decode(&controls).is_err());
        let high: Vec<u8> = (0..400u32).map(|i| (0x80 + (i * 7919) % 0x7f) as u8).collect();
        assert!(decode(&high).is_err());
        assert!(binary_text("a\u{0}b").is_some());
    }
}
