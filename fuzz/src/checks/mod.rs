//! Invariant checks for every entry point of zoulang that takes outside input.
//!
//! Each `pub fn <target>(data: &[u8])` decodes its structured input from raw bytes by hand (no `arbitrary`, so
//! the file compiles anywhere with only `zoulang` and `unicode-normalization`) and panics when an invariant
//! fails. Fuzz targets call them; `tests/regressions.rs` at the repo root replays every committed corpus file
//! and every crash through them, so CI needs no fuzzer.

pub mod align;
pub mod convert;
pub mod detect;
pub mod glossary;
pub mod maps;
pub mod segment;
pub mod text;

pub use maps::offset_map;
pub use text::{language_tag, normalize, script_profile};

/// A fuzz target: takes the fuzzer's bytes, panics when an invariant fails.
pub type Target = fn(&[u8]);

/// Every target, by name: the name is also the folder of its corpus (`fuzz/corpus/<name>`) and of its
/// regressions (`fuzz/regressions/<name>`).
pub const TARGETS: &[(&str, Target)] = &[
    ("normalize", normalize),
    ("script_profile", script_profile),
    ("offset_map", offset_map),
    ("language_tag", language_tag),
    ("convert", convert::convert),
    ("detect", detect::detect),
    ("segment", segment::segment),
    ("glossary_read", glossary::glossary_read),
    ("glossary_find", glossary::glossary_find),
    ("align", align::align_target),
    ("alignments", align::alignments),
];

/// Reads structured input from the fuzzer's bytes: option bytes first, then text.
pub struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    /// Wraps raw fuzzer bytes.
    pub fn new(data: &'a [u8]) -> Self {
        Input { data }
    }

    /// The next byte, or 0 when the input is exhausted.
    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&b, rest)) => {
                self.data = rest;
                b
            }
            None => 0,
        }
    }

    /// The remaining bytes, consumed.
    pub fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.data)
    }

    /// The remaining bytes as text (invalid UTF-8 replaced by U+FFFD), consumed.
    pub fn text(&mut self) -> String {
        String::from_utf8_lossy(self.rest()).into_owned()
    }

    /// The remaining text split on `sep` (at most `max` pieces; the last piece keeps any further separators).
    pub fn pieces(&mut self, sep: char, max: usize) -> Vec<String> {
        let t = self.text();
        if t.is_empty() {
            return Vec::new();
        }
        t.splitn(max.max(1), sep).map(str::to_string).collect()
    }
}

/// The byte offsets of every character boundary of `s`, including `s.len()`.
pub fn boundaries(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

/// Checks that `span` lies inside `text` on character boundaries, naming `what` in the failure.
pub fn assert_span(text: &str, span: &std::ops::Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
}

/// Checks that `spans` are non-empty, in order, contiguous and cover `text` exactly.
pub fn assert_tiles(
    text: &str,
    spans: impl IntoIterator<Item = std::ops::Range<usize>>,
    what: &str,
) {
    let mut at = 0;
    for s in spans {
        assert_span(text, &s, what);
        assert_eq!(s.start, at, "{what}: gap or overlap at byte {at}");
        assert!(s.end > s.start, "{what}: empty span at byte {at}");
        at = s.end;
    }
    assert_eq!(
        at,
        text.len(),
        "{what}: spans stop at byte {at} of {}",
        text.len()
    );
}
