//! Glossary evidence: a term and its translation found on both sides give a shared key. A [`Glossary`] is
//! evidence as it stands (its terms in every language and script, keyed by concept id); [`TermPairs`] takes
//! any list of `(source term, target term, id)` triples.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};

use super::{Evidence, KeyKind, Side, TokenSink, key};
use crate::{Error, Glossary, Result};

/// Term pairs found by leftmost-longest matching on each side (case-insensitive on alphabetic text).
///
/// ```
/// use zoulang::align::{Evidence, Side, TermPairs, TokenSink};
/// let g = TermPairs::new([("东盟", "ASEAN", "asean"), ("信息港", "Information Harbor", "harbor")]).unwrap();
/// let (mut a, mut b) = (TokenSink::default(), TokenSink::default());
/// g.tokens("中国—东盟信息港", Side::Src, &mut a);
/// g.tokens("China-ASEAN Information Harbor", Side::Tgt, &mut b);
/// assert_eq!(a.tokens().collect::<Vec<_>>(), b.tokens().collect::<Vec<_>>());
/// ```
pub struct TermPairs {
    src: CharwiseDoubleArrayAhoCorasick<u32>,
    tgt: CharwiseDoubleArrayAhoCorasick<u32>,
    ids: Vec<u64>,
}

impl std::fmt::Debug for TermPairs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TermPairs")
            .field("pairs", &self.ids.len())
            .finish()
    }
}

impl TermPairs {
    /// Builds the matcher from `(source term, target term, entry id)` triples. Terms are lower-cased.
    ///
    /// O(total term length). Fails on an empty list or an empty term.
    pub fn new<'a, I>(pairs: I) -> Result<TermPairs>
    where
        I: IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    {
        let mut src = Vec::new();
        let mut tgt = Vec::new();
        let mut ids = Vec::new();
        for (i, (s, t, id)) in pairs.into_iter().enumerate() {
            if s.trim().is_empty() || t.trim().is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "glossary pair {i} has an empty term"
                )));
            }
            src.push((s.to_lowercase(), i as u32));
            tgt.push((t.to_lowercase(), i as u32));
            ids.push(key(KeyKind::Term, id));
        }
        let build = |pats: Vec<(String, u32)>| {
            CharwiseDoubleArrayAhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build_with_values(pats)
                .map_err(|e| Error::InvalidArgument(format!("glossary terms: {e}")))
        };
        Ok(TermPairs {
            src: build(src)?,
            tgt: build(tgt)?,
            ids,
        })
    }
}

impl Evidence for TermPairs {
    fn name(&self) -> &str {
        "glossary"
    }

    fn tokens(&self, sentence: &str, side: Side, sink: &mut TokenSink) {
        let lower = sentence.to_lowercase();
        let pma = if side == Side::Src {
            &self.src
        } else {
            &self.tgt
        };
        for m in pma.leftmost_find_iter(&lower) {
            if let Some(&k) = self.ids.get(m.value() as usize) {
                sink.push(&[k]);
            }
        }
    }
}

/// A glossary is evidence: every term [`Glossary::find`] finds (any language, any Chinese script or regional
/// phrasing) gives its token the key of its concept id, so 老撾 on one side meets Laos on the other.
/// Matching is O(sentence length · longest term).
///
/// ```
/// use zoulang::Glossary;
/// use zoulang::align::{Evidence, Side, TokenSink};
/// let g = Glossary::builtin();
/// let (mut a, mut b) = (TokenSink::default(), TokenSink::default());
/// g.tokens("中國—東盟資訊港在老撾", Side::Src, &mut a);
/// g.tokens("the China-ASEAN Information Harbor in Laos", Side::Tgt, &mut b);
/// assert_eq!(a.len(), 2);
/// assert_eq!(a.tokens().collect::<Vec<_>>(), b.tokens().collect::<Vec<_>>());
/// ```
impl Evidence for Glossary {
    fn name(&self) -> &str {
        "glossary"
    }

    fn tokens(&self, sentence: &str, _side: Side, sink: &mut TokenSink) {
        let concepts = self.concepts();
        for m in self.find_raw(sentence) {
            if let Some(c) = concepts.get(m.concept) {
                sink.push(&[key(KeyKind::Term, &c.id)]);
            }
        }
    }
}
