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

/// What one automaton pattern stands for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pattern {
    /// Concept index.
    pub concept: u32,
    /// Term index within the concept.
    pub term: u32,
    /// The pattern starts with a word character of a spaced script (needs a boundary before it).
    pub bound_start: bool,
    /// The pattern ends with such a character (needs a boundary after it).
    pub bound_end: bool,
}

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
        let mut patterns = Vec::new();
        let mut patvals: Vec<(String, u32)> = Vec::new();
        for (ci, c) in concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                let folded = fold_for_matching(&t.text).0;
                let folded = folded.trim();
                if folded.is_empty() || keys.contains_key(folded) {
                    continue;
                }
                let id = patterns.len() as u32;
                patterns.push(Pattern {
                    concept: ci as u32,
                    term: ti as u32,
                    bound_start: folded.chars().next().is_some_and(spaced_word_char),
                    bound_end: folded.chars().next_back().is_some_and(spaced_word_char),
                });
                keys.insert(folded.to_string(), id);
                patvals.push((folded.to_string(), id));
            }
        }
        let ac = if patvals.is_empty() {
            None
        } else {
            Some(
                CharwiseDoubleArrayAhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build_with_values(patvals)
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
        let p = self.patterns[*self.keys.get(folded.trim())? as usize];
        Some((p.concept as usize, p.term as usize))
    }

    /// All matches, leftmost-longest, non-overlapping, spans in `text`.
    pub(crate) fn find_raw(&self, text: &str) -> Vec<RawMatch> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let (folded, map) = fold_for_matching(text);
        let mut out = Vec::new();
        self.scan(ac, &folded, |s, e, p| {
            let span = map.to_source(s..e);
            out.push(RawMatch {
                start: span.start,
                end: span.end,
                concept: p.concept as usize,
                term: p.term as usize,
            });
        });
        out
    }

    fn boundary_ok(folded: &str, s: usize, e: usize, p: &Pattern) -> bool {
        if p.bound_start
            && folded[..s]
                .chars()
                .next_back()
                .is_some_and(spaced_word_char)
        {
            return false;
        }
        if p.bound_end && folded[e..].chars().next().is_some_and(spaced_word_char) {
            return false;
        }
        true
    }

    /// Leftmost-longest scan that skips matches without word boundaries; after a rejected match it tries
    /// the shorter matches at the same start, then resumes one character later.
    fn scan(
        &self,
        ac: &CharwiseDoubleArrayAhoCorasick<u32>,
        folded: &str,
        mut emit: impl FnMut(usize, usize, &Pattern),
    ) {
        let mut base = 0;
        'outer: while base < folded.len() {
            for m in ac.leftmost_find_iter(&folded[base..]) {
                let (s, e) = (base + m.start(), base + m.end());
                let p = &self.patterns[m.value() as usize];
                if Self::boundary_ok(folded, s, e, p) {
                    emit(s, e, p);
                    continue;
                }
                // Shorter candidates starting at `s`.
                let mut limit = e;
                loop {
                    let Some(prev) = folded[s..limit].chars().next_back() else {
                        break;
                    };
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
                    let p2 = &self.patterns[m2.value() as usize];
                    if Self::boundary_ok(folded, s, e2, p2) {
                        emit(s, e2, p2);
                        base = e2;
                        continue 'outer;
                    }
                    limit = e2;
                }
                base = s + folded[s..].chars().next().map_or(1, char::len_utf8);
                continue 'outer;
            }
            break;
        }
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
        self.matcher()
            .find_raw(text)
            .into_iter()
            .map(|m| self.to_match(text, &m))
            .collect()
    }

    pub(crate) fn to_match(&self, text: &str, m: &RawMatch) -> TermMatch {
        let c = &self.concepts()[m.concept];
        TermMatch {
            start: m.start,
            end: m.end,
            text: text[m.start..m.end].to_string(),
            id: c.id.clone(),
            lang: c.terms[m.term].lang,
        }
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
