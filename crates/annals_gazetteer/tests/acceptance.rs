//! Acceptance: every country capital and every city of 1,000,000+ inhabitants resolves to the
//! right country when its country is the context (issue 4). The tallies without context are
//! printed by `annals gazetteer check`; here they only guard against regressions.

use annals_gazetteer::Gazetteer;

#[test]
fn every_capital_and_every_million_city_resolves_to_its_country_with_context() {
    let g = Gazetteer::shared().expect("the committed gazetteer loads");
    let check = g.self_check();
    assert!(check.capitals.total >= 240, "too few capitals: {}", check.capitals.total);
    assert!(check.big_cities.total >= 500, "too few big cities: {}", check.big_cities.total);
    assert_eq!(check.capitals.wrong_with_context, Vec::<String>::new());
    assert_eq!(check.big_cities.wrong_with_context, Vec::<String>::new());
}

#[test]
fn without_context_almost_every_capital_and_big_city_is_still_right() {
    let check = Gazetteer::shared().unwrap().self_check();
    for (what, t) in [("capitals", &check.capitals), ("big cities", &check.big_cities)] {
        let share = t.right_without_context as f64 / t.total as f64;
        assert!(share >= 0.95, "{what}: only {share:.3} right without context: {:#?}", t.wrong_without_context);
    }
}
