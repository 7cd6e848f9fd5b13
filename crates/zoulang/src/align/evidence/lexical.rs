//! Lexical evidence: dictionary words on the headword side (longest match, plus glosses of single Chinese
//! characters and pinyin of names), and normalised words on the other side.

use std::sync::Arc;

use super::names;
use super::words::{WordNormalizer, words};
use super::{Evidence, KeyKind, Side, TokenSink, key};
use crate::LanguageTag;
use crate::align::lexicon::Lexicon;

/// How many glosses of each character of a multi-character word are added to the word's keys.
const CHAR_GLOSSES: usize = 8;

/// Keys of a word of an alphabetic language: its normalised form, plus a name key when capitalised.
fn word_keys(norm: &WordNormalizer, word: &str, out: &mut Vec<u64>) {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return;
    }
    let lower = word.to_lowercase();
    if norm.is_stop(&lower) {
        return;
    }
    if let Some(n) = norm.normalize(&lower) {
        out.push(key(KeyKind::Word, &n));
    }
    if word.chars().next().is_some_and(char::is_uppercase) && lower.chars().count() > 1 {
        out.push(key(KeyKind::Name, &lower));
    }
}

/// One token per word of `sentence` (alphabetic, non-Han): see [`word_keys`].
fn push_words(norm: &WordNormalizer, sentence: &str, sink: &mut TokenSink) {
    let mut keys = Vec::new();
    for (_, w) in words(sentence) {
        keys.clear();
        word_keys(norm, w, &mut keys);
        sink.push(&keys);
    }
}

/// Dictionary evidence on the side written in the lexicon's headword language.
#[derive(Debug)]
pub struct LexicalEvidence {
    lexicon: Arc<Lexicon>,
    side: Side,
    target_words: WordNormalizer,
}

impl LexicalEvidence {
    /// Evidence from `lexicon` for sentences on `side` (the side in the lexicon's headword language).
    ///
    /// O(1).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use zoulang::{LanguageTag, align::{Evidence, LexicalEvidence, Lexicon, Side, TokenSink}};
    /// let lex = Lexicon::from_tsv("朋友\tfriend\n", LanguageTag::ZH_HANS, LanguageTag::EN).unwrap();
    /// let ev = LexicalEvidence::new(Arc::new(lex), Side::Src);
    /// let mut sink = TokenSink::default();
    /// ev.tokens("老朋友", Side::Src, &mut sink);
    /// assert_eq!(sink.len(), 1);
    /// ```
    pub fn new(lexicon: Arc<Lexicon>, side: Side) -> Self {
        let target_words = WordNormalizer::new(lexicon.tgt_lang());
        LexicalEvidence {
            lexicon,
            side,
            target_words,
        }
    }

    fn unspaced_tokens(&self, sentence: &str, sink: &mut TokenSink) {
        let lex = &*self.lexicon;
        let mut keys: Vec<u64> = Vec::new();
        let mut buf = [0u8; 4];
        for (s, e, entry) in lex.find(sentence) {
            keys.clear();
            keys.extend_from_slice(lex.word_keys(entry));
            let word = &sentence[s..e];
            if word.chars().nth(1).is_some() {
                for c in word.chars() {
                    if let Some(ce) = lex.entry_of(c.encode_utf8(&mut buf)) {
                        keys.extend(lex.word_keys(ce).iter().take(CHAR_GLOSSES));
                    }
                }
            }
            sink.push(&keys);
        }
        names::pinyin_tokens(lex, sentence, sink);
        // Latin-script words inside the text (AI, DeepSeek) meet the same words on the other side.
        push_words(&self.target_words, sentence, sink);
    }

    fn spaced_tokens(&self, sentence: &str, sink: &mut TokenSink) {
        let lower = sentence.to_lowercase();
        for (_, _, entry) in self.lexicon.find(&lower) {
            sink.push(self.lexicon.word_keys(entry));
        }
        let mut keys = Vec::new();
        for (_, w) in words(sentence) {
            if w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1 {
                keys.clear();
                keys.push(key(KeyKind::Name, &w.to_lowercase()));
                sink.push(&keys);
            }
        }
    }
}

impl Evidence for LexicalEvidence {
    fn name(&self) -> &str {
        "lexicon"
    }

    fn tokens(&self, sentence: &str, side: Side, sink: &mut TokenSink) {
        if side != self.side {
            return;
        }
        if self.lexicon.is_unspaced() {
            self.unspaced_tokens(sentence, sink);
        } else {
            self.spaced_tokens(sentence, sink);
        }
    }
}

/// Word evidence on a side in an alphabetic language: each content word gives its normalised form (stop
/// words dropped, irregular verbs mapped, Snowball-stemmed) and, when capitalised, a name key.
#[derive(Debug)]
pub struct WordEvidence {
    norm: WordNormalizer,
    side: Side,
}

impl WordEvidence {
    /// Word evidence for sentences in `lang` on `side`. O(1).
    ///
    /// ```
    /// use zoulang::{LanguageTag, align::{Evidence, Side, TokenSink, WordEvidence}};
    /// let mut sink = TokenSink::default();
    /// WordEvidence::new(LanguageTag::EN, Side::Tgt).tokens("Chen caught me.", Side::Tgt, &mut sink);
    /// assert_eq!(sink.len(), 2);
    /// ```
    pub fn new(lang: LanguageTag, side: Side) -> Self {
        WordEvidence {
            norm: WordNormalizer::new(lang),
            side,
        }
    }
}

impl Evidence for WordEvidence {
    fn name(&self) -> &str {
        "words"
    }

    fn tokens(&self, sentence: &str, side: Side, sink: &mut TokenSink) {
        if side != self.side {
            return;
        }
        push_words(&self.norm, sentence, sink);
    }
}
