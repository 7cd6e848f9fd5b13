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

mod chars;
mod decide;
mod lang;
mod rules;
mod sentences;
mod thai;
mod words;

pub use lang::{IntoLang, Lang};
pub use sentences::{
    Sentence, SentenceSplitter, SplitOptions, split_sentences, split_sentences_batch,
};
pub use words::{Token, WordSegmenter, segment_words, segment_words_batch};

/// Test helper: spans are in order, non-empty, trimmed, non-overlapping, and only whitespace lies between.
#[cfg(test)]
pub(crate) fn assert_only_whitespace_between(text: &str, spans: &[std::ops::Range<usize>]) {
    let mut pos = 0;
    for r in spans {
        assert!(r.start >= pos && r.start < r.end, "{spans:?}");
        assert!(
            text[pos..r.start].trim().is_empty(),
            "lost {:?}",
            &text[pos..r.start]
        );
        let s = &text[r.clone()];
        assert_eq!(s, s.trim(), "untrimmed {s:?}");
        pos = r.end;
    }
    assert!(text[pos..].trim().is_empty(), "lost tail");
}
