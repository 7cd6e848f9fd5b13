//! [`OffsetMap`]: the one type that ties every transformed text back to the text it was made from.
//!
//! A transformation (normalisation, conversion, folding) is described as a sequence of segments. A **copy**
//! segment passes text through unchanged (any position inside it maps one to one); a **replace** segment turns
//! `source_len` units into `target_len` units as an indivisible whole (either length may be zero: deletion or
//! insertion). Spans are half-open `[start, end)`. In Rust the unit is the byte; [`OffsetMap::to_char_units`]
//! re-expresses a map in Unicode code points, the unit of Python and the command line.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// One segment of an [`OffsetMap`]: where it starts on each side and whether it is a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Start in the source text.
    pub source: usize,
    /// Start in the target (transformed) text.
    pub target: usize,
    /// `true` when the segment copies source to target unchanged.
    pub copy: bool,
}

/// Maps spans of a transformed text (the *target*) back to the text it came from (the *source*), and back.
///
/// A span that covers only part of a replace segment widens to the whole segment on the other side, so a
/// match found in converted or normalised text always maps to the complete original characters.
///
/// ```
/// use zoulang::OffsetMap;
/// // "ＡＢ c" → "AB c": two full-width letters (3 bytes each) became one byte each.
/// let mut b = OffsetMap::builder();
/// b.replace(3, 1);
/// b.replace(3, 1);
/// b.copy(2);
/// let map = b.finish();
/// assert_eq!(map.to_source(0..2), 0..6);
/// assert_eq!(map.to_source(3..4), 7..8);
/// assert_eq!(map.to_target(0..3), 0..1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawOffsetMap")]
pub struct OffsetMap {
    segments: Vec<Segment>,
    source_len: usize,
    target_len: usize,
}

/// The unchecked shape of an [`OffsetMap`], validated on deserialisation.
#[derive(Deserialize)]
struct RawOffsetMap {
    segments: Vec<Segment>,
    source_len: usize,
    target_len: usize,
}

impl TryFrom<RawOffsetMap> for OffsetMap {
    type Error = crate::Error;
    fn try_from(r: RawOffsetMap) -> crate::Result<OffsetMap> {
        OffsetMap::from_segments(r.segments, r.source_len, r.target_len)
    }
}

/// Builds an [`OffsetMap`] left to right. Adjacent copies merge; empty segments are skipped.
///
/// ```
/// let mut b = zoulang::OffsetMap::builder();
/// b.copy(3);
/// b.copy(2);
/// b.replace(1, 0);
/// let m = b.finish();
/// assert_eq!((m.source_len(), m.target_len()), (6, 5));
/// assert_eq!(m.segments().len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct OffsetMapBuilder {
    segments: Vec<Segment>,
    source: usize,
    target: usize,
}

impl OffsetMapBuilder {
    /// Appends `len` units copied unchanged.
    pub fn copy(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        if !self.segments.last().is_some_and(|s| s.copy) {
            self.segments.push(Segment {
                source: self.source,
                target: self.target,
                copy: true,
            });
        }
        self.source += len;
        self.target += len;
    }

    /// Appends an indivisible replacement of `source_len` units by `target_len` units.
    pub fn replace(&mut self, source_len: usize, target_len: usize) {
        if source_len == 0 && target_len == 0 {
            return;
        }
        self.segments.push(Segment {
            source: self.source,
            target: self.target,
            copy: false,
        });
        self.source += source_len;
        self.target += target_len;
    }

    /// Appends `source` → `target` text, as a copy when they are equal and a replacement otherwise.
    pub fn push_str_pair(&mut self, source: &str, target: &str) {
        if source == target {
            self.copy(source.len());
        } else {
            self.replace(source.len(), target.len());
        }
    }

    /// Lengths so far: `(source, target)`.
    pub fn lens(&self) -> (usize, usize) {
        (self.source, self.target)
    }

    /// The segments so far (the map's segments once finished).
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.copy(2);
    /// b.replace(3, 1);
    /// assert_eq!(b.segments().len(), 2);
    /// assert!(b.segments()[0].copy && !b.segments()[1].copy);
    /// ```
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Empties the builder and keeps its memory, to build many maps with one buffer. O(1).
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.replace(3, 1);
    /// b.clear();
    /// b.copy(2);
    /// assert_eq!((b.lens(), b.segments().len()), ((2, 2), 1));
    /// ```
    pub fn clear(&mut self) {
        self.segments.clear();
        self.source = 0;
        self.target = 0;
    }

    /// Finishes the map.
    pub fn finish(self) -> OffsetMap {
        OffsetMap {
            segments: self.segments,
            source_len: self.source,
            target_len: self.target,
        }
    }
}

impl OffsetMap {
    /// A builder for a new map.
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.copy(4);
    /// assert_eq!(b.finish(), zoulang::OffsetMap::identity(4));
    /// ```
    pub fn builder() -> OffsetMapBuilder {
        OffsetMapBuilder::default()
    }

    /// Rebuilds a map from its parts (as given by [`OffsetMap::segments`]), checking that they describe a
    /// valid map: the first segment starts at 0/0, starts never decrease, copy segments have equal lengths on
    /// both sides, and every segment is non-empty on at least one side. O(s) for s segments.
    ///
    /// ```
    /// use zoulang::{OffsetMap, Segment};
    /// let m = OffsetMap::identity(3);
    /// let again = OffsetMap::from_segments(m.segments().to_vec(), 3, 3).unwrap();
    /// assert_eq!(again, m);
    /// assert!(OffsetMap::from_segments(vec![], 2, 2).is_err());
    /// ```
    pub fn from_segments(
        segments: Vec<Segment>,
        source_len: usize,
        target_len: usize,
    ) -> crate::Result<OffsetMap> {
        let bad = |why: String| {
            Err(crate::Error::InvalidArgument(format!(
                "invalid offset map: {why}"
            )))
        };
        if segments.is_empty() {
            if source_len != 0 || target_len != 0 {
                return bad(format!("no segments for lengths {source_len}/{target_len}"));
            }
            return Ok(OffsetMap {
                segments,
                source_len,
                target_len,
            });
        }
        if segments[0].source != 0 || segments[0].target != 0 {
            return bad("the first segment must start at 0/0".into());
        }
        let end = Segment {
            source: source_len,
            target: target_len,
            copy: false,
        };
        for (k, s) in segments.iter().enumerate() {
            let e = segments.get(k + 1).unwrap_or(&end);
            if e.source < s.source || e.target < s.target {
                return bad(format!("segment {k} ends before it starts"));
            }
            let (sl, tl) = (e.source - s.source, e.target - s.target);
            if sl == 0 && tl == 0 {
                return bad(format!("segment {k} is empty"));
            }
            if s.copy && sl != tl {
                return bad(format!("copy segment {k} has lengths {sl} and {tl}"));
            }
        }
        Ok(OffsetMap {
            segments,
            source_len,
            target_len,
        })
    }

    /// The map of an unchanged text of `len` units.
    ///
    /// ```
    /// let m = zoulang::OffsetMap::identity(5);
    /// assert_eq!(m.to_source(1..3), 1..3);
    /// assert!(m.is_identity());
    /// ```
    pub fn identity(len: usize) -> OffsetMap {
        let mut b = Self::builder();
        b.copy(len);
        b.finish()
    }

    /// Length of the source text.
    pub fn source_len(&self) -> usize {
        self.source_len
    }

    /// Length of the target text.
    pub fn target_len(&self) -> usize {
        self.target_len
    }

    /// The segments, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Whether the target is the source unchanged.
    pub fn is_identity(&self) -> bool {
        self.segments.iter().all(|s| s.copy) && self.source_len == self.target_len
    }

    fn seg_end(&self, k: usize) -> Segment {
        self.segments.get(k + 1).copied().unwrap_or(Segment {
            source: self.source_len,
            target: self.target_len,
            copy: false,
        })
    }

    /// Maps a target span back to the source span it came from.
    ///
    /// An empty span maps to an empty span. This method never fails: it **clamps** a span it cannot map
    /// as given, silently. A span reaching past the end of the target text is cut at the end (`2..99` maps
    /// as `2..target_len`), and a reversed span (`start > end`) maps as the empty span at `start` (itself
    /// cut at the end). Where such a span would be a caller's mistake, use [`OffsetMap::try_to_source`],
    /// which rejects it. O(log s) for s segments.
    ///
    /// ```
    /// use zoulang::normalize::{normalize_with_offsets, NormalizeOptions};
    /// let text = "中国—东盟 ＡＩ";
    /// let (out, map) = normalize_with_offsets(text, &NormalizeOptions::nfkc());
    /// let i = out.find("AI").unwrap();
    /// let src = map.to_source(i..i + 2);
    /// assert_eq!(&text[src], "ＡＩ");
    /// ```
    pub fn to_source(&self, span: Range<usize>) -> Range<usize> {
        self.map(span, false)
    }

    /// Maps a source span to the target span it became. O(log s) for s segments.
    ///
    /// Clamps as [`OffsetMap::to_source`] does (to the source text's length); [`OffsetMap::try_to_target`]
    /// rejects what this clamps.
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.copy(2);
    /// b.replace(3, 1);
    /// assert_eq!(b.finish().to_target(2..5), 2..3);
    /// ```
    pub fn to_target(&self, span: Range<usize>) -> Range<usize> {
        self.map(span, true)
    }

    /// Like [`OffsetMap::to_source`], but a span that is reversed or reaches past the end of the target
    /// text is an error instead of being clamped. O(log s).
    ///
    /// Errors: [`crate::Error::InvalidArgument`] naming the span and the target text's length.
    ///
    /// ```
    /// let m = zoulang::OffsetMap::identity(5);
    /// assert_eq!(m.try_to_source(1..3).unwrap(), 1..3);
    /// assert_eq!(m.to_source(3..9), 3..5); // clamped
    /// assert!(m.try_to_source(3..9).is_err());
    /// assert!(m.try_to_source(3..1).is_err());
    /// ```
    pub fn try_to_source(&self, span: Range<usize>) -> crate::Result<Range<usize>> {
        check_span(&span, self.target_len, "target")?;
        Ok(self.map(span, false))
    }

    /// Like [`OffsetMap::to_target`], but a span that is reversed or reaches past the end of the source
    /// text is an error instead of being clamped. O(log s).
    ///
    /// Errors: [`crate::Error::InvalidArgument`] naming the span and the source text's length.
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.copy(2);
    /// b.replace(3, 1);
    /// let m = b.finish();
    /// assert_eq!(m.try_to_target(2..5).unwrap(), 2..3);
    /// assert!(m.try_to_target(2..6).is_err());
    /// ```
    pub fn try_to_target(&self, span: Range<usize>) -> crate::Result<Range<usize>> {
        check_span(&span, self.source_len, "source")?;
        Ok(self.map(span, true))
    }

    /// Maps one target position to the source (the start of a replace segment for positions inside it).
    /// A position past the end clamps to the end of the source. O(log s).
    ///
    /// ```
    /// assert_eq!(zoulang::OffsetMap::identity(3).to_source_offset(2), 2);
    /// ```
    pub fn to_source_offset(&self, pos: usize) -> usize {
        self.map(pos..pos, false).start
    }

    fn map(&self, span: Range<usize>, forward: bool) -> Range<usize> {
        let (from_len, to_len) = if forward {
            (self.source_len, self.target_len)
        } else {
            (self.target_len, self.source_len)
        };
        let from = |s: &Segment| if forward { s.source } else { s.target };
        let to = |s: &Segment| if forward { s.target } else { s.source };
        let a = span.start.min(from_len);
        let b = span.end.min(from_len).max(a);
        let start = if a >= from_len {
            to_len
        } else {
            // The last segment starting at or before `a`: it is non-empty on this side and contains `a`.
            let k = self.segments.partition_point(|s| from(s) <= a) - 1;
            let s = &self.segments[k];
            if s.copy { to(s) + (a - from(s)) } else { to(s) }
        };
        if a == b {
            return start..start;
        }
        // The last segment starting before `b`: it contains `b - 1`.
        let k = self.segments.partition_point(|s| from(s) < b) - 1;
        let s = &self.segments[k];
        let end = if s.copy {
            to(s) + (b - from(s))
        } else {
            to(&self.seg_end(k))
        };
        start..end.max(start)
    }

    /// Composes two maps: `self` maps source → middle, `then` maps middle → target; the result maps
    /// source → target. Replacements that overlap merge into one, so round trips stay exact. O(s₁ + s₂) for
    /// the two maps' segment counts.
    ///
    /// # Panics
    ///
    /// If `self`'s target length differs from `then`'s source length (maps of unrelated texts: a programming
    /// error; the Python face checks it and raises `ArgumentError`).
    ///
    /// ```
    /// use zoulang::OffsetMap;
    /// let mut a = OffsetMap::builder(); // "ＡB" → "AB"
    /// a.replace(3, 1);
    /// a.copy(1);
    /// let mut b = OffsetMap::builder(); // "AB" → "ab" (second letter only changes)
    /// b.copy(1);
    /// b.replace(1, 1);
    /// let m = a.finish().then(&b.finish());
    /// assert_eq!((m.source_len(), m.target_len()), (4, 2));
    /// assert_eq!(m.to_source(1..2), 3..4);
    /// ```
    pub fn then(&self, then: &OffsetMap) -> OffsetMap {
        assert_eq!(
            self.target_len, then.source_len,
            "OffsetMap::then: the first map's target must be the second map's source"
        );
        // Segments as (source_len, mid_len, copy) for the inner map and (mid_len, target_len, copy) for the
        // outer one; swept together along the middle text.
        let lens = |m: &OffsetMap| -> Vec<(usize, usize, bool)> {
            (0..m.segments.len())
                .map(|k| {
                    let s = m.segments[k];
                    let e = m.seg_end(k);
                    (e.source - s.source, e.target - s.target, s.copy)
                })
                .collect()
        };
        let inner = lens(self);
        let outer = lens(then);
        let mut out = OffsetMap::builder();
        let (mut i, mut oi, mut j, mut oj) = (0usize, 0usize, 0usize, 0usize);
        let (mut open, mut acc_s, mut acc_t) = (false, 0usize, 0usize);
        loop {
            let cut_i = i >= inner.len() || oi == 0 || inner[i].2;
            let cut_j = j >= outer.len() || oj == 0 || outer[j].2;
            if open && cut_i && cut_j {
                out.replace(acc_s, acc_t);
                (open, acc_s, acc_t) = (false, 0, 0);
            }
            if i >= inner.len() && j >= outer.len() {
                break;
            }
            if i < inner.len() && inner[i].1 == 0 {
                acc_s += inner[i].0;
                open = true;
                i += 1;
                continue;
            }
            if j < outer.len() && outer[j].0 == 0 {
                acc_t += outer[j].1;
                open = true;
                j += 1;
                continue;
            }
            // Both have middle text left (their middle lengths are equal).
            let (is, im, ic) = inner[i];
            let (om, ot, oc) = outer[j];
            let k = (im - oi).min(om - oj);
            if ic && oc && !open {
                out.copy(k);
            } else {
                open = true;
                if oi == 0 && !ic {
                    acc_s += is;
                }
                if oj == 0 && !oc {
                    acc_t += ot;
                }
                if ic {
                    acc_s += k;
                }
                if oc {
                    acc_t += k;
                }
            }
            oi += k;
            oj += k;
            if oi == im {
                i += 1;
                oi = 0;
            }
            if oj == om {
                j += 1;
                oj = 0;
            }
        }
        out.finish()
    }

    /// The inverse map (target → source becomes source → target). O(s).
    ///
    /// ```
    /// let mut b = zoulang::OffsetMap::builder();
    /// b.replace(3, 1);
    /// let inv = b.finish().inverse();
    /// assert_eq!((inv.source_len(), inv.target_len()), (1, 3));
    /// ```
    pub fn inverse(&self) -> OffsetMap {
        OffsetMap {
            segments: self
                .segments
                .iter()
                .map(|s| Segment {
                    source: s.target,
                    target: s.source,
                    copy: s.copy,
                })
                .collect(),
            source_len: self.target_len,
            target_len: self.source_len,
        }
    }

    /// Re-expresses a byte map in Unicode code points, given the source and target texts it describes.
    ///
    /// Runs in one pass over both texts: O(n + m + s). Panics only if the texts are not the ones the map
    /// was built for (a programming error, not an input error).
    ///
    /// ```
    /// use zoulang::normalize::{normalize_with_offsets, NormalizeOptions};
    /// let src = "ＡＢ中";
    /// let (out, map) = normalize_with_offsets(src, &NormalizeOptions::nfkc());
    /// let chars = map.to_char_units(src, &out);
    /// assert_eq!(chars.to_source(0..2), 0..2);
    /// assert_eq!(chars.target_len(), 3);
    /// ```
    pub fn to_char_units(&self, source: &str, target: &str) -> OffsetMap {
        assert_eq!(
            source.len(),
            self.source_len,
            "to_char_units: source text does not match the map"
        );
        assert_eq!(
            target.len(),
            self.target_len,
            "to_char_units: target text does not match the map"
        );
        let mut sc = CharCounter::new(source);
        let mut tc = CharCounter::new(target);
        let segments = self
            .segments
            .iter()
            .map(|s| Segment {
                source: sc.advance_to(s.source),
                target: tc.advance_to(s.target),
                copy: s.copy,
            })
            .collect();
        OffsetMap {
            segments,
            source_len: sc.advance_to(source.len()),
            target_len: tc.advance_to(target.len()),
        }
    }
}

/// Checks that `span` is a span of a text of `len` units (`side` names the text in the message).
fn check_span(span: &Range<usize>, len: usize, side: &str) -> crate::Result<()> {
    if span.start > span.end {
        return Err(crate::Error::InvalidArgument(format!(
            "reversed span: start {} is after end {}",
            span.start, span.end
        )));
    }
    if span.end > len {
        return Err(crate::Error::InvalidArgument(format!(
            "span {}..{}: end {} is past the end of the {side} text (length {len})",
            span.start, span.end, span.end
        )));
    }
    Ok(())
}

/// Counts code points up to increasing byte offsets, in one pass.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }
    fn advance_to(&mut self, byte: usize) -> usize {
        debug_assert!(byte >= self.byte);
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Converts between byte offsets and code point offsets of one text, for many lookups.
///
/// Keeps a checkpoint every 64 code points, so memory is about `chars / 8` bytes and each lookup scans at
/// most 64 characters. ASCII text needs no table at all.
///
/// ```
/// let idx = zoulang::CharIndex::new("a中b");
/// assert_eq!(idx.to_char(4), 2);
/// assert_eq!(idx.to_byte(2), 4);
/// assert_eq!(idx.char_len(), 3);
/// ```
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every 64th code point; empty for ASCII text.
    checkpoints: Vec<usize>,
    char_len: usize,
}

const STRIDE: usize = 64;

impl<'a> CharIndex<'a> {
    /// Indexes `text` (one pass): O(n) time, O(n / 64) memory, none for ASCII.
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                text,
                checkpoints: Vec::new(),
                char_len: text.len(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut n = 0;
        for (b, _) in text.char_indices() {
            if n % STRIDE == 0 {
                checkpoints.push(b);
            }
            n += 1;
        }
        CharIndex {
            text,
            checkpoints,
            char_len: n,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The code point offset of a byte offset (which must lie on a character boundary; offsets inside a
    /// character count the characters that start before it). Offsets past the end clamp to the end.
    /// O(log n + 64).
    pub fn to_char(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte.min(self.text.len());
        }
        let byte = byte.min(self.text.len());
        let k = self.checkpoints.partition_point(|&b| b <= byte) - 1;
        let from = self.checkpoints[k];
        k * STRIDE
            + self.text[from..]
                .char_indices()
                .take_while(|&(b, _)| from + b < byte)
                .count()
    }

    /// The byte offset of a code point offset. Offsets past the end clamp to the end. O(64).
    pub fn to_byte(&self, ch: usize) -> usize {
        if self.checkpoints.is_empty() {
            return ch.min(self.text.len());
        }
        if ch >= self.char_len {
            return self.text.len();
        }
        let from = self.checkpoints[ch / STRIDE];
        let rest = ch % STRIDE;
        from + self.text[from..]
            .char_indices()
            .nth(rest)
            .map_or(self.text.len() - from, |(b, _)| b)
    }

    /// Converts a byte span to a code point span. O(log n + 64).
    pub fn span_to_chars(&self, span: Range<usize>) -> Range<usize> {
        self.to_char(span.start)..self.to_char(span.end)
    }

    /// Converts a code point span to a byte span. O(64).
    pub fn span_to_bytes(&self, span: Range<usize>) -> Range<usize> {
        self.to_byte(span.start)..self.to_byte(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A random edit script: (copy?, source_len, target_len).
    fn edits() -> impl Strategy<Value = Vec<(bool, usize, usize)>> {
        prop::collection::vec((any::<bool>(), 0usize..5, 0usize..5), 0..30)
    }

    fn build(e: &[(bool, usize, usize)]) -> OffsetMap {
        let mut b = OffsetMap::builder();
        for &(c, s, t) in e {
            if c { b.copy(s) } else { b.replace(s, t) }
        }
        b.finish()
    }

    /// Maps every target position to the source with an explicit per-unit table (the slow, obvious way).
    fn brute_units(e: &[(bool, usize, usize)]) -> Vec<(usize, usize)> {
        // For each target unit: the source range of the segment (or unit) it came from.
        let mut v = Vec::new();
        let mut s = 0;
        for &(c, sl, tl) in e {
            if c {
                for k in 0..sl {
                    v.push((s + k, s + k + 1));
                }
                s += sl;
            } else {
                for _ in 0..tl {
                    v.push((s, s + sl));
                }
                s += sl;
            }
        }
        v
    }

    proptest! {
        #[test]
        fn to_source_matches_brute_force(e in edits(), a in 0usize..80, len in 1usize..20) {
            let m = build(&e);
            let units = brute_units(&e);
            prop_assume!(a + len <= units.len());
            let got = m.to_source(a..a + len);
            let want = units[a].0..units[a + len - 1].1;
            prop_assert_eq!(got, want);
        }

        #[test]
        fn identity_then_is_noop(e in edits()) {
            let m = build(&e);
            let left = OffsetMap::identity(m.source_len()).then(&m);
            let right = m.then(&OffsetMap::identity(m.target_len()));
            for a in 0..=m.target_len() {
                for b in a..=m.target_len() {
                    prop_assert_eq!(left.to_source(a..b), m.to_source(a..b));
                    prop_assert_eq!(right.to_source(a..b), m.to_source(a..b));
                }
            }
        }

        #[test]
        fn composition_covers_sequential_mapping(e1 in edits(), e2 in edits()) {
            let m1 = build(&e1);
            // Make m2's source length equal m1's target length by padding with a copy.
            let mut e2 = e2;
            let s2: usize = e2.iter().map(|x| x.1).sum();
            prop_assume!(s2 <= m1.target_len());
            e2.push((true, m1.target_len() - s2, m1.target_len() - s2));
            let m2 = build(&e2);
            let c = m1.then(&m2);
            prop_assert_eq!(c.source_len(), m1.source_len());
            prop_assert_eq!(c.target_len(), m2.target_len());
            for a in 0..m2.target_len() {
                for b in a + 1..=m2.target_len() {
                    let seq = m1.to_source(m2.to_source(a..b));
                    let got = c.to_source(a..b);
                    // The composed map never loses source text the sequential mapping covers.
                    prop_assert!(got.start <= seq.start && got.end >= seq.end, "{:?} vs {:?}", got, seq);
                    // And is exact where both maps copy.
                }
            }
        }

        #[test]
        fn char_index_round_trips(s in "\\PC{0,200}") {
            let idx = CharIndex::new(&s);
            prop_assert_eq!(idx.char_len(), s.chars().count());
            for (n, (b, _)) in s.char_indices().enumerate() {
                prop_assert_eq!(idx.to_char(b), n);
                prop_assert_eq!(idx.to_byte(n), b);
            }
            prop_assert_eq!(idx.to_char(s.len()), idx.char_len());
            prop_assert_eq!(idx.to_byte(idx.char_len()), s.len());
        }
    }

    #[test]
    fn deletion_and_insertion_are_excluded_from_neighbours() {
        let mut b = OffsetMap::builder();
        b.copy(2); // "ab"
        b.replace(1, 0); // delete " "
        b.copy(2); // "cd"
        b.replace(0, 1); // insert "!"
        let m = b.finish();
        assert_eq!(m.to_source(0..2), 0..2);
        assert_eq!(m.to_source(2..4), 3..5);
        assert_eq!(m.to_source(4..5), 5..5);
        assert_eq!(m.to_target(2..3), 2..2);
        assert_eq!(m.to_source(5..5), 5..5);
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // reversed spans are what this test feeds in
    fn checked_mapping_rejects_what_mapping_clamps() {
        let mut b = OffsetMap::builder();
        b.copy(2);
        b.replace(3, 1);
        let m = b.finish(); // source 5, target 3
        // The clamping the unchecked methods document.
        assert_eq!(m.to_source(1..99), 1..5);
        assert_eq!(m.to_source(2..1), 2..2);
        assert_eq!(m.to_source(7..9), 5..5);
        assert_eq!(m.to_target(4..2), 2..2);
        // The checked ones agree on every valid span and reject the rest.
        for a in 0..=3 {
            for e in a..=3 {
                assert_eq!(m.try_to_source(a..e).unwrap(), m.to_source(a..e));
            }
        }
        for a in 0..=5 {
            for e in a..=5 {
                assert_eq!(m.try_to_target(a..e).unwrap(), m.to_target(a..e));
            }
        }
        let err = |r: crate::Result<Range<usize>>| r.unwrap_err().to_string();
        assert_eq!(
            err(m.try_to_source(1..4)),
            "invalid argument: span 1..4: end 4 is past the end of the target text (length 3)"
        );
        assert_eq!(
            err(m.try_to_source(2..1)),
            "invalid argument: reversed span: start 2 is after end 1"
        );
        assert!(err(m.try_to_target(0..6)).contains("source text (length 5)"));
        assert!(m.try_to_target(4..2).is_err());
    }

    #[test]
    fn composition_merges_overlapping_replacements() {
        // "abc" → "XY" (ab→X, c→Y), then "XY" → "Z" (both into one).
        let mut a = OffsetMap::builder();
        a.replace(2, 1);
        a.replace(1, 1);
        let mut b = OffsetMap::builder();
        b.replace(2, 1);
        let c = a.finish().then(&b.finish());
        assert_eq!(c.to_source(0..1), 0..3);
        assert_eq!(c.segments().len(), 1);
    }
}

#[cfg(test)]
mod serde_tests {
    use super::*;

    #[test]
    fn deserialise_validates() {
        let mut b = OffsetMap::builder();
        b.copy(2);
        b.replace(3, 1);
        let m = b.finish();
        let j = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<OffsetMap>(&j).unwrap(), m);
        let bad =
            r#"{"segments":[{"source":0,"target":0,"copy":true}],"source_len":3,"target_len":2}"#;
        assert!(serde_json::from_str::<OffsetMap>(bad).is_err());
        let empty = r#"{"segments":[],"source_len":1,"target_len":0}"#;
        assert!(serde_json::from_str::<OffsetMap>(empty).is_err());
    }
}
