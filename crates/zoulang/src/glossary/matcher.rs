//! Finding glossary terms in text: one character-wise double-array Aho-Corasick automaton (`daachorse`)
//! over folded terms, run over folded text, with word-boundary checks for scripts written with spaces.

use std::collections::HashMap;

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::glossary::fold::fold_for_matching;
use crate::glossary::model::{Concept, Glossary, TermKind};
use crate::tag::LanguageTag;
use crate::text::script::letter_script;

/// One term found in a text: byte span in the original text, the text there, the concept id and the
/// language of the glossary term that matched.
///
/// ```
/// let g = zoulang::Glossary::builtin();
/// let m = &g.find("老撾")[0];
/// assert_eq!((m.start, m.end, m.id.as_str()), (0, 6, "country_laos"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TermMatch {
    /// Byte offset of the start, in the text given.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The matched text as it stands in the input.
    pub text: String,
    /// The concept id.
    pub id: String,
    /// The language of the matching glossary term.
    pub lang: LanguageTag,
}

/// What one automaton pattern stands for (the boundary flags live in the automaton's value bits, so a scan
/// reads this only for matches it keeps).
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    /// Concept index.
    pub concept: u32,
    /// Term index within the concept.
    pub term: u32,
    /// The concept id.
    pub id: String,
    /// The term's language.
    pub lang: LanguageTag,
    /// Other spellings of the concept with the same folded form, with their languages (usually none).
    pub alts: Vec<(String, LanguageTag)>,
}

impl Pattern {
    /// The language of the spelling `matched` (as it stands in the text), else the pattern's own.
    pub(crate) fn lang_of(&self, matched: &str) -> LanguageTag {
        if self.alts.is_empty() {
            return self.lang;
        }
        let m = matched.to_lowercase();
        self.alts
            .iter()
            .find(|(t, _)| *t == m)
            .map_or(self.lang, |&(_, l)| l)
    }
}

/// Value bit: the pattern starts with a word character of a spaced script (needs a boundary before it).
const BOUND_START: u32 = 1 << 31;
/// Value bit: the pattern ends with such a character (needs a boundary after it).
const BOUND_END: u32 = 1 << 30;
/// Value bits of the pattern index.
const INDEX: u32 = BOUND_END - 1;

/// A match in terms of concept and term indices, with its byte span in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub concept: usize,
    pub term: usize,
}

/// The compiled finder of a [`Glossary`].
#[derive(Clone)]
pub(crate) struct Matcher {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    patterns: Vec<Pattern>,
    keys: HashMap<String, u32>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Matcher({} patterns)", self.patterns.len())
    }
}

/// Whether `c` is a word character of a script written with spaces between words.
pub(crate) fn spaced_word_char(c: char) -> bool {
    if !(c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)) {
        return false;
    }
    !matches!(
        letter_script(c),
        Some("Han" | "Thai" | "Lao" | "Khmer" | "Myanmar" | "Hiragana" | "Katakana")
    )
}

impl Matcher {
    /// Builds the automaton: folds every term; the first concept (in glossary order) to claim a folded
    /// form keeps it. O(total term length).
    pub(crate) fn build(concepts: &[Concept]) -> Result<Matcher> {
        let mut keys: HashMap<String, u32> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let folded_terms = fold_terms(concepts);
        let mut next = folded_terms.iter();
        for (ci, c) in concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                let folded = next.next().expect("one folded form per term").trim();
                if folded.is_empty() {
                    continue;
                }
                if let Some(&v) = keys.get(folded) {
                    // Another spelling of a form already claimed (老撾 and 寮國 both fold to 老挝): within
                    // the same concept, remember it so a match can report the language it is written in.
                    let p: &mut Pattern = &mut patterns[(v & INDEX) as usize];
                    if p.concept == ci as u32 && t.lang != p.lang {
                        if p.alts.is_empty() {
                            let first = &c.terms[p.term as usize];
                            p.alts.push((first.text.to_lowercase(), first.lang));
                        }
                        p.alts.push((t.text.to_lowercase(), t.lang));
                    }
                    continue;
                }
                if patterns.len() as u32 > INDEX {
                    return Err(Error::TooLarge {
                        what: "glossary",
                        size: patterns.len(),
                        limit: INDEX as usize,
                    });
                }
                let mut v = patterns.len() as u32;
                if folded.chars().next().is_some_and(spaced_word_char) {
                    v |= BOUND_START;
                }
                if folded.chars().next_back().is_some_and(spaced_word_char) {
                    v |= BOUND_END;
                }
                patterns.push(Pattern {
                    concept: ci as u32,
                    term: ti as u32,
                    id: c.id.clone(),
                    lang: t.lang,
                    alts: Vec::new(),
                });
                keys.insert(folded.to_string(), v);
            }
        }
        let ac = if keys.is_empty() {
            None
        } else {
            Some(
                CharwiseDoubleArrayAhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build_with_values(sorted_keys(&keys))
                    .map_err(|e| {
                        Error::InvalidArgument(format!("cannot compile the glossary's terms: {e}"))
                    })?,
            )
        };
        Ok(Matcher { ac, patterns, keys })
    }

    /// The concept and term whose folded form equals the folded `term`.
    pub(crate) fn exact(&self, term: &str) -> Option<(usize, usize)> {
        let folded = fold_for_matching(term).0;
        let p = &self.patterns[(*self.keys.get(folded.trim())? & INDEX) as usize];
        Some((p.concept as usize, p.term as usize))
    }

    /// Calls `f(start, end, pattern)` for every match, leftmost-longest, non-overlapping, spans in `text`.
    pub(crate) fn for_each(&self, text: &str, mut f: impl FnMut(usize, usize, &Pattern)) {
        let Some(ac) = &self.ac else {
            return;
        };
        // Line-aligned chunks keep the folded text and its map small enough to stay in cache beside the
        // automaton; no term spans a line break, so no match is lost at a chunk edge.
        // Each chunk is scanned first and its matches handled after, so that nothing evicts the automaton's
        // states from the cache while it runs.
        let mut base = 0;
        let mut found: Vec<(usize, usize, u32)> = Vec::new();
        while base < text.len() {
            let end = chunk_end(text, base);
            let (folded, map) = fold_for_matching(&text[base..end]);
            found.clear();
            Self::scan(ac, &folded, |s, e, v| found.push((s, e, v)));
            for &(s, e, v) in &found {
                let span = map.to_source(s..e);
                f(
                    base + span.start,
                    base + span.end,
                    &self.patterns[(v & INDEX) as usize],
                );
            }
            base = end;
        }
    }

    /// All matches as concept and term indices.
    pub(crate) fn find_raw(&self, text: &str) -> Vec<RawMatch> {
        let mut out = Vec::new();
        self.for_each(text, |start, end, p| {
            out.push(RawMatch {
                start,
                end,
                concept: p.concept as usize,
                term: p.term as usize,
            })
        });
        out
    }

    fn boundary_ok(folded: &str, s: usize, e: usize, v: u32) -> bool {
        if v & BOUND_START != 0
            && folded[..s]
                .chars()
                .next_back()
                .is_some_and(spaced_word_char)
        {
            return false;
        }
        if v & BOUND_END != 0 && folded[e..].chars().next().is_some_and(spaced_word_char) {
            return false;
        }
        true
    }

    /// Leftmost-longest scan that skips matches without word boundaries; after a rejected match it tries
    /// the shorter matches at the same start, then resumes one character later.
    fn scan(
        ac: &CharwiseDoubleArrayAhoCorasick<u32>,
        folded: &str,
        mut emit: impl FnMut(usize, usize, u32),
    ) {
        let mut base = 0;
        'outer: while base < folded.len() {
            for m in ac.leftmost_find_iter(&folded[base..]) {
                let (s, e) = (base + m.start(), base + m.end());
                let v = m.value();
                if Self::boundary_ok(folded, s, e, v) {
                    emit(s, e, v);
                    continue;
                }
                // No match can start inside the word at `s` (its characters all need a boundary before
                // them): when the rejected match ends within that word the iterator simply goes on;
                // otherwise the search resumes at the word's end.
                let w = word_end(folded, s);
                if v & BOUND_START != 0
                    && folded[..s]
                        .chars()
                        .next_back()
                        .is_some_and(spaced_word_char)
                {
                    // Every candidate at `s` shares its first character and fails alike.
                    if e <= w {
                        continue;
                    }
                    base = w;
                    continue 'outer;
                }
                // Shorter candidates starting at `s`.
                let mut limit = e;
                while let Some(prev) = folded[s..limit].chars().next_back() {
                    limit -= prev.len_utf8();
                    if limit <= s {
                        break;
                    }
                    let Some(m2) = ac.leftmost_find_iter(&folded[s..limit]).next() else {
                        break;
                    };
                    if m2.start() != 0 {
                        break;
                    }
                    let e2 = s + m2.end();
                    let v2 = m2.value();
                    if Self::boundary_ok(folded, s, e2, v2) {
                        emit(s, e2, v2);
                        base = e2;
                        continue 'outer;
                    }
                    limit = e2;
                }
                if e <= w {
                    continue;
                }
                base = w;
                continue 'outer;
            }
            break;
        }
    }
}

/// Every term folded, in glossary order: all terms folded as one text, a line each, so that the folding's
/// per-call costs are paid once (terms holding a line break are folded on their own).
fn fold_terms(concepts: &[Concept]) -> Vec<String> {
    let terms: Vec<&str> = concepts
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| t.text.as_str()))
        .collect();
    let joinable = |t: &str| !t.contains(['\n', '\r']);
    let mut joined = String::with_capacity(terms.iter().map(|t| t.len() + 1).sum());
    for t in terms.iter().filter(|t| joinable(t)) {
        joined.push_str(t);
        joined.push('\n');
    }
    let folded = fold_for_matching(&joined).0;
    let mut lines = folded.split('\n');
    terms
        .iter()
        .map(|t| {
            if joinable(t) {
                lines.next().unwrap_or_default().to_string()
            } else {
                fold_for_matching(t).0
            }
        })
        .collect()
}

/// The patterns in lexical order: the automaton's states then lie in trie order, which keeps the states a
/// scan visits together close in memory (random order makes scans about twice as slow).
fn sorted_keys(keys: &HashMap<String, u32>) -> Vec<(&str, u32)> {
    let mut v: Vec<(&str, u32)> = keys.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    v.sort_unstable();
    v
}

/// Chunks of about this many bytes, cut after a line break.
const CHUNK: usize = 32 * 1024;

/// The end of the chunk starting at `start`: just after the first `\n` at or past `start + CHUNK`, or
/// the end of the text.
fn chunk_end(text: &str, start: usize) -> usize {
    if text.len() - start <= CHUNK {
        return text.len();
    }
    let from = start + CHUNK;
    text.as_bytes()[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| from + i + 1)
}

/// The end of the word of spaced-script word characters at `s`, or the next character when `s` is not in
/// one.
fn word_end(folded: &str, s: usize) -> usize {
    let mut chars = folded[s..].char_indices();
    match chars.next() {
        None => folded.len(),
        Some((_, c)) if !spaced_word_char(c) => s + c.len_utf8(),
        Some(_) => chars
            .find(|(_, c)| !spaced_word_char(*c))
            .map_or(folded.len(), |(o, _)| s + o),
    }
}

impl Glossary {
    /// Finds every glossary term in `text`: leftmost-longest, non-overlapping, case-, width-, dash- and
    /// quote-insensitive, Chinese in any script or regional phrasing; terms of space-separated scripts
    /// match only at word boundaries ("Ti" never inside "Tiếng"); Han, Thai, Lao, Khmer and Burmese terms
    /// match anywhere. Spans are byte offsets into `text`.
    ///
    /// Worst case O(|text| · L) for the longest term length L (typically linear); the automaton is
    /// compiled on the first call.
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// let text = "Tiếng Lào: ລາວ, 寮國 and ASEAN";
    /// let ids: Vec<_> = g.find(text).into_iter().map(|m| (m.text, m.id)).collect();
    /// assert!(ids.contains(&("ລາວ".to_string(), "country_laos".to_string())));
    /// assert!(ids.contains(&("寮國".to_string(), "country_laos".to_string())));
    /// assert!(ids.iter().all(|(t, _)| t != "Ti"));
    /// ```
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let mut out = Vec::new();
        self.matcher().for_each(text, |start, end, p| {
            out.push(TermMatch {
                start,
                end,
                text: text[start..end].to_string(),
                id: p.id.clone(),
                lang: p.lang_of(&text[start..end]),
            })
        });
        out
    }

    /// [`Glossary::find`] on many texts in parallel (rayon), in order. Same complexity per text.
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// let found = g.find_batch(&["Laos", "no terms here", "老撾"]);
    /// assert_eq!(found.iter().map(Vec::len).collect::<Vec<_>>(), [1, 0, 1]);
    /// ```
    pub fn find_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Vec<TermMatch>> {
        use rayon::prelude::*;
        texts.par_iter().map(|t| self.find(t.as_ref())).collect()
    }

    /// Finds terms and also says which glossary term matched and whether it is forbidden.
    pub(crate) fn find_raw(&self, text: &str) -> Vec<RawMatch> {
        self.matcher().find_raw(text)
    }

    /// Whether the term at `(concept, term)` is forbidden.
    pub(crate) fn is_forbidden(&self, concept: usize, term: usize) -> bool {
        self.concepts()[concept].terms[term].kind == TermKind::Forbidden
    }
}
