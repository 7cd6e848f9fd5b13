//! Sentence splitting and word segmentation for Chinese and the languages of Southeast Asia, with exact
//! byte offsets into the text given.
//!
//! - [`split_sentences`] / [`SentenceSplitter`]: UAX #29 sentence breaks (icu_segmenter) plus a rule layer of
//!   our own: abbreviations per language ([`rules`](self) lists), initials, decimals, numbered lists,
//!   ellipses, closing quotes and brackets, full-width and Khmer / Burmese punctuation, hard-wrapped text,
//!   and a space model for Thai and Lao.
//! - [`segment_words`] / [`WordSegmenter`]: jieba for Chinese (Traditional folded to Simplified for
//!   cutting), icu_segmenter's models for Thai, Lao, Khmer, Burmese and Japanese, UAX #29 words otherwise;
//!   user words stay one token.
//!
//! Sentences and tokens never lose or duplicate a character: between them lies only whitespace.
//!
//! ```
//! let s = zoulang::split_sentences("Dr. Tan lives in Kuala Lumpur. She works at Petronas Sdn. Bhd. today.", "ms").unwrap();
//! assert_eq!(s.len(), 2);
//! let w = zoulang::segment_words("中国与东盟", "zh-Hans").unwrap();
//! assert_eq!(w.iter().map(|t| t.text).collect::<Vec<_>>(), ["中国", "与", "东盟"]);
//! ```

pub(crate) mod chars;
mod decide;
mod lang;
mod repair;
mod rules;
mod sentences;
mod thai;
mod thai_model;
mod unwrap;
mod words;

pub use lang::{IntoLang, Lang};
pub use sentences::{
    Sentence, SentenceSplitter, SentenceStream, SplitOptions, split_sentences,
    split_sentences_batch,
};
pub use unwrap::unwrap_lines;
pub use words::{Token, WordSegmenter, segment_words, segment_words_batch};
pub(crate) use words::{WordsAt, jieba};

/// The Thai sentence-boundary model's feature names for the whitespace `text[pos..next]` in a sentence
/// that started at byte `start`: the one feature extractor that both the splitter and the training script
/// (crates/zoulang/scripts/train_thai_boundaries.py, through the example `thai_features`) use. O(1): it
/// reads a bounded window around the space.
///
/// Errors: [`crate::Error::InvalidArgument`] unless `start <= pos <= next <= text.len()` on character
/// boundaries.
///
/// ```
/// let t = "ผมกินข้าวแล้วครับ วันนี้อากาศดี";
/// let pos = t.find(' ').unwrap();
/// let f = zoulang::segment::thai_boundary_features(t, 0, pos, pos + 1).unwrap();
/// assert!(f.iter().any(|x| x == "w-1=ครับ"));
/// ```
#[doc(hidden)]
pub fn thai_boundary_features(
    text: &str,
    start: usize,
    pos: usize,
    next: usize,
) -> crate::Result<Vec<String>> {
    let ok = start <= pos
        && pos <= next
        && next <= text.len()
        && [start, pos, next].iter().all(|&i| text.is_char_boundary(i));
    if !ok {
        return Err(crate::Error::InvalidArgument(format!(
            "thai_boundary_features: offsets {start} <= {pos} <= {next} must be character boundaries within {} bytes",
            text.len()
        )));
    }
    Ok(thai_model::features(text, pos, start, next))
}

/// Test helper: spans are in order, non-empty, trimmed, non-overlapping, and only whitespace lies between.
#[cfg(test)]
pub(crate) fn assert_only_whitespace_between(text: &str, spans: &[std::ops::Range<usize>]) {
    let mut pos = 0;
    for r in spans {
        assert!(r.start >= pos && r.start < r.end, "{spans:?}");
        let gap = |s: &str| s.trim_matches(chars::is_gap).is_empty();
        assert!(gap(&text[pos..r.start]), "lost {:?}", &text[pos..r.start]);
        let s = &text[r.clone()];
        assert_eq!(s, s.trim_matches(chars::is_gap), "untrimmed {s:?}");
        pos = r.end;
    }
    assert!(
        text[pos..].trim_matches(chars::is_gap).is_empty(),
        "lost tail"
    );
}
