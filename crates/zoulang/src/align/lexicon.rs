//! Bilingual lexicons: headwords of one language mapped to words of another, matched by longest match with
//! a daachorse automaton. The zh–en table from CC-CEDICT is compiled in (feature `lexicon-zh-en`); any other
//! pair loads from the same TSV format at run time, so it plugs in without code changes.

use std::sync::{Arc, OnceLock};

use daachorse::CharwiseDoubleArrayAhoCorasick;

use super::evidence::{KeyKind, WordNormalizer, key};
use super::lexicon_format::{self, Table};
use crate::{Error, LanguageTag, Result};

/// A bilingual lexicon: headwords in `src_lang`, each with target-language words (stored as match keys,
/// normalised and stemmed like target-side text) and optional romanisation syllables (pinyin for Chinese
/// characters, used to match names).
///
/// ```
/// use zoulang::align::Lexicon;
/// use zoulang::LanguageTag;
/// let lex = Lexicon::from_tsv("朋友\tfriend\t\n猫\tcat\tmao\n", LanguageTag::ZH_HANS, LanguageTag::EN).unwrap();
/// assert_eq!(lex.len(), 2);
/// let found: Vec<_> = lex.find("好朋友").map(|(s, e, _)| (s, e)).collect();
/// assert_eq!(found, [(3, 9)]);
/// ```
pub struct Lexicon {
    src_lang: LanguageTag,
    tgt_lang: LanguageTag,
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// Per entry: range into `keys` (target word keys).
    word_offsets: Vec<u32>,
    keys: Vec<u64>,
    /// Per entry: range into `syllable_ids`.
    syllable_offsets: Vec<u32>,
    syllable_ids: Vec<u32>,
    syllables: Vec<String>,
    /// Headwords in a script written without spaces (Han, Thai, …): no word-boundary check.
    unspaced: bool,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("src_lang", &self.src_lang)
            .field("tgt_lang", &self.tgt_lang)
            .field("entries", &self.len())
            .finish()
    }
}

fn unspaced(lang: LanguageTag) -> bool {
    lang.is_chinese() || matches!(lang.as_str(), "ja" | "th" | "lo" | "km" | "my")
}

impl Lexicon {
    /// Loads a lexicon from TSV text: `headword<TAB>target words<TAB>syllables` per line, `#` comments.
    /// Headwords of spaced languages are matched case-insensitively on word boundaries.
    ///
    /// O(size of the table).
    ///
    /// ```
    /// use zoulang::{LanguageTag, align::Lexicon};
    /// let lex = Lexicon::from_tsv("kucing\tcat\n", LanguageTag::MS, LanguageTag::EN).unwrap();
    /// assert_eq!(lex.src_lang(), LanguageTag::MS);
    /// assert!(Lexicon::from_tsv("\tcat\n", LanguageTag::MS, LanguageTag::EN).is_err());
    /// ```
    pub fn from_tsv(text: &str, src_lang: LanguageTag, tgt_lang: LanguageTag) -> Result<Lexicon> {
        let mut table = lexicon_format::parse_tsv(text)
            .map_err(|(line, msg)| Error::parse("<lexicon>", line, msg))?;
        if !unspaced(src_lang) {
            for h in &mut table.headwords {
                *h = h.to_lowercase();
            }
        }
        Self::from_table(table, src_lang, tgt_lang)
    }

    fn from_table(table: Table, src_lang: LanguageTag, tgt_lang: LanguageTag) -> Result<Lexicon> {
        if table.headwords.is_empty() {
            return Err(Error::InvalidArgument(
                "a lexicon needs at least one entry".into(),
            ));
        }
        let automaton = lexicon_format::automaton(&table.headwords)
            .map_err(|e| Error::InvalidArgument(format!("lexicon automaton: {e}")))?;
        let flat = |lists: &[Vec<u32>]| {
            let mut offsets = vec![0u32];
            let mut values = Vec::new();
            for l in lists {
                values.extend_from_slice(l);
                offsets.push(values.len() as u32);
            }
            (offsets, values)
        };
        Ok(Self::assemble(
            automaton,
            &table.words,
            table.syllables,
            flat(&table.entry_words),
            flat(&table.entry_syllables),
            src_lang,
            tgt_lang,
        ))
    }

    fn assemble(
        automaton: CharwiseDoubleArrayAhoCorasick<u32>,
        words: &[String],
        syllables: Vec<String>,
        word_lists: (Vec<u32>, Vec<u32>),
        syllable_lists: (Vec<u32>, Vec<u32>),
        src_lang: LanguageTag,
        tgt_lang: LanguageTag,
    ) -> Lexicon {
        let norm = WordNormalizer::new(tgt_lang);
        let word_keys: Vec<Option<u64>> = words
            .iter()
            .map(|w| norm.normalize(w).map(|n| key(KeyKind::Word, &n)))
            .collect();
        let (offsets, values) = word_lists;
        let mut word_offsets = Vec::with_capacity(offsets.len());
        let mut keys = Vec::with_capacity(values.len());
        word_offsets.push(0);
        for w in offsets.windows(2) {
            for &id in values.get(w[0] as usize..w[1] as usize).unwrap_or(&[]) {
                if let Some(Some(k)) = word_keys.get(id as usize)
                    && !keys[*word_offsets.last().unwrap_or(&0) as usize..].contains(k)
                {
                    keys.push(*k);
                }
            }
            word_offsets.push(keys.len() as u32);
        }
        Lexicon {
            src_lang,
            tgt_lang,
            automaton,
            word_offsets,
            keys,
            syllable_offsets: syllable_lists.0,
            syllable_ids: syllable_lists.1,
            syllables,
            unspaced: unspaced(src_lang),
        }
    }

    /// The built-in zh–en lexicon generated from CC-CEDICT (about 180,000 Simplified and Traditional
    /// headwords), or `None` when built without the `lexicon-zh-en` feature. Decoded once, then shared.
    ///
    /// O(table size) on first call, O(1) after.
    ///
    /// ```
    /// if let Some(lex) = zoulang::align::Lexicon::builtin_zh_en() {
    ///     assert!(lex.len() > 100_000);
    ///     assert_eq!(lex.find("伟大的友谊").count(), 3);
    /// }
    /// ```
    pub fn builtin_zh_en() -> Option<Arc<Lexicon>> {
        static BUILTIN: OnceLock<Option<Arc<Lexicon>>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let blob: &[u8] =
                    include_bytes!(concat!(env!("OUT_DIR"), "/align_lexicon_zh_en.bin"));
                let d = lexicon_format::decode(blob)?;
                let (automaton, _) =
                    CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(d.automaton).ok()?;
                Some(Arc::new(Self::assemble(
                    automaton,
                    &d.words,
                    d.syllables,
                    d.word_lists,
                    d.syllable_lists,
                    LanguageTag::ZH,
                    LanguageTag::EN,
                )))
            })
            .clone()
    }

    /// Headword language. O(1).
    pub fn src_lang(&self) -> LanguageTag {
        self.src_lang
    }

    /// Target language. O(1).
    pub fn tgt_lang(&self) -> LanguageTag {
        self.tgt_lang
    }

    /// Number of headwords. O(1).
    pub fn len(&self) -> usize {
        self.word_offsets.len().saturating_sub(1)
    }

    /// Whether the lexicon has no entries (never true for a constructed lexicon). O(1).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the lexicon covers `src` → `tgt` (Chinese tags all match `zh`).
    pub(crate) fn covers(&self, src: LanguageTag, tgt: LanguageTag) -> bool {
        let same = |a: LanguageTag, b: LanguageTag| a == b || (a.is_chinese() && b.is_chinese());
        same(self.src_lang, src) && same(self.tgt_lang, tgt)
    }

    /// Leftmost-longest headword matches in `text` as `(start, end, entry)` byte spans. For spaced
    /// languages `text` must already be lower case; matches not on word boundaries are skipped.
    ///
    /// O(text length + matches).
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, u32)> + 'a {
        self.automaton
            .leftmost_find_iter(text)
            .filter_map(move |m| {
                let ok = self.unspaced
                    || (!text[..m.start()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !text[m.end()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                ok.then(|| (m.start(), m.end(), m.value()))
            })
    }

    /// Target-word match keys of one entry.
    pub(crate) fn word_keys(&self, entry: u32) -> &[u64] {
        let e = entry as usize;
        match (self.word_offsets.get(e), self.word_offsets.get(e + 1)) {
            (Some(&a), Some(&b)) => &self.keys[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Romanisation syllables of one entry (pinyin for single Chinese characters).
    pub(crate) fn syllables(&self, entry: u32) -> impl Iterator<Item = &str> {
        let e = entry as usize;
        let range = match (
            self.syllable_offsets.get(e),
            self.syllable_offsets.get(e + 1),
        ) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.syllable_ids[range]
            .iter()
            .filter_map(|&i| self.syllables.get(i as usize).map(String::as_str))
    }

    /// Whether headwords are matched without word boundaries (Han and other unspaced scripts).
    pub(crate) fn is_unspaced(&self) -> bool {
        self.unspaced
    }

    /// The entry whose headword is exactly `word`, if any. O(word length).
    pub(crate) fn entry_of(&self, word: &str) -> Option<u32> {
        self.automaton
            .leftmost_find_iter(word)
            .next()
            .filter(|m| m.start() == 0 && m.end() == word.len())
            .map(|m| m.value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_simplified_and_traditional() {
        let Some(lex) = Lexicon::builtin_zh_en() else {
            return;
        };
        let s = lex.entry_of("伟大").unwrap();
        let t = lex.entry_of("偉大").unwrap();
        assert_eq!(lex.word_keys(s), lex.word_keys(t));
        assert!(lex.word_keys(s).contains(&key(KeyKind::Word, "great")));
        let chen = lex.entry_of("陈").unwrap();
        assert!(lex.syllables(chen).any(|s| s == "chen"));
    }

    #[test]
    fn spaced_lexicon_respects_word_boundaries() {
        let lex = Lexicon::from_tsv("cat\tkucing\n", LanguageTag::EN, LanguageTag::MS).unwrap();
        assert_eq!(lex.find("a cat sat").count(), 1);
        assert_eq!(lex.find("concatenate").count(), 0);
    }
}
