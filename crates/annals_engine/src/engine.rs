//! The [`Engine`]: every stage `annals code` runs, built once and shared by all threads.
//!
//! Key design decision: the engine owns every model, dictionary and table and is `Sync`, so one
//! engine serves all worker threads and a document's analysis needs no setup of its own. The
//! stages after the NLP pipeline run behind an unwind guard: a failure on one odd document
//! becomes an error diagnostic on that document, never a lost batch.

use annals_actors::{Resolution, Resolver};
use annals_coder::attach::{Attacher, Attachment, Evidence, PlaceRef, QuantityRef, TimeKind, TimeRef};
use annals_coder::coder::{ActorMention, Coder, CoderOptions, SentenceCoding};
use annals_coder::verbs::VerbIndex;
use annals_doc::{Annotator, Doc, Layers, Severity};
use annals_gazetteer::{Context, DocPlaces, Gazetteer};
use annals_lexicon::petrarch::VerbDictionary;
use annals_lexicon::{Lexicon, LexiconBuilder, Problem};
use annals_pipeline::Pipeline;
use annals_quantity::Quantity;
use annals_quantity::atoms::Atoms;
use annals_time::{Granularity, TimeExpr, TimeRecognizer, TimexType};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// Errors building an engine: a model or dictionary that cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// A trained model is missing or damaged.
    #[error("cannot load the {stage} model: {message}")]
    Model {
        /// Which stage.
        stage: &'static str,
        /// What went wrong.
        message: String,
    },
    /// A dictionary path cannot be read.
    #[error("cannot load the lexicon: {0}")]
    Lexicon(#[from] annals_lexicon::LexiconError),
    /// The stages do not fit together.
    #[error("cannot build the pipeline: {0}")]
    Pipeline(#[from] annals_pipeline::Error),
    /// The gazetteer cannot be loaded.
    #[error("cannot load the gazetteer: {0}")]
    Gazetteer(#[from] annals_gazetteer::GazetteerError),
}

/// How to build an [`Engine`].
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Dictionary files or directories (`.lex` files or PETRARCH dictionaries), layered in order.
    pub lexicon_paths: Vec<PathBuf>,
    /// Leave out the built-in lexicon (to code with imported dictionaries alone, as the PETRARCH
    /// validation suite does).
    pub no_builtin_lexicon: bool,
    /// Emit only events with both a source and a target (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// Code as PETRARCH does where it differs from a plain reading (see
    /// `annals_coder::coder::CoderOptions::petrarch_compat`); for the validation suite.
    pub petrarch_compat: bool,
    /// Documents arrive already analysed (tokens, tags, lemmas, parse), as from CoNLL-U: build no
    /// NLP stages and load no models.
    pub preanalysed: bool,
    /// Load `tagger.apm`, `parser.apm` and `ner.apm` from this directory where present, instead
    /// of the models embedded in the binary (to try a freshly trained model without a rebuild).
    pub model_dir: Option<PathBuf>,
}

/// Everything the stages found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The analysed document (tokens, tags, parse, entities).
    pub doc: Doc,
    /// Actors and their mentions.
    pub actors: Resolution,
    /// Time expressions.
    pub times: Vec<TimeExpr>,
    /// Quantities.
    pub quantities: Vec<Quantity>,
    /// Places, resolved together with the document's countries as context.
    pub places: DocPlaces,
    /// Events and claims, per sentence.
    pub sentences: Vec<SentenceCoding>,
    /// Date, place, magnitude, final modality and confidence of every event: one list per
    /// sentence, parallel to `sentences[s].events`. Place indices point into `places.places`,
    /// time indices into `times`.
    pub attachments: Vec<Vec<Attachment>>,
}

/// All stages, loaded once.
pub struct Engine {
    nlp: Pipeline,
    lexicon: Lexicon,
    coder: Coder,
    times: TimeRecognizer,
    quantities: annals_quantity::QuantityRecognizer,
    gazetteer: &'static Gazetteer,
    attacher: Attacher,
    /// Unusable dictionary lines found while loading.
    problems: Vec<Problem>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("nlp", &self.nlp).finish_non_exhaustive()
    }
}

impl Engine {
    /// Load the models, the lexicon and the verb dictionaries.
    pub fn new(options: &EngineOptions) -> Result<Engine, EngineError> {
        let nlp = if options.preanalysed {
            Pipeline::with_input(standard_layers(), Vec::new())?
        } else {
            english_pipeline_from(options.model_dir.as_deref())?
        };
        let mut builder =
            if options.no_builtin_lexicon { LexiconBuilder::new() } else { LexiconBuilder::with_builtin() };
        for path in &options.lexicon_paths {
            builder.add_path(path)?;
        }
        let (lexicon, problems) = builder.build();
        // Verb dictionaries as layers: CAMEO's and Annals' built-in ones (unless left out), then
        // the user's; a later layer's default codes override an earlier one's.
        let user_verbs = merged_verbs(&lexicon);
        let mut layers: Vec<&VerbDictionary> = Vec::new();
        if !options.no_builtin_lexicon {
            layers.extend(annals_coder::builtin::builtin_layers());
        }
        layers.push(&user_verbs);
        let coder = Coder::new(
            VerbIndex::layered(&layers),
            CoderOptions { require_dyad: options.require_dyad, petrarch_compat: options.petrarch_compat },
        );
        Ok(Engine {
            nlp,
            lexicon,
            coder,
            times: TimeRecognizer::builtin(),
            quantities: annals_quantity::QuantityRecognizer::builtin(),
            gazetteer: Gazetteer::shared()?,
            attacher: Attacher::default(),
            problems,
        })
    }

    /// Dictionary lines that could not be used.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The coder in use.
    pub fn coder(&self) -> &Coder {
        &self.coder
    }

    /// True when `text` contains a discard phrase (sports results, historical chronologies…):
    /// PETRARCH does not code such sentences. Matching ignores case; a phrase must start at a
    /// word boundary, and end at one when the dictionary says so.
    pub fn is_discarded(&self, text: &str) -> bool {
        let lower = format!(" {} ", text.to_lowercase());
        self.lexicon.discards().iter().any(|d| {
            let phrase = d.phrase.to_lowercase().replace('_', " ");
            let needle = format!(" {}", phrase.trim());
            lower
                .match_indices(&needle)
                .any(|(at, m)| !d.whole_word || lower[at + m.len()..].starts_with(|c: char| !c.is_alphanumeric()))
        })
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }

    /// The `annals.doc/1` record of an analysed document.
    pub fn record(&self, analysis: &Analysis) -> annals_record::DocRecord {
        crate::record::build(analysis, &self.lexicon)
    }

    /// Analyse `doc` and return its record: what `annals code` prints for one document.
    pub fn code(&self, doc: Doc) -> annals_record::DocRecord {
        self.record(&self.analyse(doc))
    }

    /// Run every stage on `doc`. NLP layers the document already carries (e.g. CoNLL-U input)
    /// are kept. Never panics: should a stage after the NLP pipeline fail on odd input, the
    /// document keeps its NLP analysis, codes no events and carries an error diagnostic.
    pub fn analyse(&self, mut doc: Doc) -> Analysis {
        self.nlp.run(&mut doc);
        match catch_unwind(AssertUnwindSafe(|| self.knowledge_and_events(&doc))) {
            Ok(parts) => parts.with_doc(doc),
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown error".into());
                doc.diagnose(
                    Severity::Error,
                    "coder",
                    format!("event coding failed on this document and was skipped: {message}"),
                    None,
                );
                let sentences = vec![SentenceCoding::default(); doc.sentences.len()];
                let attachments = vec![Vec::new(); doc.sentences.len()];
                Analysis {
                    doc,
                    actors: Resolution::default(),
                    times: Vec::new(),
                    quantities: Vec::new(),
                    places: DocPlaces::default(),
                    sentences,
                    attachments,
                }
            }
        }
    }

    /// Everything after the NLP pipeline: actors, times, quantities, places, events and what is
    /// attached to them.
    fn knowledge_and_events(&self, doc: &Doc) -> Parts {
        let actors = Resolver::new(&self.lexicon).resolve(doc);
        // Times and quantities read the same atoms; cut them once.
        let atoms = Atoms::new(doc);
        let times = self.times.recognize_atoms(doc, &atoms, doc.meta.date);
        // Years and dates are not counts: "in 1994" is a time.
        let time_spans: Vec<_> = times.iter().map(|t| t.span).collect();
        let quantities = self.quantities.recognize_atoms(doc, &atoms, &time_spans);
        // The countries the document is about decide between places of the same name.
        let context = Context::from_countries(actors.actors.iter().filter_map(|a| a.country.clone()));
        let places = self.gazetteer.resolve_doc(doc, &context);
        let mentions = coder_mentions(&actors);
        let sentences: Vec<SentenceCoding> =
            (0..doc.sentences.len()).map(|s| self.coder.code_sentence(doc, s, &mentions)).collect();
        let time_refs: Vec<TimeRef> = times.iter().map(time_ref).collect();
        let place_refs: Vec<PlaceRef> =
            places.mentions.iter().map(|m| PlaceRef { span: m.span, place: m.place }).collect();
        let quantity_refs: Vec<QuantityRef> = quantities
            .iter()
            .map(|q| QuantityRef { span: q.span, min: q.min, max: q.max, measure: q.unit.is_some(), noun: q.noun })
            .collect();
        let evidence = Evidence { times: &time_refs, places: &place_refs, quantities: &quantity_refs };
        let attachments = self.attacher.attach(doc, &sentences, &evidence);
        Parts { actors, times, quantities, places, sentences, attachments }
    }
}

/// An [`Analysis`] without its document (which stays outside the unwind boundary).
struct Parts {
    actors: Resolution,
    times: Vec<TimeExpr>,
    quantities: Vec<Quantity>,
    places: DocPlaces,
    sentences: Vec<SentenceCoding>,
    attachments: Vec<Vec<Attachment>>,
}

impl Parts {
    fn with_doc(self, doc: Doc) -> Analysis {
        let Parts { actors, times, quantities, places, sentences, attachments } = self;
        Analysis { doc, actors, times, quantities, places, sentences, attachments }
    }
}

/// A time expression as the attachment rules see it.
fn time_ref(t: &TimeExpr) -> TimeRef {
    let kind = match t.kind {
        TimexType::Date | TimexType::Time if t.granularity == Granularity::Reference => TimeKind::Reference,
        TimexType::Date | TimexType::Time => TimeKind::Point,
        TimexType::Duration | TimexType::Set => TimeKind::Other,
    };
    TimeRef {
        span: t.span,
        value: t.value.clone(),
        granularity: t.granularity.as_str().to_string(),
        kind,
        year_inferred: t.year_inferred,
    }
}

/// The NLP stages over raw text: tokenizer, tagger, parser and entity recogniser, with the
/// embedded models.
pub fn english_pipeline() -> Result<Pipeline, EngineError> {
    english_pipeline_from(None)
}

/// Like [`english_pipeline`], taking each model from `dir` when the directory holds it
/// (`tagger.apm`, `parser.apm`, `ner.apm`) and from the binary otherwise.
pub fn english_pipeline_from(dir: Option<&Path>) -> Result<Pipeline, EngineError> {
    Ok(Pipeline::new(english_stages(dir)?)?)
}

/// The stages of [`english_pipeline_from`] in order (tokenizer, tagger, parser and, when a model
/// is available, the entity recogniser), for callers that time them one by one.
pub fn english_stages(dir: Option<&Path>) -> Result<Vec<Box<dyn Annotator>>, EngineError> {
    let model =
        |stage: &'static str| move |e: &dyn std::fmt::Display| EngineError::Model { stage, message: e.to_string() };
    let file = |name: &str| -> Result<Option<Vec<u8>>, EngineError> {
        let Some(path) = dir.map(|d| d.join(name)).filter(|p| p.is_file()) else { return Ok(None) };
        std::fs::read(&path)
            .map(Some)
            .map_err(|e| EngineError::Model { stage: "model file", message: format!("{}: {e}", path.display()) })
    };
    let tagger = match file("tagger.apm")? {
        Some(bytes) => annals_tagger::Tagger::from_bytes(&bytes),
        None => annals_tagger::Tagger::embedded(),
    }
    .map_err(|e| model("tagger")(&e))?;
    let parser = match file("parser.apm")? {
        Some(bytes) => annals_parser::Parser::from_bytes(&bytes),
        None => annals_parser::Parser::embedded(),
    }
    .map_err(|e| model("parser")(&e))?;
    let mut stages: Vec<Box<dyn Annotator>> =
        vec![Box::new(annals_tokenizer::Tokenizer::new()), Box::new(tagger), Box::new(parser)];
    // The entity recogniser improves actor resolution but coding works without it.
    let ner = match file("ner.apm")? {
        Some(bytes) => Some(annals_ner::Ner::from_bytes(&bytes).map_err(|e| model("ner")(&e))?),
        None => annals_ner::Ner::embedded().ok(),
    };
    if let Some(ner) = ner {
        stages.push(Box::new(ner));
    }
    Ok(stages)
}

/// Which layers the standard pipeline fills.
pub fn standard_layers() -> Layers {
    Layers::TOKENS | Layers::SENTENCES | Layers::UPOS | Layers::XPOS | Layers::LEMMA | Layers::DEPS
}

/// Every verb dictionary of the lexicon merged into one (later files' blocks after earlier ones).
fn merged_verbs(lexicon: &Lexicon) -> VerbDictionary {
    let mut merged = VerbDictionary::default();
    for loaded in lexicon.verbs() {
        merged.synsets.extend(loaded.dictionary.synsets.iter().cloned());
        merged.blocks.extend(loaded.dictionary.blocks.iter().cloned());
        merged.transformations.extend(loaded.dictionary.transformations.iter().cloned());
    }
    merged
}

/// Actor mentions as the coder reads them: one entry per (mention, actor).
pub fn coder_mentions(resolution: &Resolution) -> Vec<ActorMention> {
    let mut out = Vec::new();
    for m in &resolution.mentions {
        for &a in &m.actors {
            let actor = &resolution.actors[a];
            let (base, sectors) = split_code(&actor.code, &actor.sectors);
            out.push(ActorMention {
                tokens: m.tokens.start as usize..m.tokens.end as usize,
                actor: Some(a),
                base,
                sectors,
            });
        }
    }
    out
}

/// Split an actor code into its base and sector suffix: `AZEGOV` with sectors `[GOV]` →
/// (`AZE`, `[GOV]`); `---MIL` → (none, `[MIL]`). Codes whose sectors are not a suffix (PETRARCH
/// codes such as `NGOARN`) keep the whole code as the base.
pub fn split_code(code: &str, sectors: &[String]) -> (Option<String>, Vec<String>) {
    let suffix: String = sectors.concat();
    let (base, sectors) = match code.strip_suffix(suffix.as_str()) {
        Some(b) if !b.is_empty() => (b.to_string(), sectors.to_vec()),
        _ => (code.to_string(), Vec::new()),
    };
    let base = (!base.is_empty() && base != "---").then_some(base);
    (base, sectors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_split_into_base_and_sectors() {
        assert_eq!(split_code("AZEGOV", &["GOV".into()]), (Some("AZE".into()), vec!["GOV".into()]));
        assert_eq!(split_code("---MIL", &["MIL".into()]), (None, vec!["MIL".into()]));
        assert_eq!(split_code("IGOEU", &["IGO".into()]), (Some("IGOEU".into()), vec![]));
        assert_eq!(split_code("ARN", &[]), (Some("ARN".into()), vec![]));
    }
}
