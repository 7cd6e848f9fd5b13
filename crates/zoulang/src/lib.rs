//! # zoulang (走廊, "corridor")
//!
//! Text that crosses between Chinese and the languages of Southeast Asia: language identification, Chinese
//! script conversion, normalisation, sentence splitting and bilingual alignment, and term glossaries.
//!
//! Offsets in this crate are **byte** offsets into the `&str` given, spans half-open `[start, end)`.
//! Every transformation can return an [`OffsetMap`] back to its input.
//!
//! ```
//! use zoulang::normalize::{normalize, NormalizeOptions};
//! assert_eq!(normalize("中国—东盟", &NormalizeOptions::matching()), "中国-东盟");
//! let profile = zoulang::script_profile("广西 Guangxi");
//! assert_eq!(profile.dominant(), Some("Latin"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod align;
pub mod cancel;
pub mod convert;
pub mod detect;
pub mod error;
pub mod glossary;
pub mod progress;
pub mod sample;
pub mod segment;
pub mod tag;
pub mod text;

pub use align::{AlignOptions, AlignmentUnit, align, align_batch, evaluate_alignment};
pub use cancel::Cancel;
pub use convert::{Config as ConvertConfig, Converter, fold_to_simplified};
pub use detect::{Detection, Detector, LanguageSpan, detect, detect_batch, detect_spans};
pub use error::{Error, Result, decode_utf8};
pub use glossary::{Glossary, OwnedTermMatch, TermMatch};
pub use progress::Progress;
pub use segment::{
    IntoLang, Lang, Sentence, SentenceSplitter, SentenceStream, SplitOptions, Token, WordSegmenter,
    segment_words, segment_words_batch, split_sentences, split_sentences_batch, unwrap_lines,
};
pub use tag::LanguageTag;
pub use text::normalize;
pub use text::offsets::{CharIndex, OffsetMap, OffsetMapBuilder, Segment};
pub use text::script::{ScriptProfile, ScriptRun, script_profile};

/// The README's Rust example, run as a doc test so it cannot go stale.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
