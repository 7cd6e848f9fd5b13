//! The `zoulang._native` extension module: thin wrappers over the `zoulang` crate, one file per core module,
//! errors mapped in one place (`errors.rs`). No logic of its own.
#![forbid(unsafe_code)]

mod align;
mod chars;
mod convert;
mod detect;
mod errors;
mod glossary;
mod interrupt;
mod segment;
mod text;

use pyo3::prelude::*;

/// zoulang's native module; import `zoulang` instead.
#[pymodule]
mod _native {
    #[pymodule_export]
    use super::convert::{
        ConvertStream, Converter, convert, convert_batch, dictionary_bytes, fold_to_simplified,
    };
    #[pymodule_export]
    use super::glossary::{CheckIssue, Glossary, TermMatch, fold_for_matching, parse_lang_region};

    #[pymodule_export]
    use super::align::{
        AlignmentUnit, Lexicon, align, align_batch, evaluate_alignment, evaluate_documents,
        parse_alignments, read_alignments, to_jsonl, to_tmx, to_tsv, write_align_format,
    };
    #[pymodule_export]
    use super::segment::{
        Sentence, SentenceSplitter, Token, WordSegmenter, segment_words, segment_words_batch,
        split_sentences, split_sentences_batch, unwrap_lines,
    };

    #[pymodule_export]
    use super::detect::{
        Detection, Detector, HanEvidence, LanguageSpan, detect, detect_batch, detect_spans,
        han_evidence, is_simplified_only, is_traditional_only, zawgyi_probability,
    };
    #[pymodule_export]
    use super::text::{
        OffsetMap, ScriptProfile, decode_utf8, is_dash, language_tag, letter_script, normalize,
        normalize_batch, normalize_with_offsets, script_profile,
    };

    #[pymodule_init]
    fn init(m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        use pyo3::types::PyModuleMethods;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("sample_zh_hans", zoulang::sample::ZH_HANS)?;
        m.add("sample_en", zoulang::sample::EN)?;
        m.add(
            "sample_multilingual",
            zoulang::sample::MULTILINGUAL.to_vec(),
        )?;
        m.add("sample_noisy", zoulang::sample::NOISY)?;
        Ok(())
    }
}
