//! Python twins of `zoulang::detect`: language identification, spans (code points), batch, Zawgyi and
//! Hans/Hant evidence.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::errors::{IntoPy, unsigned_arg};
use crate::interrupt::{batch, texts};

/// The result of language identification.
///
/// >>> d = zoulang.detect("Trung Quốc và ASEAN tăng cường hợp tác.")
/// >>> d.lang, d.script, d.confidence > 0.9
/// ('vi', 'Latin', True)
#[pyclass(frozen, eq, module = "zoulang", name = "Detection")]
#[derive(Clone, PartialEq)]
pub struct Detection {
    /// The language tag, "und" when the text gives no evidence.
    #[pyo3(get)]
    lang: String,
    /// Calibrated probability in [0, 1] that `lang` is right.
    #[pyo3(get)]
    confidence: f64,
    /// The script that decided ("Latin", "Han", "Thai", …), None without letters.
    #[pyo3(get)]
    script: Option<String>,
    /// Ranked (tag, probability) candidates, best first.
    #[pyo3(get)]
    candidates: Vec<(String, f64)>,
    /// For Burmese: "zawgyi" or "unicode"; None otherwise.
    #[pyo3(get)]
    encoding: Option<String>,
}

type DetectionArgs = (
    String,
    f64,
    Option<String>,
    Vec<(String, f64)>,
    Option<String>,
);

impl From<zoulang::Detection> for Detection {
    fn from(d: zoulang::Detection) -> Self {
        Detection {
            lang: d.lang.as_str().to_string(),
            confidence: d.confidence,
            script: d.script.map(str::to_string),
            candidates: d
                .candidates
                .iter()
                .map(|(t, p)| (t.as_str().to_string(), *p))
                .collect(),
            encoding: d.encoding.map(str::to_string),
        }
    }
}

#[pymethods]
impl Detection {
    #[new]
    #[pyo3(signature = (lang, confidence, script = None, candidates = Vec::new(), encoding = None))]
    fn new(
        lang: &str,
        confidence: f64,
        script: Option<String>,
        candidates: Vec<(String, f64)>,
        encoding: Option<String>,
    ) -> PyResult<Self> {
        let lang = zoulang::LanguageTag::parse(lang).py()?.as_str().to_string();
        Ok(Detection {
            lang,
            confidence,
            script,
            candidates,
            encoding,
        })
    }

    /// Whether the text gave no evidence (lang is "und").
    fn is_und(&self) -> bool {
        self.lang == "und"
    }

    /// A plain dict (lang, confidence, script, candidates, encoding).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("lang", &self.lang)?;
        d.set_item("confidence", self.confidence)?;
        d.set_item("script", &self.script)?;
        d.set_item("candidates", self.candidates.clone())?;
        d.set_item("encoding", &self.encoding)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> DetectionArgs {
        (
            self.lang.clone(),
            self.confidence,
            self.script.clone(),
            self.candidates.clone(),
            self.encoding.clone(),
        )
    }

    fn __repr__(&self) -> String {
        let cands: Vec<String> = self
            .candidates
            .iter()
            .map(|(t, p)| format!("('{t}', {p:.3})"))
            .collect();
        let opt = |o: &Option<String>| o.as_ref().map_or("None".to_string(), |s| format!("'{s}'"));
        format!(
            "Detection(lang='{}', confidence={:.3}, script={}, candidates=[{}], encoding={})",
            self.lang,
            self.confidence,
            opt(&self.script),
            cands.join(", "),
            opt(&self.encoding)
        )
    }
}

/// A run of one language in a text: ``[start, end)`` in code points.
///
/// >>> zoulang.detect_spans("华为Huawei发布")[1]
/// LanguageSpan(start=2, end=8, lang='en')
#[pyclass(frozen, eq, module = "zoulang", name = "LanguageSpan")]
#[derive(Clone, PartialEq)]
pub struct LanguageSpan {
    /// Start (code points).
    #[pyo3(get)]
    start: usize,
    /// End (code points, exclusive).
    #[pyo3(get)]
    end: usize,
    /// The language of the run ("und" for a run without letters).
    #[pyo3(get)]
    lang: String,
}

#[pymethods]
impl LanguageSpan {
    #[new]
    fn new(start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>, lang: &str) -> PyResult<Self> {
        let start: usize = unsigned_arg("start", start)?;
        let end: usize = unsigned_arg("end", end)?;
        if end < start {
            return Err(zoulang::Error::InvalidArgument(format!(
                "span end {end} is before its start {start}"
            )))
            .py();
        }
        let lang = zoulang::LanguageTag::parse(lang).py()?.as_str().to_string();
        Ok(LanguageSpan { start, end, lang })
    }

    /// A plain dict (start, end, lang).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("lang", &self.lang)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> (usize, usize, String) {
        (self.start, self.end, self.lang.clone())
    }

    fn __repr__(&self) -> String {
        format!(
            "LanguageSpan(start={}, end={}, lang='{}')",
            self.start, self.end, self.lang
        )
    }
}

/// Evidence for Simplified vs Traditional Chinese: Han characters and the ones found in only one script.
///
/// >>> e = zoulang.han_evidence("我們是中國人")
/// >>> e.han, e.simplified_only, e.traditional_only, round(e.p_traditional(), 2)
/// (6, 0, 2, 0.96)
#[pyclass(frozen, eq, module = "zoulang", name = "HanEvidence")]
#[derive(Clone, PartialEq)]
pub struct HanEvidence(zoulang::detect::HanEvidence);

#[pymethods]
impl HanEvidence {
    #[new]
    fn new(han: usize, simplified_only: usize, traditional_only: usize) -> Self {
        HanEvidence(zoulang::detect::HanEvidence {
            han,
            simplified_only,
            traditional_only,
        })
    }

    /// Han characters seen.
    #[getter]
    fn han(&self) -> usize {
        self.0.han
    }

    /// Characters that exist only in Simplified Chinese.
    #[getter]
    fn simplified_only(&self) -> usize {
        self.0.simplified_only
    }

    /// Characters that exist only in Traditional Chinese.
    #[getter]
    fn traditional_only(&self) -> usize {
        self.0.traditional_only
    }

    /// Probability that the text is Traditional (0.5 without evidence).
    fn p_traditional(&self) -> f64 {
        self.0.p_traditional()
    }

    /// A plain dict (han, simplified_only, traditional_only).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("han", self.0.han)?;
        d.set_item("simplified_only", self.0.simplified_only)?;
        d.set_item("traditional_only", self.0.traditional_only)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> (usize, usize, usize) {
        (self.0.han, self.0.simplified_only, self.0.traditional_only)
    }

    fn __repr__(&self) -> String {
        format!(
            "HanEvidence(han={}, simplified_only={}, traditional_only={})",
            self.0.han, self.0.simplified_only, self.0.traditional_only
        )
    }
}

/// A language identifier, optionally restricted to an allow-list of tags.
///
/// >>> d = zoulang.Detector(only=["ms", "id", "en"])
/// >>> d.detect("Saya tidak tahu kerana dia tidak datang.").lang
/// 'ms'
/// >>> d
/// Detector(only=['en', 'id', 'ms'])
#[pyclass(frozen, module = "zoulang", name = "Detector")]
pub struct Detector {
    inner: zoulang::Detector,
}

fn build(only: Option<Vec<String>>) -> PyResult<zoulang::Detector> {
    match only {
        Some(tags) => zoulang::Detector::new().only(&tags).py(),
        None => Ok(zoulang::Detector::new()),
    }
}

fn spans_in_chars(text: &str, spans: Vec<zoulang::LanguageSpan>) -> Vec<LanguageSpan> {
    let mut idx = crate::chars::CharCursor::new(text);
    spans
        .into_iter()
        .map(|s| LanguageSpan {
            start: idx.char_at(s.start),
            end: idx.char_at(s.end),
            lang: s.lang.as_str().to_string(),
        })
        .collect()
}

#[pymethods]
impl Detector {
    #[new]
    #[pyo3(signature = (only = None))]
    fn new(only: Option<Vec<String>>) -> PyResult<Self> {
        Ok(Detector {
            inner: build(only)?,
        })
    }

    /// A new detector restricted to ``tags`` (BCP-47 tags or aliases); raises LanguageError for an unknown
    /// tag, ArgumentError for an empty list.
    fn only(&self, tags: Vec<String>) -> PyResult<Detector> {
        Ok(Detector {
            inner: build(Some(tags))?,
        })
    }

    /// The allow-list (canonical tags), or None when every language is allowed.
    fn allowed(&self) -> Option<Vec<String>> {
        self.inner
            .allowed()
            .map(|l| l.iter().map(|t| t.as_str().to_string()).collect())
    }

    /// Identifies the language of ``text``.
    fn detect(&self, py: Python<'_>, text: &str) -> Detection {
        py.detach(|| self.inner.detect(text)).into()
    }

    /// Runs of one language in mixed text (code point offsets).
    fn detect_spans(&self, py: Python<'_>, text: &str) -> Vec<LanguageSpan> {
        py.detach(|| spans_in_chars(text, self.inner.detect_spans(text)))
    }

    /// Identifies many texts in parallel on all cores, with the GIL released; Ctrl-C stops it between texts.
    fn detect_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        batch(py, &self::texts(&texts)?, |t| {
            Detection::from(self.inner.detect(t))
        })
    }

    fn __getnewargs__(&self) -> (Option<Vec<String>>,) {
        (self.allowed(),)
    }

    fn __eq__(&self, other: &Detector) -> bool {
        self.allowed() == other.allowed()
    }

    fn __repr__(&self) -> String {
        match self.allowed() {
            None => "Detector()".to_string(),
            Some(l) => {
                let tags: Vec<String> = l.iter().map(|t| format!("'{t}'")).collect();
                format!("Detector(only=[{}])", tags.join(", "))
            }
        }
    }
}

/// Identifies the language of ``text``; ``only`` restricts the candidate languages.
///
/// >>> zoulang.detect("中國與東盟的人工智慧合作").lang
/// 'zh-Hant'
/// >>> zoulang.detect("12345").lang
/// 'und'
#[pyfunction]
#[pyo3(signature = (text, *, only = None))]
pub fn detect(py: Python<'_>, text: &str, only: Option<Vec<String>>) -> PyResult<Detection> {
    let det = build(only)?;
    Ok(py.detach(|| det.detect(text)).into())
}

/// Runs of one language in mixed text, with code point offsets.
///
/// >>> [(s.lang, s.start, s.end) for s in zoulang.detect_spans("The sign said ยินดีต้อนรับ")]
/// [('en', 0, 14), ('th', 14, 26)]
#[pyfunction]
#[pyo3(signature = (text, *, only = None))]
pub fn detect_spans(
    py: Python<'_>,
    text: &str,
    only: Option<Vec<String>>,
) -> PyResult<Vec<LanguageSpan>> {
    let det = build(only)?;
    Ok(py.detach(|| spans_in_chars(text, det.detect_spans(text))))
}

/// Identifies many texts in parallel on all cores, with the GIL released. Ctrl-C stops it between texts
/// (KeyboardInterrupt).
///
/// >>> [d.lang for d in zoulang.detect_batch(["안녕하세요", "こんにちは", "Hello there"])]
/// ['ko', 'ja', 'en']
#[pyfunction]
#[pyo3(signature = (texts, *, only = None))]
pub fn detect_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    only: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let det = build(only)?;
    batch(py, &self::texts(&texts)?, |t| {
        Detection::from(det.detect(t))
    })
}

/// The probability that Burmese text is in the Zawgyi font encoding (None without Myanmar characters).
///
/// >>> zoulang.zawgyi_probability("ဘဂၤလားေဒရွ္႕") > 0.99
/// True
#[pyfunction]
pub fn zawgyi_probability(text: &str) -> Option<f64> {
    zoulang::detect::zawgyi_probability(text)
}

/// Counts Han characters and the ones that exist in only one Chinese script.
#[pyfunction]
pub fn han_evidence(text: &str) -> HanEvidence {
    HanEvidence(zoulang::detect::han_evidence(text))
}

/// Whether a character exists only in Simplified Chinese.
///
/// >>> zoulang.is_simplified_only("们"), zoulang.is_simplified_only("中")
/// (True, False)
#[pyfunction]
pub fn is_simplified_only(ch: char) -> bool {
    zoulang::detect::is_simplified_only(ch)
}

/// Whether a character exists only in Traditional Chinese.
///
/// >>> zoulang.is_traditional_only("們")
/// True
#[pyfunction]
pub fn is_traditional_only(ch: char) -> bool {
    zoulang::detect::is_traditional_only(ch)
}
