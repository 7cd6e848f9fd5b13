//! Word and character evidence for Latin-script languages.
//!
//! Each language has a top-N word list from `wordfreq` (data/detect/words/) and a character-trigram model
//! derived from that list at build time. A word costs `-ln P(word)` under a mixture: its list frequency if
//! listed, else the trigram model weighted by the share of text outside the list. Summed over the words of
//! a text, the costs are naive-Bayes log-likelihoods; short texts (one or two words) get real evidence from
//! the lists where trigram statistics alone are weak.
//!
//! Worst case: linear in the text length (one hash probe per word and per character trigram, a fixed
//! amount of arithmetic per probe for the compiled languages).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

mod tables {
    include!(concat!(env!("OUT_DIR"), "/detect_words.rs"));
}

/// The languages of the compiled model (tags), in table order.
pub(crate) const LANGS: [&str; tables::LANGS.len()] = tables::LANGS;
/// Number of languages of the compiled model.
pub(crate) const K: usize = LANGS.len();

/// Longest word (in characters) scored; longer tokens (URLs, run-together text) are cut to this.
const MAX_WORD: usize = 32;
/// Extra cost (nats) of backing off from a trigram unseen in every language to its bigram.
const BACKOFF: f32 = 1.5;

/// A small fast hasher (FxHash's multiply-rotate) for the static tables; keys are not attacker-chosen
/// in a way that matters (the tables are fixed, lookups only).
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

struct Model {
    /// word -> (offset of its entries in BLOB, number of entries)
    words: FxMap<&'static str, (u32, u8)>,
    /// n-gram key -> its cost row (kept inline: one memory access per probe)
    tri: FxMap<u64, [u8; K]>,
    bi: FxMap<u64, [u8; K]>,
    uni: FxMap<u64, [u8; K]>,
}

fn rows(range: (usize, usize)) -> FxMap<u64, [u8; K]> {
    let stride = 8 + K;
    let mut m = FxMap::with_capacity_and_hasher((range.1 - range.0) / stride, Default::default());
    for row in tables::BLOB[range.0..range.1].chunks_exact(stride) {
        let key = u64::from_le_bytes(row[..8].try_into().expect("8 bytes"));
        m.insert(key, row[8..].try_into().expect("K bytes"));
    }
    m
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let blob = tables::BLOB;
        let mut words = FxMap::with_capacity_and_hasher(tables::N_WORDS, Default::default());
        let mut pos = tables::WORDS.0;
        while pos < tables::WORDS.1 {
            let len = blob[pos] as usize;
            let w = std::str::from_utf8(&blob[pos + 1..pos + 1 + len])
                .expect("build step writes UTF-8");
            let n = blob[pos + 1 + len];
            words.insert(w, ((pos + 2 + len) as u32, n));
            pos += 2 + len + 2 * n as usize;
        }
        Model {
            words,
            tri: rows(tables::TRIGRAMS),
            bi: rows(tables::BIGRAMS),
            uni: rows(tables::UNIGRAMS),
        }
    })
}

/// The languages (tags of the compiled model) whose word list holds the lower-case `word`. O(1) once the
/// model is loaded (on first use).
pub(crate) fn listed_in(word: &str) -> impl Iterator<Item = &'static str> {
    let e: &'static [u8] = match model().words.get(word) {
        Some(&(off, n)) => &tables::BLOB[off as usize..off as usize + 2 * n as usize],
        None => &[],
    };
    e.chunks_exact(2).map(|pair| LANGS[pair[0] as usize])
}

fn key(cs: &[char]) -> u64 {
    cs.iter().fold(0u64, |k, &c| (k << 21) | c as u64)
}

/// Per-language evidence for the Latin words of a text.
#[derive(Clone, Debug)]
pub(crate) struct LatinScores {
    /// Total cost (negative log-likelihood, nats) per language of the compiled model.
    pub cost: [f32; K],
    /// Number of words per language found in that language's list.
    pub known: [u16; K],
    /// Number of words scored.
    pub words: usize,
    /// Number of letters in the scored words.
    pub letters: usize,
    /// Malay/Indonesian marker log-odds of the words (see `malay`), when requested.
    pub malay_markers: f32,
}

/// Whether `c` belongs inside a Latin word.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() && (c.is_ascii() || crate::text::script::letter_script(c) == Some("Latin"))
        || is_latin_mark(c)
}

/// Combining diacritics used with Latin letters (decomposed Vietnamese, for one).
fn is_latin_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

/// How a word was written, which says how much language evidence it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// lower case, or the first word of the text
    Plain,
    /// Capitalised inside the text: often a name, which is weak evidence of the language around it
    Capitalised,
    /// ALL CAPS: often an acronym
    Upper,
    /// Capitalised first word of the text
    Initial,
}

impl Case {
    /// Weight of a word's evidence.
    pub(crate) fn weight(self) -> f32 {
        match self {
            Case::Plain | Case::Initial => 1.0,
            Case::Capitalised => 0.5,
            Case::Upper => 0.3,
        }
    }
}

/// Whether a whitespace-delimited chunk is an address, file name or code rather than words of a language
/// (e-mail, URL, `name.ext`, letters mixed with digits).
fn is_code_like(chunk: &str) -> bool {
    if chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.") {
        return true;
    }
    let b = chunk.as_bytes();
    b.windows(3).any(|w| {
        (w[0].is_ascii_alphabetic()
            && w[1] == b'.'
            && w[2].is_ascii_alphabetic()
            && b.len() > 4
            && !chunk.ends_with('.'))
            || (w[0].is_ascii_alphabetic() && w[1].is_ascii_digit())
            || (w[0].is_ascii_digit() && w[1].is_ascii_alphabetic())
    })
}

/// The word being read: lower-cased letters and what its case was.
#[derive(Default)]
struct WordBuf {
    text: String,
    has_mark: bool,
    upper: usize,
    lower: usize,
    initial_upper: bool,
    prev_apos: bool,
    /// No word emitted yet (the first word of a text is capitalised by convention).
    emitted: bool,
}

impl WordBuf {
    fn push_letter(&mut self, c: char) {
        if is_latin_mark(c) {
            if self.text.is_empty() {
                return;
            }
            self.has_mark = true;
        }
        if c.is_uppercase() || c.is_lowercase() {
            if self.text.is_empty() {
                self.initial_upper = c.is_uppercase();
            }
            if c.is_uppercase() {
                self.upper += 1;
            } else {
                self.lower += 1;
            }
        }
        self.text.extend(c.to_lowercase());
        self.prev_apos = false;
    }

    /// Keeps an apostrophe inside a word (`don't`); returns false where it only separates.
    fn push_apostrophe(&mut self) -> bool {
        if self.text.is_empty() || self.prev_apos {
            return false;
        }
        self.text.push('\'');
        self.prev_apos = true;
        true
    }

    fn flush(&mut self, f: &mut impl FnMut(&str, Case)) {
        while self.text.ends_with('\'') {
            self.text.pop();
        }
        if !self.text.is_empty() {
            let case = match (
                self.upper > 1 && self.lower == 0,
                self.initial_upper,
                self.emitted,
            ) {
                (true, _, _) => Case::Upper,
                (false, true, false) => Case::Initial,
                (false, true, true) => Case::Capitalised,
                (false, false, _) => Case::Plain,
            };
            self.emitted = true;
            if self.has_mark {
                let n: String = self.text.nfc().collect();
                f(&n, case);
            } else {
                f(&self.text, case);
            }
        }
        self.text.clear();
        (
            self.has_mark,
            self.upper,
            self.lower,
            self.initial_upper,
            self.prev_apos,
        ) = (false, 0, 0, false, false);
    }
}

/// Splits `text` into lower-cased Latin words (apostrophes inside words kept, hyphens split), calling `f`
/// on each with how it was written. With `skip_code`, chunks that look like addresses, file names or codes
/// are skipped. Worst case linear.
pub(crate) fn for_each_word(text: &str, skip_code: bool, mut f: impl FnMut(&str, Case)) {
    let mut w = WordBuf::default();
    for chunk in text.split_whitespace() {
        if skip_code && is_code_like(chunk) {
            continue;
        }
        for c in chunk.chars() {
            if is_word_char(c) {
                w.push_letter(c);
            } else if !((c == '\'' || c == '’') && w.push_apostrophe()) {
                w.flush(&mut f);
            }
        }
        w.flush(&mut f);
    }
}

/// Adds a cost row (scaled bytes) to `acc`, plus `extra`.
#[inline]
fn add_row(acc: &mut [f32; K], row: &[u8; K], extra: f32) {
    for (a, &b) in acc.iter_mut().zip(row) {
        *a += b as f32 / tables::SCALE + extra;
    }
}

/// Character-model cost of one word per language.
fn char_cost(m: &Model, word: &str, chars: &mut Vec<char>, acc: &mut [f32; K]) {
    chars.clear();
    chars.extend([' ', ' ']);
    chars.extend(word.chars().take(MAX_WORD));
    chars.push(' ');
    acc.fill(0.0);
    for i in 2..chars.len() {
        if let Some(row) = m.tri.get(&key(&chars[i - 2..=i])) {
            add_row(acc, row, 0.0);
        } else if let Some(row) = m.bi.get(&key(&chars[i - 1..=i])) {
            add_row(acc, row, BACKOFF);
        } else if let Some(row) = m.uni.get(&key(&chars[i..=i])) {
            add_row(acc, row, 2.0 * BACKOFF);
        } else {
            for (a, &u) in acc.iter_mut().zip(tables::UNSEEN_COST.iter()) {
                *a += u as f32 / tables::SCALE;
            }
        }
    }
}

/// The number of Latin words of `text` (addresses and codes left out). Linear.
pub(crate) fn count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, true, |_, _| n += 1);
    n
}

/// Scores the Latin words of `text` for every compiled language. With `malay`, the Malay/Indonesian
/// marker log-odds are summed too. Worst case linear in `text.len()`.
pub(crate) fn score(text: &str, malay: bool) -> LatinScores {
    let s = score_words(text, malay, true);
    if s.words > 0 {
        return s;
    }
    // Nothing but addresses and codes: their parts are still the best evidence there is.
    score_words(text, malay, false)
}

fn score_words(text: &str, malay: bool, skip_code: bool) -> LatinScores {
    let m = model();
    let mut out = LatinScores {
        cost: [0.0; K],
        known: [0; K],
        words: 0,
        letters: 0,
        malay_markers: 0.0,
    };
    let mut chars = Vec::with_capacity(MAX_WORD + 3);
    let mut wc = [0f32; K];
    for_each_word(text, skip_code, |w, case| {
        out.words += 1;
        out.letters += w.chars().count();
        let listed = m.words.get(w);
        let weight = match (case, listed) {
            // A capitalised word in no list is most likely a name: little evidence either way.
            (Case::Capitalised | Case::Initial, None) => 0.25,
            _ => case.weight(),
        };
        char_cost(m, w, &mut chars, &mut wc);
        if listed.is_some() {
            for (c, oov) in wc.iter_mut().zip(tables::OOV_COST.iter()) {
                *c += oov;
            }
        }
        // A word in no list at all (a name, a rare word) is judged by its letters alone: the languages'
        // different list coverage says nothing about it.
        if let Some(&(off, n)) = listed {
            let e = &tables::BLOB[off as usize..off as usize + 2 * n as usize];
            for pair in e.chunks_exact(2) {
                let (l, cost) = (pair[0] as usize, pair[1] as f32 / tables::SCALE);
                if cost < wc[l] {
                    wc[l] = cost;
                }
                out.known[l] = out.known[l].saturating_add(1);
            }
        }
        for (t, c) in out.cost.iter_mut().zip(wc.iter()) {
            *t += weight * c;
        }
        if malay {
            out.malay_markers += super::malay::word_weight(w);
        }
    });
    out
}

/// Index of a tag in the compiled model.
pub(crate) fn index_of(tag: &str) -> Option<usize> {
    LANGS.iter().position(|&t| t == tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_and_fold() {
        let mut v = Vec::new();
        for_each_word(
            "Don't STOP—mag-aaral, Việt Nam 2024 'quoted' a@b.com TEXT.htm SX40",
            true,
            |w, c| v.push((w.to_string(), c)),
        );
        let words: Vec<&str> = v.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            words,
            ["don't", "stop", "mag", "aaral", "việt", "nam", "quoted"]
        );
        assert_eq!(v[0].1, Case::Initial);
        assert_eq!(v[1].1, Case::Upper);
        assert_eq!(v[4].1, Case::Capitalised);
    }

    #[test]
    fn decomposed_vietnamese_is_composed() {
        let mut v = Vec::new();
        for_each_word("Vie\u{0323}\u{0302}t", true, |w, _| v.push(w.to_string()));
        assert_eq!(v, ["việt"]);
    }

    #[test]
    fn common_words_score_their_language() {
        let en = index_of("en").unwrap();
        let s = score("the house", false);
        let best = (0..K)
            .min_by(|&a, &b| s.cost[a].total_cmp(&s.cost[b]))
            .unwrap();
        assert_eq!(best, en);
        assert_eq!(s.known[en], 2);
    }
}
