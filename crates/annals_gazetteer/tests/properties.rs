//! Invariants on arbitrary input: resolution never panics, and every mention it reports lies on
//! character boundaries inside the span it came from.

use annals_doc::Span;
use annals_gazetteer::{Context, Gazetteer, fold};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_name_resolves_or_not_without_panicking(name in "\\PC{0,40}") {
        let g = Gazetteer::shared().unwrap();
        let _ = g.resolve(&name, &Context::from_countries(["ARM", "XXX"]));
        let folded = fold(&name);
        prop_assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "));
    }

    #[test]
    fn mentions_stay_inside_their_spans(
        text in "(Armenia|Baku|-| |and|Eastern|Narnia|é|'s|/|\\PC){0,30}",
        cuts in proptest::collection::vec((0usize..200, 0usize..200), 0..6),
    ) {
        let spans: Vec<(Span, Option<usize>)> = cuts
            .into_iter()
            .map(|(a, b)| (Span::new(a.min(b), a.max(b)), None))
            .collect();
        let places = Gazetteer::shared().unwrap().resolve_spans(&text, &spans, &Context::new());
        for m in &places.mentions {
            prop_assert!(spans.iter().any(|(s, _)| s.contains(m.span)));
            prop_assert!(text.get(m.span.range()).is_some_and(|s| !s.is_empty()));
            prop_assert!(m.place < places.places.len());
        }
    }
}
