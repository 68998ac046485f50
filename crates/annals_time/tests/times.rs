//! Behaviour of the time recogniser on hand-written sentences, run through the project's
//! tokenizer. Each case lists the expressions found as `text = value` (plus a granularity or
//! modifier where the case is about them).

use annals_doc::{Annotator, Doc};
use annals_time::{NaiveDate, TimeExpr, TimeRecognizer};
use annals_tokenizer::Tokenizer;

fn run(text: &str, date: Option<(i32, u32, u32)>) -> (Doc, Vec<TimeExpr>) {
    let mut doc = Doc::new("test", text);
    doc.meta.date = date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    Tokenizer::new().annotate(&mut doc);
    let times = TimeRecognizer::builtin().recognize(&doc);
    (doc, times)
}

/// The expressions in `text` as `text = value`, with the publication date `date`.
fn check(text: &str, date: Option<(i32, u32, u32)>, expected: &[&str]) {
    let (doc, times) = run(text, date);
    let found: Vec<String> = times.iter().map(|t| format!("{} = {}", t.text(&doc), t.value)).collect();
    assert_eq!(found, expected, "in {text:?}");
}

// Monday 3 June 2019.
const JUNE3: Option<(i32, u32, u32)> = Some((2019, 6, 3));

#[test]
fn absolute_dates() {
    check(
        "They met on June 3, 2019 and on 4 July 2019.",
        None,
        &["June 3, 2019 = 2019-06-03", "4 July 2019 = 2019-07-04"],
    );
    check("Talks resumed in November 1993 and ended in 1994.", None, &["November 1993 = 1993-11", "1994 = 1994"]);
    check(
        "The deal was signed on 2019-06-03, or 6/3/2019.",
        None,
        &["2019-06-03 = 2019-06-03", "6/3/2019 = 2019-06-03"],
    );
    check("It opened Friday, Oct. 23, 1998.", None, &["Friday, Oct. 23, 1998 = 1998-10-23"]);
    check("Nineteen ninety-six was hard.", None, &["Nineteen ninety-six = 1996"]);
}

#[test]
fn partial_dates_without_a_publication_date() {
    check("They met on June 3.", None, &["June 3 = XXXX-06-03"]);
    check("He left yesterday and returns Friday.", None, &["yesterday = XXXX-XX-XX", "Friday = XXXX-WXX-5"]);
    check("Prices rose last week.", None, &["last week = XXXX-WXX"]);
    let (_, t) = run("They met on June 3.", None);
    assert_eq!((t[0].basis.as_str(), t[0].year_inferred), ("unresolved", false));
}

#[test]
fn resolved_against_the_publication_date() {
    check("They met on June 3.", JUNE3, &["June 3 = 2019-06-03"]);
    let (_, t) = run("They met on June 3.", JUNE3);
    assert_eq!((t[0].basis.as_str(), t[0].year_inferred, t[0].granularity.as_str()), ("publication", true, "day"));
    check(
        "He arrived yesterday, spoke today and leaves tomorrow.",
        JUNE3,
        &["yesterday = 2019-06-02", "today = 2019-06-03", "tomorrow = 2019-06-04"],
    );
    check(
        "Sales fell last week, rose last month and will rise next year.",
        JUNE3,
        &["last week = 2019-W22", "last month = 2019-05", "next year = 2020"],
    );
    check(
        "Three years ago the war ended; two weeks ago talks began.",
        JUNE3,
        &["Three years ago = 2016", "two weeks ago = 2019-W21"],
    );
}

#[test]
fn weekdays_follow_the_tense() {
    check("The minister met his counterpart on Friday.", JUNE3, &["Friday = 2019-05-31"]);
    check("The minister will meet his counterpart on Friday.", JUNE3, &["Friday = 2019-06-07"]);
    check("The talks are set to resume Thursday.", JUNE3, &["Thursday = 2019-06-06"]);
    check("Officials said Monday that talks failed.", JUNE3, &["Monday = 2019-06-03"]);
    check(
        "They met last Monday and meet again next Monday.",
        JUNE3,
        &["last Monday = 2019-05-27", "next Monday = 2019-06-10"],
    );
}

#[test]
fn month_names_are_placed_near_the_publication_date() {
    check("The treaty was signed in December.", Some((1998, 3, 4)), &["December = 1997-12"]);
    check("The dividend will be paid in January.", Some((1989, 10, 26)), &["January = 1990-01"]);
    check("The accord takes effect Dec. 15.", Some((1989, 10, 26)), &["Dec. 15 = 1989-12-15"]);
    check("He was killed on Nov. 25.", Some((2000, 1, 7)), &["Nov. 25 = 1999-11-25"]);
}

#[test]
fn decades_centuries_and_parts() {
    let (doc, t) = run("Since the war in the early 1990s, and in the mid-1980s, the late 19th century.", None);
    let got: Vec<String> =
        t.iter().map(|t| format!("{} = {} {:?}", t.text(&doc), t.value, t.modifier.map(|m| m.as_str()))).collect();
    assert_eq!(
        got,
        [
            "the early 1990s = 199X Some(\"START\")",
            "the mid-1980s = 198X Some(\"MID\")",
            "the late 19th century = 18XX Some(\"END\")",
        ]
    );
    check("Trade grew in the '90s and the nineties.", None, &["the '90s = 199X", "the nineties = 199X"]);
    check(
        "By the end of 1990 and in early March 1991.",
        None,
        &["the end of 1990 = 1990", "early March 1991 = 1991-03"],
    );
}

#[test]
fn ranges() {
    let (doc, t) = run("From April to November 1993, four resolutions were adopted.", None);
    assert_eq!(t.len(), 1);
    assert_eq!(
        (t[0].text(&doc), t[0].value.as_str(), t[0].granularity.as_str()),
        ("From April to November 1993", "1993-04/1993-11", "month")
    );
    let ends = t[0].range.as_ref().unwrap();
    assert_eq!((ends[0].text(&doc), ends[0].value.as_str()), ("April", "1993-04"));
    assert!(!ends[0].year_inferred);
    check(
        "between 1990 and 1995, in 1993-94, on June 3-5, 2019",
        None,
        &["between 1990 and 1995 = 1990/1995", "1993-94 = 1993/1994", "June 3-5, 2019 = 2019-06-03/2019-06-05"],
    );
}

#[test]
fn signals_anchor_states() {
    let (doc, t) = run("Armenia has occupied the region since 1994.", None);
    let s = t[0].signal.unwrap();
    assert_eq!((t[0].text(&doc), s.kind.as_str(), doc.slice(s.span)), ("1994", "since", "since"));
}

#[test]
fn references_to_present_past_and_future() {
    check("To this day, Armenia refuses; now it waits.", JUNE3, &["To this day = PRESENT_REF", "now = PRESENT_REF"]);
    check(
        "Recently prices fell, but in the future they will rise.",
        JUNE3,
        &["Recently = PAST_REF", "the future = FUTURE_REF"],
    );
    check("There is no alternative for the future development of the region.", JUNE3, &[]);
}

#[test]
fn reference_time_for_anaphora() {
    check(
        "The war began in 1991. The following year a truce was signed.",
        None,
        &["1991 = 1991", "The following year = 1992"],
    );
    check(
        "Profit rose in the third quarter, up from $2 million a year earlier.",
        Some((1989, 10, 26)),
        &["the third quarter = 1989-Q3", "a year earlier = 1988-Q3"],
    );
    check("Net income fell in the year-ago quarter.", Some((1989, 10, 26)), &["the year-ago quarter = 1988"]);
}

#[test]
fn quarters_halves_seasons_holidays_weekends() {
    check(
        "Third-quarter profit and the first half of 1990.",
        Some((1989, 10, 26)),
        &["Third-quarter = 1989-Q3", "the first half of 1990 = 1990-H1"],
    );
    check(
        "last fall and in the winter of 1994",
        Some((1999, 4, 10)),
        &["last fall = 1998-FA", "the winter of 1994 = 1994-WI"],
    );
    check("after the fall of Kabul", Some((1999, 4, 10)), &[]);
    check(
        "on Thanksgiving Day and Christmas 2019",
        Some((2000, 1, 6)),
        &["Thanksgiving Day = 1999-11-25", "Christmas 2019 = 2019-12-25"],
    );
    check("Protests took place over the weekend.", JUNE3, &["the weekend = 2019-W22-WE"]);
}

#[test]
fn times_of_day() {
    check("The deadline is 9 a.m. Tuesday.", JUNE3, &["9 a.m. Tuesday = 2019-06-04T09:00"]);
    check("Rebels attacked Friday night.", JUNE3, &["Friday night = 2019-05-31TNI"]);
    let (_, t) = run("Rebels attacked Friday night.", JUNE3);
    assert_eq!((t[0].kind.as_str(), t[0].granularity.as_str()), ("TIME", "part_of_day"));
    check("Shelling began at 10:35 p.m. local time.", JUNE3, &["10:35 p.m. local time = 2019-06-03T22:35"]);
    check("Kick-off is at 1400 GMT.", JUNE3, &["1400 GMT = 2019-06-03T14:00"]);
}

#[test]
fn durations_and_sets() {
    check(
        "for three years, a five-year plan, more than a decade, for years",
        None,
        &["three years = P3Y", "five-year = P5Y", "more than a decade = P10Y", "years = PXY"],
    );
    let (_, t) = run("It lasted more than a decade.", None);
    assert_eq!(t[0].modifier.map(|m| m.as_str()), Some("MORE_THAN"));
    check("the past two weeks and the next few days", None, &["the past two weeks = P2W", "the next few days = PXD"]);
    check(
        "They meet daily, twice a year and every two weeks.",
        None,
        &["daily = P1D", "a year = P1Y", "every two weeks = P2W"],
    );
}

#[test]
fn not_times() {
    check(
        "May I ask? The March on Washington drew 2000 people; a 25-year-old man; about 1500 troops; Resolution 1244; 60 Minutes aired; the Daily Telegraph said.",
        JUNE3,
        &[],
    );
}

#[test]
fn user_words_extend_the_lexicon() {
    let mut r = TimeRecognizer::builtin();
    r.extend("user.txt", "[holidays]\n11-07 = revolution day\n").unwrap();
    let mut doc = Doc::new("t", "They marched on Revolution Day.");
    doc.meta.date = NaiveDate::from_ymd_opt(2019, 11, 10);
    Tokenizer::new().annotate(&mut doc);
    let t = r.recognize(&doc);
    assert_eq!(t[0].value, "2019-11-07");
    let e = r.extend("user.txt", "[months]\n13 = smarch\n").unwrap_err();
    assert_eq!(e.to_string(), "user.txt:2: [months] needs a number key from 1 to 12, not `13`");
}

#[test]
fn works_on_raw_text_without_tokens() {
    let mut doc = Doc::new("t", "They met on June 3. It rained in 1988.");
    doc.meta.date = NaiveDate::from_ymd_opt(2019, 6, 3);
    let t = TimeRecognizer::builtin().recognize(&doc);
    let got: Vec<(&str, &str)> = t.iter().map(|t| (doc.slice(t.span), t.value.as_str())).collect();
    assert_eq!(got, [("June 3", "2019-06-03"), ("1988", "1988")]);
}
