//! The [`Engine`]: every stage `annals code` runs, built once and shared by all threads.

use annals_actors::{Resolution, Resolver};
use annals_coder::coder::{ActorMention, Coder, CoderOptions, SentenceCoding};
use annals_coder::verbs::VerbIndex;
use annals_doc::{Annotator, Doc, Layers};
use annals_lexicon::petrarch::VerbDictionary;
use annals_lexicon::{Lexicon, LexiconBuilder, Problem};
use annals_pipeline::Pipeline;
use annals_quantity::Quantity;
use annals_time::{TimeExpr, TimeRecognizer};
use std::path::PathBuf;

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
    /// Events and claims, per sentence.
    pub sentences: Vec<SentenceCoding>,
}

/// All stages, loaded once.
pub struct Engine {
    nlp: Pipeline,
    lexicon: Lexicon,
    coder: Coder,
    times: TimeRecognizer,
    quantities: annals_quantity::QuantityRecognizer,
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
            english_pipeline()?
        };
        let mut builder =
            if options.no_builtin_lexicon { LexiconBuilder::new() } else { LexiconBuilder::with_builtin() };
        for path in &options.lexicon_paths {
            builder.add_path(path)?;
        }
        let (lexicon, problems) = builder.build();
        let mut verbs = if options.no_builtin_lexicon {
            VerbDictionary::default()
        } else {
            annals_coder::builtin::builtin_verbs().clone()
        };
        annals_coder::builtin::merge(&mut verbs, merged_verbs(&lexicon));
        let coder = Coder::new(
            VerbIndex::new(&verbs),
            CoderOptions { require_dyad: options.require_dyad, petrarch_compat: options.petrarch_compat },
        );
        Ok(Engine {
            nlp,
            lexicon,
            coder,
            times: TimeRecognizer::builtin(),
            quantities: annals_quantity::QuantityRecognizer::builtin(),
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

    /// Run every stage on `doc`. NLP layers the document already carries (e.g. CoNLL-U input)
    /// are kept.
    pub fn analyse(&self, mut doc: Doc) -> Analysis {
        self.nlp.run(&mut doc);
        let actors = Resolver::new(&self.lexicon).resolve(&doc);
        let times = self.times.recognize_with_date(&doc, doc.meta.date);
        // Years and dates are not counts: "in 1994" is a time.
        let time_spans: Vec<_> = times.iter().map(|t| t.span).collect();
        let quantities = self.quantities.recognize(&doc, &time_spans);
        let mentions = coder_mentions(&actors);
        let sentences = (0..doc.sentences.len()).map(|s| self.coder.code_sentence(&doc, s, &mentions)).collect();
        Analysis { doc, actors, times, quantities, sentences }
    }
}

/// The NLP stages over raw text: tokenizer, tagger, parser and entity recogniser, with the
/// embedded models.
pub fn english_pipeline() -> Result<Pipeline, EngineError> {
    let model =
        |stage: &'static str| move |e: &dyn std::fmt::Display| EngineError::Model { stage, message: e.to_string() };
    let tagger = annals_tagger::Tagger::embedded().map_err(|e| model("tagger")(&e))?;
    let parser = annals_parser::Parser::embedded().map_err(|e| model("parser")(&e))?;
    let mut stages: Vec<Box<dyn Annotator>> =
        vec![Box::new(annals_tokenizer::Tokenizer::new()), Box::new(tagger), Box::new(parser)];
    // The entity recogniser improves actor resolution but coding works without it.
    if let Ok(ner) = annals_ner::Ner::embedded() {
        stages.push(Box::new(ner));
    }
    Ok(Pipeline::new(stages)?)
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
