//! Python twins of `zoulang::text`: normalisation, offset maps, script profiles. Offsets are code points.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use zoulang::normalize::{Form, NormalizeOptions, Width};

use crate::errors::{IntoPy, unsigned_arg};
use crate::interrupt::{changed, same_or_new, str_batch};

fn options(
    form: &str,
    width: Option<&str>,
    dashes: bool,
    quotes: bool,
    whitespace: bool,
) -> PyResult<NormalizeOptions> {
    Ok(NormalizeOptions {
        form: form.parse::<Form>().py()?,
        width: width.map(str::parse::<Width>).transpose().py()?,
        dashes,
        quotes,
        whitespace,
    })
}

/// Normalises text: a Unicode form, then optional width, dash, quote and white-space folding.
///
/// >>> zoulang.normalize("中国—东盟（ＡＩ）", form="nfkc", dashes=True)
/// '中国-东盟(AI)'
///
/// Raises ArgumentError for an unknown form or width.
#[pyfunction]
#[pyo3(signature = (text, *, form = "nfc", width = None, dashes = false, quotes = false, whitespace = false))]
pub fn normalize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    form: &str,
    width: Option<&str>,
    dashes: bool,
    quotes: bool,
    whitespace: bool,
) -> PyResult<Bound<'py, PyString>> {
    let opts = options(form, width, dashes, quotes, whitespace)?;
    let t = text.to_str()?;
    let out = py.detach(|| changed(t, zoulang::normalize::normalize(t, &opts)));
    Ok(same_or_new(text, t, out))
}

/// Normalises many texts in parallel on all cores, with the GIL released; same options as `normalize`.
/// Ctrl-C stops it between texts (KeyboardInterrupt).
///
/// >>> zoulang.normalize_batch(["ＡＩ", "中国—东盟"], form="nfkc", dashes=True)
/// ['AI', '中国-东盟']
#[pyfunction]
#[pyo3(signature = (texts, *, form = "nfc", width = None, dashes = false, quotes = false, whitespace = false))]
pub fn normalize_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    form: &str,
    width: Option<&str>,
    dashes: bool,
    quotes: bool,
    whitespace: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = options(form, width, dashes, quotes, whitespace)?;
    str_batch(py, &texts, |t| zoulang::normalize::normalize(t, &opts))
}

/// Whether a character is one of the dash variants that `normalize(..., dashes=True)` folds to "-".
///
/// >>> zoulang.is_dash("—"), zoulang.is_dash("ー")
/// (True, False)
#[pyfunction]
pub fn is_dash(ch: char) -> bool {
    zoulang::normalize::is_dash(ch)
}

/// The script of one character as script profiles count it (None for digits, punctuation, spaces).
///
/// >>> zoulang.letter_script("ກ"), zoulang.letter_script("7")
/// ('Lao', None)
#[pyfunction]
pub fn letter_script(ch: char) -> Option<&'static str> {
    zoulang::text::script::letter_script(ch)
}

/// Like `normalize`, and also returns the `OffsetMap` from the result back to `text` (code points).
///
/// >>> out, m = zoulang.normalize_with_offsets("ＡＩ 中国", form="nfkc")
/// >>> out, m.to_source(0, 2)
/// ('AI 中国', (0, 2))
#[pyfunction]
#[pyo3(signature = (text, *, form = "nfc", width = None, dashes = false, quotes = false, whitespace = false))]
pub fn normalize_with_offsets(
    py: Python<'_>,
    text: &str,
    form: &str,
    width: Option<&str>,
    dashes: bool,
    quotes: bool,
    whitespace: bool,
) -> PyResult<(String, OffsetMap)> {
    let opts = options(form, width, dashes, quotes, whitespace)?;
    Ok(py.detach(|| {
        let (out, map) = zoulang::normalize::normalize_with_offsets(text, &opts);
        let chars = map.to_char_units(text, &out);
        (out, OffsetMap(chars))
    }))
}

/// Maps spans of a transformed text back to the text it came from, in code points.
///
/// A span covering part of a replaced piece widens to the whole piece on the other side. Offsets are
/// non-negative ints: a negative one raises ArgumentError naming the argument.
///
/// >>> m = zoulang.OffsetMap([(0, 0, False), (1, 3, True)], 3, 5)
/// >>> m.to_source(0, 3)
/// (0, 1)
///
/// `to_source` and `to_target` clamp a span they cannot map as given; `try_to_source` and
/// `try_to_target` raise instead:
///
/// >>> m.to_source(2, 99)
/// (0, 3)
/// >>> m.try_to_source(2, 99)
/// Traceback (most recent call last):
/// ...
/// zoulang.exceptions.ArgumentError: invalid argument: span 2..99: end 99 is past the end of the target text (length 5)
#[pyclass(frozen, eq, module = "zoulang", name = "OffsetMap")]
#[derive(Clone, PartialEq)]
pub struct OffsetMap(pub zoulang::OffsetMap);

#[pymethods]
impl OffsetMap {
    /// Rebuilds a map from `segments` (`(source, target, copy)` triples) and the two lengths.
    #[new]
    fn new(
        segments: &Bound<'_, PyAny>,
        source_len: &Bound<'_, PyAny>,
        target_len: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let segments: Vec<(usize, usize, bool)> = unsigned_arg("segments", segments)?;
        let source_len = unsigned_arg("source_len", source_len)?;
        let target_len = unsigned_arg("target_len", target_len)?;
        let segs = segments
            .into_iter()
            .map(|(source, target, copy)| zoulang::Segment {
                source,
                target,
                copy,
            })
            .collect();
        Ok(OffsetMap(
            zoulang::OffsetMap::from_segments(segs, source_len, target_len).py()?,
        ))
    }

    /// The map of an unchanged text of `length` code points.
    #[staticmethod]
    fn identity(length: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(OffsetMap(zoulang::OffsetMap::identity(unsigned_arg(
            "length", length,
        )?)))
    }

    /// The inverse map (original and transformed text swap roles).
    fn inverse(&self) -> Self {
        OffsetMap(self.0.inverse())
    }

    /// Maps one position of the transformed text back to the original (a position past the end clamps
    /// to the end). A negative position raises ArgumentError.
    fn to_source_offset(&self, pos: &Bound<'_, PyAny>) -> PyResult<usize> {
        Ok(self.0.to_source_offset(unsigned_arg("pos", pos)?))
    }

    /// Maps a `[start, end)` span of the transformed text back to the original.
    ///
    /// Clamps what it cannot map as given, silently: a span reaching past the end is cut at the end, and a
    /// reversed span (start > end) maps as the empty span at start; `try_to_source` raises instead.
    /// A negative offset raises ArgumentError.
    fn to_source(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<(usize, usize)> {
        let r = self.0.to_source(span(start, end)?);
        Ok((r.start, r.end))
    }

    /// Maps a `[start, end)` span of the original text to the transformed text; clamps as `to_source`
    /// does (`try_to_target` raises instead). A negative offset raises ArgumentError.
    fn to_target(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<(usize, usize)> {
        let r = self.0.to_target(span(start, end)?);
        Ok((r.start, r.end))
    }

    /// Like `to_source`, but a reversed span or one reaching past the end of the transformed text raises
    /// ArgumentError instead of being clamped.
    fn try_to_source(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<(usize, usize)> {
        let r = self.0.try_to_source(span(start, end)?).py()?;
        Ok((r.start, r.end))
    }

    /// Like `to_target`, but a reversed span or one reaching past the end of the original text raises
    /// ArgumentError instead of being clamped.
    fn try_to_target(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<(usize, usize)> {
        let r = self.0.try_to_target(span(start, end)?).py()?;
        Ok((r.start, r.end))
    }

    /// Composes: `self` maps A→B, `then` maps B→C; the result maps A→C.
    fn then(&self, then: &OffsetMap) -> PyResult<OffsetMap> {
        if self.0.target_len() != then.0.source_len() {
            return Err(zoulang::Error::InvalidArgument(format!(
                "cannot compose: the first map's target has {} code points, the second map's source {}",
                self.0.target_len(),
                then.0.source_len()
            )))
            .py();
        }
        Ok(OffsetMap(self.0.then(&then.0)))
    }

    /// Length of the original text.
    #[getter]
    fn source_len(&self) -> usize {
        self.0.source_len()
    }

    /// Length of the transformed text.
    #[getter]
    fn target_len(&self) -> usize {
        self.0.target_len()
    }

    /// The segments as `(source_start, target_start, copy)` triples.
    #[getter]
    fn segments(&self) -> Vec<(usize, usize, bool)> {
        self.0
            .segments()
            .iter()
            .map(|s| (s.source, s.target, s.copy))
            .collect()
    }

    /// Whether the text was left unchanged.
    fn is_identity(&self) -> bool {
        self.0.is_identity()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("segments", self.segments())?;
        d.set_item("source_len", self.source_len())?;
        d.set_item("target_len", self.target_len())?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> (Vec<(usize, usize, bool)>, usize, usize) {
        (self.segments(), self.source_len(), self.target_len())
    }

    fn __repr__(&self) -> String {
        format!(
            "OffsetMap(source_len={}, target_len={}, segments={})",
            self.0.source_len(),
            self.0.target_len(),
            self.0.segments().len()
        )
    }
}

/// The span `start..end` from two offset arguments (ArgumentError for a negative one).
fn span(start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>) -> PyResult<std::ops::Range<usize>> {
    Ok(unsigned_arg("start", start)?..unsigned_arg("end", end)?)
}

/// Constructor arguments of `ScriptProfile`: letters, `(script, share)` pairs, `(start, end, script)` runs.
type ScriptProfileArgs = (usize, Vec<(String, f64)>, Vec<(usize, usize, String)>);

/// The share of each script among a text's letters, and its runs of one script (code points).
///
/// >>> p = zoulang.script_profile("中国与东盟 ASEAN")
/// >>> p.letters, p.dominant, p.runs
/// (10, 'Han', [(0, 6, 'Han'), (6, 11, 'Latin')])
#[pyclass(frozen, eq, module = "zoulang", name = "ScriptProfile")]
#[derive(Clone, PartialEq)]
pub struct ScriptProfile {
    /// Number of letters counted.
    #[pyo3(get)]
    letters: usize,
    /// `(script, share)` pairs, largest first.
    shares: Vec<(String, f64)>,
    /// `(start, end, script)` runs.
    #[pyo3(get)]
    runs: Vec<(usize, usize, String)>,
}

#[pymethods]
impl ScriptProfile {
    #[new]
    fn new(
        letters: &Bound<'_, PyAny>,
        shares: Vec<(String, f64)>,
        runs: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        Ok(ScriptProfile {
            letters: unsigned_arg("letters", letters)?,
            shares,
            runs: unsigned_arg("runs", runs)?,
        })
    }

    /// `{script: share}`, largest share first.
    #[getter]
    fn shares<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (s, f) in &self.shares {
            d.set_item(s, f)?;
        }
        Ok(d)
    }

    /// The share of `script` (a Unicode script name such as "Han") among the letters; 0.0 when absent.
    fn share(&self, script: &str) -> f64 {
        self.shares
            .iter()
            .find(|(s, _)| s == script)
            .map_or(0.0, |(_, f)| *f)
    }

    /// The script with the largest share, or None for a text without letters.
    #[getter]
    fn dominant(&self) -> Option<String> {
        self.shares.first().map(|(s, _)| s.clone())
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("letters", self.letters)?;
        d.set_item("shares", self.shares(py)?)?;
        d.set_item("runs", self.runs.clone())?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> ScriptProfileArgs {
        (self.letters, self.shares.clone(), self.runs.clone())
    }

    fn __repr__(&self) -> String {
        let shares: Vec<String> = self
            .shares
            .iter()
            .map(|(s, f)| format!("'{s}': {f:.3}"))
            .collect();
        format!(
            "ScriptProfile(letters={}, shares={{{}}}, runs={})",
            self.letters,
            shares.join(", "),
            self.runs.len()
        )
    }
}

/// Profiles the scripts of `text`: shares over letters and runs with code point offsets.
#[pyfunction]
pub fn script_profile(py: Python<'_>, text: &str) -> ScriptProfile {
    py.detach(|| {
        let p = zoulang::script_profile(text);
        let mut idx = crate::chars::CharCursor::new(text);
        ScriptProfile {
            letters: p.letters,
            shares: p.shares.iter().map(|(s, f)| (s.to_string(), *f)).collect(),
            runs: p
                .runs
                .iter()
                .map(|r| {
                    (
                        idx.char_at(r.start),
                        idx.char_at(r.end),
                        r.script.to_string(),
                    )
                })
                .collect(),
        }
    })
}

/// Decodes UTF-8 bytes, raising `EncodingError` with the byte offset of the first invalid byte.
///
/// >>> zoulang.decode_utf8(b"ok")
/// 'ok'
#[pyfunction]
#[pyo3(signature = (data, source_name = "<input>"))]
pub fn decode_utf8(data: &[u8], source_name: &str) -> PyResult<String> {
    zoulang::decode_utf8(data, source_name)
        .map(str::to_string)
        .py()
}

/// Parses a BCP-47 tag or alias (`zh-TW`, `tl`, `in`, `cmn`, ISO 639-3) to zoulang's canonical tag.
///
/// >>> zoulang.language_tag("zh-TW"), zoulang.language_tag("tl")
/// ('zh-Hant', 'fil')
#[pyfunction]
pub fn language_tag(tag: &str) -> PyResult<&'static str> {
    zoulang::LanguageTag::parse(tag).map(|t| t.as_str()).py()
}
