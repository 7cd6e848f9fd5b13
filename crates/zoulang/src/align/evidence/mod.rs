//! Evidence that a source and a target sentence translate each other, as *tokens with match keys*.
//!
//! Each [`Evidence`] turns a sentence into tokens; a token carries one or more 64-bit keys, and a source token
//! matches a target token when they share a key. Keys are hashes of a [`KeyKind`] and a string, so evidence
//! sources that know nothing of each other meet on common keys: the lexicon gives a Chinese word the keys of
//! its English glosses (stemmed), the English side gives each word the key of its stem; both sides give a
//! number the key of its value, a name the key of its romanisation. A lexicon for another pair, a glossary or
//! a learned word pair plugs in by emitting keys, with no change to the aligner.

mod glossary;
mod lexical;
mod names;
mod numbers;
mod punctuation;
mod words;

use std::sync::Arc;

pub use glossary::TermPairs;
pub use lexical::{LexicalEvidence, WordEvidence};
pub use numbers::NumberEvidence;
pub use punctuation::PunctuationEvidence;
pub use words::WordNormalizer;
pub(crate) use words::is_han;

use super::lexicon::Lexicon;
use crate::{Error, LanguageTag, Result};

/// Which side of the pair a sentence is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The source document.
    Src,
    /// The target document.
    Tgt,
}

/// Namespaces of match keys, so that a number never meets a word that happens to spell the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyKind {
    /// A normalised (stemmed) word of the target language.
    Word,
    /// A romanised name (pinyin syllables, lower case, no separators).
    Name,
    /// A numeric value or a month.
    Number,
    /// A punctuation class (question, exclamation, quotation, list marker).
    Punct,
    /// A glossary entry id.
    Term,
    /// A word pair learned from the document itself.
    Learned,
}

/// The 64-bit match key of `text` in namespace `kind` (FNV-1a; stable across runs and platforms).
///
/// O(text length).
///
/// ```
/// use zoulang::align::{KeyKind, key};
/// assert_eq!(key(KeyKind::Word, "friend"), key(KeyKind::Word, "friend"));
/// assert_ne!(key(KeyKind::Word, "7"), key(KeyKind::Number, "7"));
/// ```
pub fn key(kind: KeyKind, text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (kind as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Collects the tokens of one sentence: each token is a set of match keys.
///
/// ```
/// use zoulang::align::{KeyKind, TokenSink, key};
/// let mut sink = TokenSink::default();
/// sink.push(&[key(KeyKind::Word, "cat")]);
/// sink.push(&[]);  // a token without keys is dropped
/// assert_eq!(sink.len(), 1);
/// ```
#[derive(Debug, Default, Clone)]
pub struct TokenSink {
    pub(crate) keys: Vec<u64>,
    pub(crate) ends: Vec<u32>,
}

impl TokenSink {
    /// Adds one token with the given keys (duplicates removed; an empty set adds nothing). O(keys²).
    pub fn push(&mut self, keys: &[u64]) {
        let start = self.keys.len();
        for &k in keys {
            if !self.keys[start..].contains(&k) {
                self.keys.push(k);
            }
        }
        if self.keys.len() > start {
            self.ends.push(self.keys.len() as u32);
        }
    }

    /// Number of tokens collected. O(1).
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether no token was collected. O(1).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Removes all tokens, keeping the allocation. O(1).
    pub fn clear(&mut self) {
        self.keys.clear();
        self.ends.clear();
    }

    /// The keys of each token. O(1) to create, O(keys) to iterate.
    pub fn tokens(&self) -> impl Iterator<Item = &[u64]> {
        let mut start = 0usize;
        self.ends.iter().map(move |&e| {
            let t = &self.keys[start..e as usize];
            start = e as usize;
            t
        })
    }
}

/// One source of alignment evidence. Implement it to add evidence (a glossary, a lexicon of another kind,
/// a transliterator) without touching the aligner.
///
/// ```
/// use zoulang::align::{Evidence, KeyKind, Side, TokenSink, key};
/// #[derive(Debug)]
/// struct Hashtags;
/// impl Evidence for Hashtags {
///     fn name(&self) -> &str { "hashtags" }
///     fn tokens(&self, sentence: &str, _side: Side, sink: &mut TokenSink) {
///         for w in sentence.split_whitespace().filter(|w| w.starts_with('#')) {
///             sink.push(&[key(KeyKind::Term, w)]);
///         }
///     }
/// }
/// let mut sink = TokenSink::default();
/// Hashtags.tokens("新闻 #ASEAN", Side::Src, &mut sink);
/// assert_eq!(sink.len(), 1);
/// ```
pub trait Evidence: Send + Sync + std::fmt::Debug {
    /// A short name for reports.
    fn name(&self) -> &str;
    /// Adds the tokens of `sentence` (on `side`) to `sink`. Must be O(sentence length) or close.
    fn tokens(&self, sentence: &str, side: Side, sink: &mut TokenSink);
}

/// The evidence used for one language pair: built-in sources chosen by the tags, plus any extra ones.
#[derive(Debug, Clone)]
pub struct EvidenceSet {
    pub(crate) sources: Vec<Arc<dyn Evidence>>,
    /// The side written without spaces whose character n-grams feed the learned word pairs, if any.
    pub(crate) unspaced: Option<Side>,
}

fn is_unspaced(lang: LanguageTag) -> bool {
    lang.is_chinese() || matches!(lang.as_str(), "ja" | "th" | "lo" | "km" | "my")
}

impl EvidenceSet {
    /// Evidence for `src` → `tgt`: a lexicon covering the pair (from `lexicons`, then the built-in zh–en),
    /// target/source words, numbers, names and punctuation; then `extra`. `und` is rejected.
    ///
    /// O(1) (the built-in lexicon is decoded once per process).
    ///
    /// ```
    /// use zoulang::{LanguageTag, align::EvidenceSet};
    /// let set = EvidenceSet::for_pair(LanguageTag::ZH_HANS, LanguageTag::EN, &[], &[]).unwrap();
    /// assert!(set.names().contains(&"numbers"));
    /// assert!(EvidenceSet::for_pair(LanguageTag::UND, LanguageTag::EN, &[], &[]).is_err());
    /// ```
    pub fn for_pair(
        src: LanguageTag,
        tgt: LanguageTag,
        lexicons: &[Arc<Lexicon>],
        extra: &[Arc<dyn Evidence>],
    ) -> Result<EvidenceSet> {
        for tag in [src, tgt] {
            if tag.is_und() {
                return Err(Error::UnsupportedLanguage {
                    operation: "align",
                    tag: tag.as_str().to_string(),
                });
            }
        }
        let builtin: Vec<Arc<Lexicon>> = Lexicon::builtin_zh_en().into_iter().collect();
        let all = lexicons.iter().chain(builtin.iter());
        let mut sources: Vec<Arc<dyn Evidence>> = Vec::new();
        let forward = all.clone().find(|l| l.covers(src, tgt)).cloned();
        let backward = all.clone().find(|l| l.covers(tgt, src)).cloned();
        match (forward, backward) {
            (Some(lex), _) => {
                sources.push(Arc::new(LexicalEvidence::new(lex, Side::Src)));
                sources.push(Arc::new(WordEvidence::new(tgt, Side::Tgt)));
            }
            (None, Some(lex)) => {
                sources.push(Arc::new(LexicalEvidence::new(lex, Side::Tgt)));
                sources.push(Arc::new(WordEvidence::new(src, Side::Src)));
            }
            (None, None) => {
                // No lexicon: words still meet when they are names, loanwords or cognates written alike.
                sources.push(Arc::new(WordEvidence::new(src, Side::Src)));
                sources.push(Arc::new(WordEvidence::new(tgt, Side::Tgt)));
            }
        }
        sources.push(Arc::new(NumberEvidence));
        sources.push(Arc::new(PunctuationEvidence));
        sources.extend(extra.iter().cloned());
        let unspaced = if is_unspaced(src) && !is_unspaced(tgt) {
            Some(Side::Src)
        } else if is_unspaced(tgt) && !is_unspaced(src) {
            Some(Side::Tgt)
        } else {
            None
        };
        Ok(EvidenceSet { sources, unspaced })
    }

    /// Names of the evidence sources, in order. O(sources).
    pub fn names(&self) -> Vec<&str> {
        self.sources.iter().map(|s| s.name()).collect()
    }

    /// All tokens of `sentence` on `side`. O(sentence length).
    pub fn tokens(&self, sentence: &str, side: Side, sink: &mut TokenSink) {
        for s in &self.sources {
            s.tokens(sentence, side, sink);
        }
    }
}
