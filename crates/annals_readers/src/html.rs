//! HTML pages: main text, title and publication date.
//!
//! Main-text selection is dom_smoothie's port of the Readability algorithm, run on a page that
//! this module has first stripped of the boilerplate that Readability is known to let through
//! (newsletter boxes, share bars, related-story lists; the list is the data file
//! `data/html-boilerplate.txt`). Metadata is read here, not by the extractor, and only from
//! explicit machine-readable markup (`article:published_time`, JSON-LD `datePublished`,
//! `<time datetime>`, …): a page without one gets no date rather than one guessed from a
//! copyright footer.

use crate::date::parse_date;
use chrono::NaiveDate;
use dom_query::{Document, NodeId, NodeRef};
use std::collections::HashSet;
use std::sync::OnceLock;

/// What was found in a page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Main text, paragraphs separated by blank lines. Empty when there is none.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date from metadata.
    pub date: Option<NaiveDate>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Site name.
    pub source: Option<String>,
}

/// The boilerplate lists from `data/html-boilerplate.txt`.
struct Boilerplate {
    tags: HashSet<&'static str>,
    roles: HashSet<&'static str>,
    words: HashSet<&'static str>,
}

fn boilerplate() -> &'static Boilerplate {
    static LISTS: OnceLock<Boilerplate> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut b = Boilerplate { tags: HashSet::new(), roles: HashSet::new(), words: HashSet::new() };
        let mut section = "";
        for line in include_str!("../data/html-boilerplate.txt").lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                section = line;
                continue;
            }
            match section {
                "[tags]" => b.tags.insert(line),
                "[roles]" => b.roles.insert(line),
                "[words]" => b.words.insert(line),
                _ => false,
            };
        }
        b
    })
}

/// Meta tags that carry a publication date, most specific first.
const DATE_META: [&str; 12] = [
    "meta[property='article:published_time']",
    "meta[name='article:published_time']",
    "meta[property='og:published_time']",
    "meta[itemprop='datePublished']",
    "meta[name='pubdate']",
    "meta[name='publishdate']",
    "meta[name='publish-date']",
    "meta[name='date']",
    "meta[name='dc.date.issued']",
    "meta[name='DC.date.issued']",
    "meta[name='dcterms.created']",
    "meta[name='sailthru.date']",
];

/// Extract the main text and metadata of a page.
pub(crate) fn extract(html: &str) -> Page {
    let doc = Document::from(html);
    let mut page = Page {
        title: title(&doc),
        date: date(&doc),
        url: first_attr(&doc, &["link[rel='canonical']"], "href")
            .or_else(|| first_attr(&doc, &["meta[property='og:url']"], "content")),
        source: first_attr(&doc, &["meta[property='og:site_name']"], "content"),
        text: String::new(),
    };
    strip_boilerplate(&doc);
    let fallback = doc.select("body").formatted_text().to_string();
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let main = dom_smoothie::Readability::with_document(doc, None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default();
    // Readability gives up on very short pages, or picks a fragment of them; the stripped body
    // is then the better answer.
    let chosen =
        if main.trim().len() * 3 >= fallback.trim().len() || main.trim().len() >= 500 { main } else { fallback };
    let mut text = tidy(&chosen);
    if let Some(t) = &page.title
        && !text.is_empty()
        && !begins_with(&text, t)
    {
        // The headline is part of the article (and often its most event-dense sentence), but
        // Readability drops the `<h1>`; put it back as the first paragraph.
        text = format!("{t}\n\n{text}");
    }
    page.text = text;
    page
}

/// True when `text` opens with the whole of `headline` (not merely a prefix of its first word).
pub(crate) fn begins_with(text: &str, headline: &str) -> bool {
    text.strip_prefix(headline).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Text of an HTML fragment (a feed item's content): all visible text, paragraphs kept.
pub(crate) fn fragment_text(html: &str) -> String {
    let doc = Document::fragment(html);
    strip_boilerplate(&doc);
    tidy(&doc.formatted_text())
}

fn title(doc: &Document) -> Option<String> {
    first_attr(doc, &["meta[property='og:title']", "meta[name='twitter:title']"], "content")
        .or_else(|| non_empty(doc.select("h1").first().text().to_string()))
        .or_else(|| non_empty(doc.select("title").first().text().to_string()))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn date(doc: &Document) -> Option<NaiveDate> {
    for sel in DATE_META {
        if let Some(d) = first_attr(doc, &[sel], "content").and_then(|v| parse_date(&v)) {
            return Some(d);
        }
    }
    if let Some(d) = json_ld_date(doc) {
        return Some(d);
    }
    for sel in ["[itemprop='datePublished']", "time[pubdate]", "article time", "time"] {
        for node in doc.select(sel).nodes() {
            let value = node.attr("datetime").or_else(|| node.attr("content"));
            if let Some(d) = value.and_then(|v| parse_date(&v)) {
                return Some(d);
            }
        }
    }
    None
}

/// `datePublished` from the first JSON-LD block that has one (also inside `@graph` arrays).
fn json_ld_date(doc: &Document) -> Option<NaiveDate> {
    fn find(v: &serde_json::Value, depth: usize) -> Option<NaiveDate> {
        if depth > 8 {
            return None;
        }
        match v {
            serde_json::Value::Object(map) => {
                if let Some(d) = map.get("datePublished").and_then(|d| d.as_str()).and_then(parse_date) {
                    return Some(d);
                }
                map.get("@graph").and_then(|g| find(g, depth + 1))
            }
            serde_json::Value::Array(items) => items.iter().find_map(|i| find(i, depth + 1)),
            _ => None,
        }
    }
    doc.select("script[type='application/ld+json']")
        .nodes()
        .iter()
        .filter_map(|n| serde_json::from_str::<serde_json::Value>(n.text().trim()).ok())
        .find_map(|v| find(&v, 0))
}

fn first_attr(doc: &Document, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().find_map(|sel| {
        doc.select(sel).nodes().iter().find_map(|n| n.attr(attr).and_then(|v| non_empty(v.trim().to_string())))
    })
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Remove boilerplate elements, sparing those that hold the article.
fn strip_boilerplate(doc: &Document) {
    let lists = boilerplate();
    let mut protected: HashSet<NodeId> = HashSet::new();
    for node in doc.select("article, main, [itemprop='articleBody']").nodes() {
        protected.insert(node.id);
        protected.extend(node.ancestors(None).iter().map(|a| a.id));
    }
    let doomed: Vec<NodeRef> = doc
        .select("*")
        .nodes()
        .iter()
        .filter(|n| !protected.contains(&n.id) && is_boilerplate(n, lists))
        .cloned()
        .collect();
    for node in doomed {
        node.remove_from_parent();
    }
}

fn is_boilerplate(node: &NodeRef, lists: &Boilerplate) -> bool {
    let Some(name) = node.node_name() else { return false };
    let name = name.to_ascii_lowercase();
    if matches!(name.as_str(), "html" | "body" | "head" | "article" | "main") {
        return false;
    }
    if lists.tags.contains(name.as_str()) || node.has_attr("hidden") {
        return true;
    }
    if node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true") {
        return true;
    }
    if let Some(style) = node.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    if node.attr("role").is_some_and(|r| lists.roles.contains(r.trim().to_ascii_lowercase().as_str())) {
        return true;
    }
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| lists.words.contains(w.to_ascii_lowercase().as_str()))
        })
    })
}

/// Trim every line, and collapse runs of blank lines to one so paragraphs are `\n\n`-separated.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0usize;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head>
<title>Azerbaijan FM meets EU envoy | Example News</title>
<meta property="og:title" content="Azerbaijan FM meets EU envoy">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-06-03T18:20:00+04:00">
<link rel="canonical" href="https://news.example/az-eu">
<script>var tracking = "do not read me";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="newsletter-box"><p>Sign up for our daily newsletter and never miss a story from us again.</p></div>
<article>
<h1>Azerbaijan FM meets EU envoy</h1>
<p>Foreign Minister Elmar Mammadyarov met Toivo Klaar, the EU Special Representative for the South Caucasus, in Baku on Monday to discuss the settlement of the Nagorno-Karabakh conflict.</p>
<div class="share-bar"><a>Share on Facebook</a> <a>Tweet</a></div>
<p>Mammadyarov said the occupation of Azerbaijani territories remained the main obstacle to peace in the region, and he urged the international mediators to press for a withdrawal of troops.</p>
<p>Klaar reaffirmed the importance of continuing the negotiation process and said that the European Union is ready to contribute to the peace process.</p>
</article>
<footer>© 2024 Example News. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn main_text_metadata_and_paragraphs() {
        let page = extract(PAGE);
        assert_eq!(page.title.as_deref(), Some("Azerbaijan FM meets EU envoy"));
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2019, 6, 3));
        assert_eq!(page.url.as_deref(), Some("https://news.example/az-eu"));
        assert_eq!(page.source.as_deref(), Some("Example News"));
        let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 4, "{}", page.text);
        assert_eq!(paragraphs[0], "Azerbaijan FM meets EU envoy");
        assert!(paragraphs[1].starts_with("Foreign Minister Elmar Mammadyarov met"));
        for junk in ["tracking", "Home", "newsletter", "Share on", "rights reserved"] {
            assert!(!page.text.contains(junk), "{junk} leaked into: {}", page.text);
        }
    }

    #[test]
    fn a_copyright_footer_is_not_a_date() {
        let page = extract(
            "<html><body><p>Protesters gathered in the capital on Sunday.</p><footer>© 2024 Example</footer></body></html>",
        );
        assert_eq!(page.date, None);
        assert_eq!(page.text, "Protesters gathered in the capital on Sunday.");
    }

    #[test]
    fn json_ld_and_time_elements_give_dates() {
        let ld = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2020-01-02T03:04:05Z"}]}</script></head><body><p>Text.</p></body></html>"#;
        assert_eq!(extract(ld).date, NaiveDate::from_ymd_opt(2020, 1, 2));
        let time =
            r#"<html><body><article><time datetime="2021-05-06">May 6</time><p>Text.</p></article></body></html>"#;
        assert_eq!(extract(time).date, NaiveDate::from_ymd_opt(2021, 5, 6));
    }

    #[test]
    fn a_page_without_text_gives_empty_text() {
        assert_eq!(extract("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>").text, "");
    }
}
