//! Python twins of `zoulang::align`: sentence alignment, its evaluation and output formats. Sentence indices
//! are 0-based list positions; the long calls release the GIL.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use zoulang::LanguageTag;
use zoulang::align::{self as core, AlignOptions, Bead, Evidence, Scores, TermPairs};

use crate::errors::{IntoPy, unsigned_arg};
use crate::interrupt::run;

/// One alignment unit: source and target sentence indices (either may be empty: an unaligned sentence) and
/// a score in [0, 1] (higher is better; 0 for unaligned sentences).
#[pyclass(frozen, eq, module = "zoulang", name = "AlignmentUnit")]
#[derive(Clone, PartialEq)]
pub struct AlignmentUnit {
    #[pyo3(get)]
    src: Vec<usize>,
    #[pyo3(get)]
    tgt: Vec<usize>,
    #[pyo3(get)]
    score: f64,
}

impl From<core::AlignmentUnit> for AlignmentUnit {
    fn from(u: core::AlignmentUnit) -> Self {
        AlignmentUnit {
            src: u.src,
            tgt: u.tgt,
            score: u.score,
        }
    }
}

impl AlignmentUnit {
    fn core(&self) -> core::AlignmentUnit {
        core::AlignmentUnit {
            src: self.src.clone(),
            tgt: self.tgt.clone(),
            score: self.score,
        }
    }
}

#[pymethods]
impl AlignmentUnit {
    #[new]
    #[pyo3(signature = (src, tgt, score = 0.0))]
    fn new(src: &Bound<'_, PyAny>, tgt: &Bound<'_, PyAny>, score: f64) -> PyResult<Self> {
        Ok(AlignmentUnit {
            src: unsigned_arg("src", src)?,
            tgt: unsigned_arg("tgt", tgt)?,
            score,
        })
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("src", self.src.clone())?;
        d.set_item("tgt", self.tgt.clone())?;
        d.set_item("score", self.score)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> (Vec<usize>, Vec<usize>, f64) {
        (self.src.clone(), self.tgt.clone(), self.score)
    }

    fn __repr__(&self) -> String {
        format!(
            "AlignmentUnit(src={:?}, tgt={:?}, score={:.4})",
            self.src, self.tgt, self.score
        )
    }
}

/// A bilingual lexicon (headword TSV: `headword<TAB>target words<TAB>syllables`) for a language pair the
/// built-in zh–en lexicon does not cover; pass it to `align(..., lexicons=[...])`.
#[pyclass(frozen, module = "zoulang", name = "Lexicon")]
pub struct Lexicon {
    inner: Arc<core::Lexicon>,
    /// The TSV it was built from (None for the built-in lexicon), kept for pickling.
    text: Option<String>,
}

#[pymethods]
impl Lexicon {
    #[new]
    fn new(py: Python<'_>, text: Option<String>, src_lang: &str, tgt_lang: &str) -> PyResult<Self> {
        let (s, t) = (
            LanguageTag::parse(src_lang).py()?,
            LanguageTag::parse(tgt_lang).py()?,
        );
        match text {
            Some(text) => {
                let inner = py.detach(|| core::Lexicon::from_tsv(&text, s, t)).py()?;
                Ok(Lexicon {
                    inner: Arc::new(inner),
                    text: Some(text),
                })
            }
            None => Self::builtin_zh_en().ok_or_else(|| {
                pyo3::exceptions::PyValueError::new_err("built without the zh-en lexicon")
            }),
        }
    }

    /// Loads a lexicon from TSV text.
    #[staticmethod]
    fn from_tsv(py: Python<'_>, text: String, src_lang: &str, tgt_lang: &str) -> PyResult<Self> {
        Self::new(py, Some(text), src_lang, tgt_lang)
    }

    /// The built-in zh–en lexicon generated from CC-CEDICT, or None if the package was built without it.
    #[staticmethod]
    fn builtin_zh_en() -> Option<Self> {
        core::Lexicon::builtin_zh_en().map(|inner| Lexicon { inner, text: None })
    }

    /// Headword language tag.
    fn src_lang(&self) -> &'static str {
        self.inner.src_lang().as_str()
    }

    /// Target language tag.
    fn tgt_lang(&self) -> &'static str {
        self.inner.tgt_lang().as_str()
    }

    /// Number of headwords.
    fn len(&self) -> usize {
        self.inner.len()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// Whether the lexicon has no entries.
    fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// Longest headword matches in `text` as `(start, end, entry)` with code point offsets.
    fn find(&self, text: &str) -> Vec<(usize, usize, u32)> {
        let mut idx = crate::chars::CharCursor::new(text);
        self.inner
            .find(text)
            .map(|(s, e, v)| (idx.char_at(s), idx.char_at(e), v))
            .collect()
    }

    fn __getnewargs__(&self) -> (Option<String>, &'static str, &'static str) {
        (self.text.clone(), self.src_lang(), self.tgt_lang())
    }

    /// Equal when built from the same data for the same language pair (what a lexicon pickles by).
    fn __eq__(&self, other: &Self) -> bool {
        self.__getnewargs__() == other.__getnewargs__()
    }

    fn __repr__(&self) -> String {
        format!(
            "Lexicon(src_lang='{}', tgt_lang='{}', entries={}{})",
            self.src_lang(),
            self.tgt_lang(),
            self.inner.len(),
            if self.text.is_none() { ", builtin" } else { "" }
        )
    }
}

/// Builds the options from the keyword arguments shared by `align` and `align_batch`.
fn options(
    glossary: Option<&Bound<'_, PyAny>>,
    lexicons: Option<Vec<PyRef<'_, Lexicon>>>,
    learn: bool,
    max_side: usize,
) -> PyResult<AlignOptions> {
    let mut o = AlignOptions::default();
    o.learn = learn;
    o.max_side = max_side;
    if let Some(obj) = glossary {
        if let Ok(g) = obj.cast::<crate::glossary::Glossary>() {
            o.glossary = Some(Arc::new(g.get().0.clone()));
        } else {
            let g: Vec<Vec<String>> = obj.extract().map_err(|_| {
                pyo3::exceptions::PyTypeError::new_err(
                    "glossary: expected a zoulang.Glossary or a list of (src_term, tgt_term[, id]) tuples",
                )
            })?;
            term_pairs(&g, &mut o)?;
        }
    }
    for l in lexicons.unwrap_or_default() {
        o.lexicons.push(l.inner.clone());
    }
    Ok(o)
}

/// Adds (src_term, tgt_term[, id]) rows as [`TermPairs`] evidence.
fn term_pairs(g: &[Vec<String>], o: &mut AlignOptions) -> PyResult<()> {
    {
        let mut triples = Vec::with_capacity(g.len());
        for (i, row) in g.iter().enumerate() {
            match row.as_slice() {
                [s, t] => triples.push((s.as_str(), t.as_str(), s.as_str())),
                [s, t, id] => triples.push((s.as_str(), t.as_str(), id.as_str())),
                _ => {
                    return Err(pyo3::exceptions::PyValueError::new_err(format!(
                        "glossary entry {i}: expected (src_term, tgt_term) or (src_term, tgt_term, id)"
                    )));
                }
            }
        }
        if !triples.is_empty() {
            let ev: Arc<dyn Evidence> = Arc::new(TermPairs::new(triples).py()?);
            o.evidence.push(ev);
        }
    }
    Ok(())
}

fn tags(src_lang: &str, tgt_lang: &str) -> PyResult<(LanguageTag, LanguageTag)> {
    Ok((
        LanguageTag::parse(src_lang).py()?,
        LanguageTag::parse(tgt_lang).py()?,
    ))
}

/// Aligns the sentences of a document with those of its translation; every sentence of both sides appears
/// in exactly one unit, in order. `glossary`: a zoulang.Glossary (terms found on both sides under the
/// same concept id, in any script, become evidence) or a list of (src_term, tgt_term[, id]) pairs; `lexicons`:
/// extra Lexicon objects (other language pairs). Releases the GIL; Ctrl-C stops it (KeyboardInterrupt):
/// the search checks on every row, so within milliseconds however long the documents.
///
/// >>> [(u.src, u.tgt) for u in zoulang.align(["你好。", "谢谢你！"], ["Hello.", "Thank you!"], src_lang="zh-Hans", tgt_lang="en")]
/// [([0], [0]), ([1], [1])]
#[pyfunction]
#[pyo3(signature = (src, tgt, *, src_lang, tgt_lang, glossary = None, lexicons = None, learn = true, max_side = 6))]
#[allow(clippy::too_many_arguments)]
pub fn align(
    py: Python<'_>,
    src: Vec<String>,
    tgt: Vec<String>,
    src_lang: &str,
    tgt_lang: &str,
    glossary: Option<&Bound<'_, PyAny>>,
    lexicons: Option<Vec<PyRef<'_, Lexicon>>>,
    learn: bool,
    max_side: usize,
) -> PyResult<Vec<AlignmentUnit>> {
    let (s, t) = tags(src_lang, tgt_lang)?;
    let mut opts = options(glossary, lexicons, learn, max_side)?;
    let units = run(py, |cancel| {
        opts.cancel = Some(cancel.clone());
        core::align(&src, &tgt, s, t, &opts)
    })?
    .py()?;
    Ok(units.into_iter().map(AlignmentUnit::from).collect())
}

/// Aligns many (src_sentences, tgt_sentences) document pairs in parallel with the GIL released; same options
/// as `align`. Returns one list of units per document, in order. Ctrl-C stops it (KeyboardInterrupt).
///
/// >>> [[(u.src, u.tgt) for u in d] for d in zoulang.align_batch([(["你好。"], ["Hello."])], src_lang="zh", tgt_lang="en")]
/// [[([0], [0])]]
#[pyfunction]
#[pyo3(signature = (docs, *, src_lang, tgt_lang, glossary = None, lexicons = None, learn = true, max_side = 6))]
#[allow(clippy::too_many_arguments)]
pub fn align_batch(
    py: Python<'_>,
    docs: Vec<(Vec<String>, Vec<String>)>,
    src_lang: &str,
    tgt_lang: &str,
    glossary: Option<&Bound<'_, PyAny>>,
    lexicons: Option<Vec<PyRef<'_, Lexicon>>>,
    learn: bool,
    max_side: usize,
) -> PyResult<Vec<Vec<AlignmentUnit>>> {
    let (s, t) = tags(src_lang, tgt_lang)?;
    let mut opts = options(glossary, lexicons, learn, max_side)?;
    let results = run(py, |cancel| {
        opts.cancel = Some(cancel.clone());
        core::align_batch(&docs, s, t, &opts)
    })?;
    results
        .into_iter()
        .map(|r| {
            r.py()
                .map(|units| units.into_iter().map(AlignmentUnit::from).collect())
        })
        .collect()
}

/// Beads from a list of AlignmentUnit objects or (src, tgt) pairs.
fn beads(items: &Bound<'_, PyAny>) -> PyResult<Vec<Bead>> {
    let mut out = Vec::new();
    for item in items.try_iter()? {
        let item = item?;
        if let Ok(u) = item.cast::<AlignmentUnit>() {
            let u = u.get();
            out.push((u.src.clone(), u.tgt.clone()));
        } else {
            out.push(item.extract::<(Vec<usize>, Vec<usize>)>()?);
        }
    }
    Ok(out)
}

fn scores_dict<'py>(py: Python<'py>, s: &Scores) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (name, p) in [("strict", s.strict), ("lax", s.lax)] {
        let inner = PyDict::new(py);
        inner.set_item("precision", p.precision)?;
        inner.set_item("recall", p.recall)?;
        inner.set_item("f1", p.f1)?;
        d.set_item(name, inner)?;
    }
    Ok(d)
}

/// Strict and lax precision, recall and F1 of `predicted` against `gold`, identical to Vecalign's score.py.
/// Both are lists of AlignmentUnit or (src_indices, tgt_indices) pairs.
///
/// >>> zoulang.evaluate_alignment([([0], [0]), ([1], [1, 2])], [([0], [0]), ([1], [1]), ([], [2])])["strict"]["recall"]
/// 0.5
#[pyfunction]
pub fn evaluate_alignment<'py>(
    py: Python<'py>,
    gold: &Bound<'py, PyAny>,
    predicted: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let s = core::evaluate_alignment(&beads(gold)?, &beads(predicted)?);
    scores_dict(py, &s)
}

/// Scores several documents together (counts summed, as score.py with many files): `docs` is a list of
/// (gold, predicted) pairs.
#[pyfunction]
pub fn evaluate_documents<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let mut all = Vec::new();
    for d in docs.try_iter()? {
        let d = d?;
        all.push((beads(&d.get_item(0)?)?, beads(&d.get_item(1)?)?));
    }
    scores_dict(py, &core::evaluate_documents(&all))
}

/// Parses the `.align` format (`[0, 1]:[0]` per line) into (src, tgt) pairs.
#[pyfunction]
#[pyo3(signature = (text, source_name = "<input>"))]
pub fn parse_alignments(text: &str, source_name: &str) -> PyResult<Vec<Bead>> {
    core::parse_alignments(text, source_name).py()
}

/// Reads an `.align` file into (src, tgt) pairs.
#[pyfunction]
pub fn read_alignments(path: std::path::PathBuf) -> PyResult<Vec<Bead>> {
    core::read_alignments(path).py()
}

fn core_units(units: Vec<PyRef<'_, AlignmentUnit>>) -> Vec<core::AlignmentUnit> {
    units.iter().map(|u| u.core()).collect()
}

/// JSON lines `{"src":[..],"tgt":[..],"score":..}`, one per unit.
#[pyfunction]
pub fn to_jsonl(units: Vec<PyRef<'_, AlignmentUnit>>) -> String {
    core::to_jsonl(&core_units(units))
}

/// `src_text<TAB>tgt_text` lines, one per unit: a side's sentences joined by a space, or by nothing
/// between Chinese or Japanese sentences; blank sentences and a byte-order mark left out. Raises
/// ArgumentError when a unit names a sentence beyond `src` or `tgt`.
#[pyfunction]
pub fn to_tsv(
    units: Vec<PyRef<'_, AlignmentUnit>>,
    src: Vec<String>,
    tgt: Vec<String>,
) -> PyResult<String> {
    core::to_tsv(&core_units(units), &src, &tgt).py()
}

/// A TMX 1.4b document of the units with text on both sides. Raises ArgumentError when a unit names a
/// sentence beyond `src` or `tgt`.
#[pyfunction]
#[pyo3(signature = (units, src, tgt, *, src_lang, tgt_lang))]
pub fn to_tmx(
    units: Vec<PyRef<'_, AlignmentUnit>>,
    src: Vec<String>,
    tgt: Vec<String>,
    src_lang: &str,
    tgt_lang: &str,
) -> PyResult<String> {
    let (s, t) = tags(src_lang, tgt_lang)?;
    core::to_tmx(&core_units(units), &src, &tgt, s, t).py()
}

/// Vecalign's `.align` lines (`[0, 1]:[0]`).
#[pyfunction]
pub fn write_align_format(units: Vec<PyRef<'_, AlignmentUnit>>) -> String {
    core::write_align_format(&core_units(units))
}
