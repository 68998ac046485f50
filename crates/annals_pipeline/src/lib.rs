//! The NLP pipeline: chains annotators (tokenizer, tagger, parser, entity recogniser) and checks
//! their requirements when built.
//!
//! A [`Pipeline`] is an ordered list of [`Annotator`]s. Key design decisions:
//! - **Requirements are checked at construction.** Building a pipeline walks the stages in order
//!   and fails with [`Error::MissingLayers`], naming the stage and the layer, when a stage needs a
//!   layer that neither the input nor an earlier stage provides. A missing stage is a build error,
//!   not silently empty output later.
//! - **Input annotation wins.** When a document already carries every layer a stage assigns (a
//!   CoNLL-U file with its own tokens and sentences), [`Pipeline::run`] skips that stage and keeps
//!   what was given.
//! - **One bad document cannot take down a batch.** Stages must not panic, but if one does,
//!   [`Pipeline::run`] catches it, clears the document's annotation (so no half-written layer
//!   reaches a writer), records an error diagnostic and stops there for that document.

use annals_doc::{Annotator, Doc, Layers, Severity};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Errors when building a pipeline.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A stage requires layers that nothing before it assigns.
    #[error(
        "pipeline stage `{stage}` requires {missing}, which no earlier stage assigns \
         (available at that point: {available})"
    )]
    MissingLayers {
        /// The stage that cannot run.
        stage: &'static str,
        /// The layers it lacks.
        missing: Layers,
        /// What the input and the earlier stages provide.
        available: Layers,
    },
}

/// An ordered, checked chain of annotators.
pub struct Pipeline {
    stages: Vec<Box<dyn Annotator>>,
    input: Layers,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline").field("stages", &self.stage_names()).field("input", &self.input).finish()
    }
}

impl Pipeline {
    /// A pipeline over raw documents (which carry no layers), checked stage by stage.
    pub fn new(stages: Vec<Box<dyn Annotator>>) -> Result<Pipeline, Error> {
        Pipeline::with_input(Layers::NONE, stages)
    }

    /// A pipeline over documents that arrive with the `input` layers already filled.
    pub fn with_input(input: Layers, stages: Vec<Box<dyn Annotator>>) -> Result<Pipeline, Error> {
        let mut available = input;
        for stage in &stages {
            let missing = stage.requires().difference(available);
            if !missing.is_empty() {
                return Err(Error::MissingLayers { stage: stage.name(), missing, available });
            }
            available |= stage.assigns();
        }
        Ok(Pipeline { stages, input })
    }

    /// The tokenizer and sentence splitter alone, with no models (the full English pipeline —
    /// tagger, parser and entity recogniser too — is `annals_engine::engine::english_pipeline`,
    /// next to the models it loads).
    pub fn tokenizing() -> Pipeline {
        let stages: Vec<Box<dyn Annotator>> = vec![Box::new(annals_tokenizer::Tokenizer::new())];
        Pipeline::new(stages).expect("the standard stages are ordered by their requirements")
    }

    /// Append a stage, checking its requirements against everything before it.
    pub fn push(&mut self, stage: Box<dyn Annotator>) -> Result<(), Error> {
        let available = self.assigns();
        let missing = stage.requires().difference(available);
        if !missing.is_empty() {
            return Err(Error::MissingLayers { stage: stage.name(), missing, available });
        }
        self.stages.push(stage);
        Ok(())
    }

    /// Names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Every layer a document has after [`Pipeline::run`] (input layers included).
    pub fn assigns(&self) -> Layers {
        self.stages.iter().fold(self.input, |acc, s| acc | s.assigns())
    }

    /// Run every stage on `doc`, skipping stages whose layers the document already carries.
    pub fn run(&self, doc: &mut Doc) {
        for stage in &self.stages {
            let assigns = stage.assigns();
            if !assigns.is_empty() && doc.layers.contains(assigns) {
                continue;
            }
            let missing = stage.requires().difference(doc.layers);
            if !missing.is_empty() {
                // Only reachable when a document arrives without the input layers the pipeline was
                // built for; running the stage would read layers that are not there.
                doc.diagnose(
                    Severity::Error,
                    "pipeline",
                    format!("stage `{}` skipped: the document lacks {missing}", stage.name()),
                    None,
                );
                return;
            }
            if catch_unwind(AssertUnwindSafe(|| stage.annotate(doc))).is_err() {
                clear_annotation(doc);
                doc.diagnose(
                    Severity::Error,
                    "pipeline",
                    format!("stage `{}` failed on this document; its analysis was dropped", stage.name()),
                    None,
                );
                return;
            }
        }
    }
}

/// Drop every annotation layer, keeping the text, metadata and diagnostics.
fn clear_annotation(doc: &mut Doc) {
    doc.tokens.clear();
    doc.multiword.clear();
    doc.sentences.clear();
    doc.entities.clear();
    doc.layers = Layers::NONE;
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_doc::{Span, Token};

    /// A stage with fixed contracts that records its name in a diagnostic when it runs.
    struct Stage {
        name: &'static str,
        requires: Layers,
        assigns: Layers,
        panics: bool,
    }

    impl Annotator for Stage {
        fn name(&self) -> &'static str {
            self.name
        }
        fn requires(&self) -> Layers {
            self.requires
        }
        fn assigns(&self) -> Layers {
            self.assigns
        }
        fn annotate(&self, doc: &mut Doc) {
            doc.tokens.push(Token { span: Span::new(0, 1), ..Token::default() });
            if self.panics {
                panic!("stage bug");
            }
            doc.diagnose(Severity::Warning, self.name, "ran", None);
            doc.layers |= self.assigns;
        }
    }

    fn stage(name: &'static str, requires: Layers, assigns: Layers) -> Box<dyn Annotator> {
        Box::new(Stage { name, requires, assigns, panics: false })
    }

    fn ran(doc: &Doc) -> Vec<&'static str> {
        doc.diagnostics.iter().filter(|d| d.message == "ran").map(|d| d.stage).collect()
    }

    #[test]
    fn a_missing_requirement_is_a_build_error_naming_stage_and_layer() {
        let err = Pipeline::new(vec![
            stage("tokenizer", Layers::NONE, Layers::TOKENS | Layers::SENTENCES),
            stage("parser", Layers::TOKENS | Layers::UPOS, Layers::DEPS),
        ])
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("`parser`") && msg.contains("requires upos"), "{msg}");
        assert!(msg.contains("available at that point: tokens, sentences"), "{msg}");
    }

    #[test]
    fn stages_run_in_order_and_present_layers_are_kept() {
        let p = Pipeline::new(vec![
            stage("tokenizer", Layers::NONE, Layers::TOKENS | Layers::SENTENCES),
            stage("tagger", Layers::TOKENS, Layers::UPOS),
        ])
        .unwrap();
        assert_eq!(p.stage_names(), ["tokenizer", "tagger"]);
        let mut raw = Doc::new("a", "x");
        p.run(&mut raw);
        assert_eq!(ran(&raw), ["tokenizer", "tagger"]);
        let mut given = Doc::new("b", "x");
        given.layers = Layers::TOKENS | Layers::SENTENCES;
        p.run(&mut given);
        assert_eq!(ran(&given), ["tagger"], "the tokenizer must not retokenize given tokens");
    }

    #[test]
    fn a_panicking_stage_costs_only_its_document() {
        let p = Pipeline::new(vec![
            Box::new(Stage { name: "bad", requires: Layers::NONE, assigns: Layers::TOKENS, panics: true }),
            stage("after", Layers::TOKENS, Layers::UPOS),
        ])
        .unwrap();
        let mut doc = Doc::new("a", "x");
        p.run(&mut doc);
        assert!(doc.tokens.is_empty() && doc.layers.is_empty());
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.diagnostics[0].severity, Severity::Error);
        assert!(ran(&doc).is_empty());
    }

    #[test]
    fn the_english_pipeline_tokenizes() {
        let p = Pipeline::tokenizing();
        let mut doc = Doc::new("a", "The minister met the envoy. They talked.");
        p.run(&mut doc);
        assert!(doc.layers.contains(Layers::TOKENS | Layers::SENTENCES));
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.slice(doc.tokens[1].span), "minister");
    }
}
