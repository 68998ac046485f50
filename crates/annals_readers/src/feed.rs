//! RSS and Atom feeds (via feed-rs): one document per item.
//!
//! An item's text is its headline followed by its content (or, failing that, its summary), with
//! HTML reduced to text. The feed's title becomes each document's source.

use crate::html::fragment_text;
use crate::{Error, Location};
use annals_doc::Doc;

/// Every item of the feed in `bytes`, in feed order.
pub(crate) fn read(bytes: &[u8], file: &str) -> Vec<Result<Doc, Error>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(Error::Malformed {
                at: Location::file(file),
                message: format!("not a readable RSS or Atom feed: {e}"),
            })];
        }
    };
    let source = feed.title.as_ref().map(|t| plain(&t.content, t.content_type.as_ref())).filter(|s| !s.is_empty());
    let mut out = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.iter().enumerate() {
        let id = (!entry.id.trim().is_empty()).then(|| entry.id.trim().to_string());
        let at = Location { file: file.to_string(), item: Some(i + 1), id: id.clone(), ..Location::default() };
        let title = entry.title.as_ref().map(|t| plain(&t.content, t.content_type.as_ref())).unwrap_or_default();
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_ref().map(|b| plain(b, c.content_type.as_ref())))
            .filter(|b| !b.is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| plain(&s.content, s.content_type.as_ref())))
            .unwrap_or_default();
        let text = match (title.is_empty(), body.is_empty()) {
            (true, true) => {
                out.push(Err(Error::NoText { at }));
                continue;
            }
            (false, true) => title.clone(),
            (true, false) => body,
            (false, false) if crate::html::begins_with(&body, &title) => body,
            (false, false) => format!("{title}\n\n{body}"),
        };
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        let mut doc = Doc::new(id.or_else(|| url.clone()).unwrap_or_else(|| format!("{file}#{}", i + 1)), text);
        doc.meta.date = entry.published.or(entry.updated).map(|d| d.date_naive());
        doc.meta.url = url;
        doc.meta.source = source.clone();
        doc.meta.title = (!title.is_empty()).then_some(title);
        out.push(Ok(doc));
    }
    out
}

/// Text of a feed field: HTML reduced to text, plain text with its whitespace tidied.
fn plain(content: &str, content_type: &str) -> String {
    let looks_html = content.contains('<') && content.contains('>');
    if content_type.contains("html") || looks_html {
        fragment_text(content)
    } else {
        content
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_documents() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>World News</title>
<item><title>Ministers meet in Baku</title><link>https://n.example/1</link><guid>n-1</guid>
<pubDate>Mon, 03 Jun 2019 10:00:00 +0400</pubDate>
<description>&lt;p&gt;The foreign ministers met on Monday.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</description></item>
<item><title></title><description></description></item>
</channel></rss>"#;
        let items = read(rss, "f.rss");
        assert_eq!(items.len(), 2);
        let doc = items[0].as_ref().unwrap();
        assert_eq!(doc.meta.id, "n-1");
        assert_eq!(
            doc.text,
            "Ministers meet in Baku\n\nThe foreign ministers met on Monday.\n\nThey agreed to meet again."
        );
        assert_eq!(doc.meta.source.as_deref(), Some("World News"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://n.example/1"));
        assert_eq!(doc.meta.date.unwrap().to_string(), "2019-06-03");
        assert!(matches!(items[1], Err(Error::NoText { .. })));
    }

    #[test]
    fn atom_entries_become_documents() {
        let atom = br#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Agency</title><id>urn:a</id><updated>2019-06-04T00:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:a:1</id><updated>2019-06-04T08:00:00Z</updated>
<link href="https://a.example/1"/><content type="html">&lt;p&gt;Talks resumed in Vienna.&lt;/p&gt;</content></entry>
</feed>"#;
        let items = read(atom, "a.atom");
        let doc = items[0].as_ref().unwrap();
        assert_eq!(doc.text, "Talks resume\n\nTalks resumed in Vienna.");
        assert_eq!(doc.meta.date.unwrap().to_string(), "2019-06-04");
    }

    #[test]
    fn a_broken_feed_is_one_error() {
        let items = read(b"<rss><channel><item>", "x.rss");
        assert_eq!(items.len(), 1);
        assert!(items[0].is_err());
    }
}
