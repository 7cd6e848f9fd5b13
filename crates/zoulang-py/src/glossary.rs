//! Python twins of `zoulang::glossary`: `Glossary`, `TermMatch`, `CheckIssue`. Offsets are code points.

use std::borrow::Cow;
use std::ffi::CString;
use std::sync::Arc;

use pyo3::exceptions::PyUserWarning;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use zoulang::CharIndex;
use zoulang::glossary::{Format, LanguagePair};

use crate::errors::{IntoPy, unsigned_arg};

fn pair(source_lang: &str, target_lang: &str) -> PyResult<LanguagePair> {
    LanguagePair::parse(source_lang, target_lang).py()
}

/// One glossary term found in a text: code point span, the text there, the entry id and the language of
/// the glossary term that matched.
///
/// >>> m = zoulang.Glossary.builtin().find("在寮國")[0]
/// >>> m
/// TermMatch(start=1, end=3, text='寮國', id='country_laos', lang='zh-Hant')
#[pyclass(frozen, eq, hash, module = "zoulang", name = "TermMatch")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TermMatch {
    /// Start (code points).
    #[pyo3(get)]
    start: usize,
    /// End (code points, exclusive).
    #[pyo3(get)]
    end: usize,
    /// The matched text as it stands in the input.
    #[pyo3(get)]
    text: String,
    /// The glossary entry id (one copy shared by the matches of one call, see the `id` getter).
    id: Arc<str>,
    /// The language tag of the glossary term that matched.
    #[pyo3(get)]
    lang: String,
}

#[pymethods]
impl TermMatch {
    #[new]
    fn new(
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
        text: String,
        id: String,
        lang: String,
    ) -> PyResult<Self> {
        Ok(TermMatch {
            start: unsigned_arg("start", start)?,
            end: unsigned_arg("end", end)?,
            text,
            id: Arc::from(id),
            lang,
        })
    }

    /// The glossary entry id.
    #[getter]
    fn id(&self) -> &str {
        &self.id
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("id", &*self.id)?;
        d.set_item("lang", &self.lang)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> (usize, usize, String, String, String) {
        (
            self.start,
            self.end,
            self.text.clone(),
            self.id.to_string(),
            self.lang.clone(),
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "TermMatch(start={}, end={}, text={:?}, id={:?}, lang={:?})",
            self.start, self.end, self.text, self.id, self.lang
        )
        .replace('"', "'")
    }
}

/// One finding of `Glossary.check_pair`: kind (`missing_target` or `forbidden_term`), entry id, code point
/// span (in the source for missing terms, in the target for forbidden ones), its text, and the expected term.
#[pyclass(frozen, eq, hash, module = "zoulang", name = "CheckIssue")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CheckIssue {
    /// `missing_target` or `forbidden_term`.
    #[pyo3(get)]
    kind: String,
    /// The glossary entry id.
    #[pyo3(get)]
    id: String,
    /// Start (code points).
    #[pyo3(get)]
    start: usize,
    /// End (code points).
    #[pyo3(get)]
    end: usize,
    /// The text of the span.
    #[pyo3(get)]
    text: String,
    /// The term expected in the target language, if the glossary has one.
    #[pyo3(get)]
    expected: Option<String>,
}

type CheckIssueArgs = (String, String, usize, usize, String, Option<String>);

#[pymethods]
impl CheckIssue {
    #[new]
    #[pyo3(signature = (kind, id, start, end, text, expected=None))]
    fn new(
        kind: String,
        id: String,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
        text: String,
        expected: Option<String>,
    ) -> PyResult<Self> {
        Ok(CheckIssue {
            kind,
            id,
            start: unsigned_arg("start", start)?,
            end: unsigned_arg("end", end)?,
            text,
            expected,
        })
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", &self.kind)?;
        d.set_item("id", &self.id)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("expected", &self.expected)?;
        Ok(d)
    }

    fn __getnewargs__(&self) -> CheckIssueArgs {
        (
            self.kind.clone(),
            self.id.clone(),
            self.start,
            self.end,
            self.text.clone(),
            self.expected.clone(),
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "CheckIssue(kind='{}', id='{}', start={}, end={}, text='{}', expected={})",
            self.kind,
            self.id,
            self.start,
            self.end,
            self.text,
            self.expected
                .as_ref()
                .map_or("None".to_string(), |e| format!("'{e}'"))
        )
    }
}

fn matches(g: &zoulang::Glossary, text: &str) -> Vec<TermMatch> {
    to_py_matches(text, g.find(text))
}

fn to_py_matches(text: &str, found: Vec<zoulang::TermMatch>) -> Vec<TermMatch> {
    let mut idx = crate::chars::CharCursor::new(text);
    // One shared copy per distinct id in this call's results (the core's matches borrow their ids from
    // the glossary, so equal ids are the same address: keyed by it, no string is hashed).
    let mut ids: std::collections::HashMap<*const u8, Arc<str>> = std::collections::HashMap::new();
    found
        .into_iter()
        .map(|m| TermMatch {
            start: idx.char_at(m.start),
            end: idx.char_at(m.end),
            text: m.text.to_owned(),
            id: Arc::clone(ids.entry(m.id.as_ptr()).or_insert_with(|| Arc::from(m.id))),
            lang: m.lang.as_str().to_string(),
        })
        .collect()
}

fn concept_dict<'py>(
    py: Python<'py>,
    c: &zoulang::glossary::Concept,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &c.id)?;
    d.set_item("category", &c.category)?;
    d.set_item("status", c.status.as_str())?;
    let terms = c
        .terms
        .iter()
        .map(|t| {
            let td = PyDict::new(py);
            td.set_item("text", &t.text)?;
            td.set_item("lang", t.lang.as_str())?;
            td.set_item("region", &t.region)?;
            td.set_item("kind", t.kind.as_str())?;
            Ok(td)
        })
        .collect::<PyResult<Vec<_>>>()?;
    d.set_item("terms", terms)?;
    d.set_item("notes", &c.notes)?;
    d.set_item("sources", &c.sources)?;
    Ok(d)
}

/// Splits a language code such as ``zh-Hant-TW``, ``zh_TW`` or ``en`` into zoulang's canonical tag and a
/// region (``None`` without one). A variant registered with IANA for an orthography or a dialect is dropped
/// and the region kept: ``de-CH-1901`` gives ``('de', 'CH')``. Raises LanguageError for an unknown language,
/// or for a subtag zoulang cannot keep: a script other than Hans/Hant such as ``zh-Latn``, a region that is
/// not 2 letters or 3 digits such as ``en-Canada``, an extension or private use, or a variant that is a
/// transcription, romanization or ASCII fallback (``en-Latn-US-fonipa``, ``yue-jyutping``, ``zh-Latn-pinyin``,
/// ``eo-xsistemo``: not the language's spelling), unregistered, repeated (``de-CH-1901-1901``) or not fitting
/// its registered prefix (``en-1901``; a prefix's subtags may stand apart, ``sl-IT-rozaj-biske``).
///
/// >>> parse_lang_region("zh_TW"), parse_lang_region("vi"), parse_lang_region("de-CH-1901")
/// (('zh-Hant', 'TW'), ('vi', None), ('de', 'CH'))
/// >>> try:
/// ...     parse_lang_region("en-Latn-US-fonipa")
/// ... except LanguageError as e:
/// ...     print("transcription or romanization" in str(e))
/// True
#[pyfunction]
pub fn parse_lang_region(code: &str) -> PyResult<(&'static str, Option<String>)> {
    let (lang, region) = zoulang::glossary::parse_lang_region(code).py()?;
    Ok((lang.as_str(), region))
}

/// A `region=` argument checked: None or blank is no region (then the tag's own counts); otherwise two
/// letters or three digits (upper-cased), agreeing with a region in the language tag. Raises ArgumentError
/// naming `region` (it was taken as given, so `region="Taiwan"` silently matched nothing).
fn region_arg(region: Option<&str>, in_tag: Option<String>) -> PyResult<Option<String>> {
    let Some(given) = region.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(in_tag);
    };
    let bad = |msg: String| Err(zoulang::Error::InvalidArgument(msg)).py();
    let Some(r) = zoulang::glossary::Region::new(given) else {
        return bad(format!(
            "`region` must be a BCP 47 region of 2 letters or 3 digits (TW, HK, 419), got `{given}`"
        ));
    };
    match in_tag {
        Some(t) if t != r.as_str() => bad(format!(
            "`region` {} contradicts the region {t} in the language tag",
            r.as_str()
        )),
        _ => Ok(Some(r.as_str().to_string())),
    }
}

/// Folds text for term matching (NFKC, half width, dashes, quotes, spaces, lower case, Chinese to
/// Simplified; a run of dashes is one dash) and returns it with the OffsetMap back to `text` (code
/// points).
///
/// >>> zoulang.fold_for_matching("中國—東盟資訊港 ＥＸＰＯ")[0]
/// '中国-东盟信息港 expo'
#[pyfunction]
pub fn fold_for_matching(py: Python<'_>, text: &str) -> (String, crate::text::OffsetMap) {
    py.detach(|| {
        let (out, map) = zoulang::glossary::fold_for_matching(text);
        let chars = map.to_char_units(text, &out);
        (out, crate::text::OffsetMap(chars))
    })
}

/// A term glossary: concepts with terms per language, and a compiled finder that matches them in any
/// script, case, width and Chinese variant.
///
/// >>> g = zoulang.Glossary.builtin()
/// >>> [m.id for m in g.find("老挝, 老撾 and 寮國")]
/// ['country_laos', 'country_laos', 'country_laos']
/// >>> g.translate("Laos", to_lang="th")
/// 'ลาว'
///
/// Pickles by its source data (JSON), not by the compiled automaton. Readers raise FormatError naming file
/// and line for malformed input, and InputTooLargeError for a term over 1 KiB or an id, category, note or
/// source over 64 KiB.
#[pyclass(frozen, module = "zoulang", name = "Glossary")]
pub struct Glossary(pub(crate) zoulang::Glossary);

/// An OmegaT error about a concept lacking a side, with the option that leaves such concepts out.
fn incomplete_hint(e: zoulang::Error, f: Format, skip_incomplete: bool) -> zoulang::Error {
    match e {
        zoulang::Error::InvalidArgument(m)
            if f == Format::OmegaT && !skip_incomplete && m.contains("has no") =>
        {
            zoulang::Error::InvalidArgument(format!(
                "{m} (skip_incomplete=True leaves such concepts out)"
            ))
        }
        e => e,
    }
}

impl Glossary {
    /// The glossary to write in `f`: with `skip_incomplete` and OmegaT, only the concepts with both
    /// sides of `p`, the number left out given as a UserWarning (the CLI's `--skip-incomplete`).
    fn to_write(
        &self,
        py: Python<'_>,
        f: Format,
        p: LanguagePair,
        skip_incomplete: bool,
    ) -> PyResult<Cow<'_, zoulang::Glossary>> {
        if !(skip_incomplete && f == Format::OmegaT) {
            return Ok(Cow::Borrowed(&self.0));
        }
        let (both, left_out) = self.0.with_both_languages(p).py()?;
        if left_out > 0 {
            let msg = format!(
                "left out {left_out} of {} concepts without both a {} and a {} term",
                self.0.len(),
                p.source_code(),
                p.target_code()
            );
            let category = py.get_type::<PyUserWarning>();
            PyErr::warn(py, &category, &CString::new(msg)?, 1)?;
        }
        Ok(Cow::Owned(both))
    }

    fn load(path: &str, format: Format, pair: LanguagePair) -> PyResult<Self> {
        Ok(Glossary(
            zoulang::Glossary::from_path_with(path, format, pair).py()?,
        ))
    }
}

#[pymethods]
impl Glossary {
    /// The built-in China–ASEAN glossary.
    #[staticmethod]
    fn builtin() -> Self {
        Glossary(zoulang::Glossary::builtin().clone())
    }

    /// Reads a glossary file, the format from `format` or the extension (.tsv .csv .txt/.utf8 .json .tbx).
    #[staticmethod]
    #[pyo3(signature = (path, *, format = None, source_lang = "en", target_lang = "zh-Hans"))]
    fn from_path(
        path: &str,
        format: Option<&str>,
        source_lang: &str,
        target_lang: &str,
    ) -> PyResult<Self> {
        let f = match format {
            Some(f) => f.parse::<Format>().py()?,
            None => Format::from_path(path).py()?,
        };
        Self::load(path, f, pair(source_lang, target_lang)?)
    }

    /// Reads a TSV glossary (a column per language, `|` between synonyms).
    #[staticmethod]
    fn from_tsv(path: &str) -> PyResult<Self> {
        Self::load(path, Format::Tsv, LanguagePair::default())
    }

    /// Reads a CSV glossary with language headers, as CAT tools export (RFC 4180: no backslash escapes;
    /// ``||`` is a literal ``|``; a header ``id`` after the first column is Indonesian).
    #[staticmethod]
    fn from_csv(path: &str) -> PyResult<Self> {
        Self::load(path, Format::Csv, LanguagePair::default())
    }

    /// Reads a JSON glossary.
    #[staticmethod]
    fn from_json(path: &str) -> PyResult<Self> {
        Self::load(path, Format::Json, LanguagePair::default())
    }

    /// Reads a TBX glossary (TBX-Basic v3 in DCA or DCT style, or the older martif form). Data categories
    /// the model has no field for (transactions, cross-references, termType, ...) are kept as notes; a
    /// truncated file raises FormatError naming the line of the unfinished entry.
    #[staticmethod]
    fn from_tbx(path: &str) -> PyResult<Self> {
        Self::load(path, Format::Tbx, LanguagePair::default())
    }

    /// Reads a bilingual OmegaT glossary (source<TAB>target<TAB>comment): each row is a concept of its
    /// own, its comment a note, except a row whose comment is exactly the mark `write` gives a concept's
    /// other terms, `synonym of P` or `abbreviation of P`, where P is the preferred term of the concept
    /// above and the row differs from that concept's first row in that one term: it joins that concept as
    /// a synonym or abbreviation. Rows that merely share a term (homonyms, a file sorted by source term,
    /// repeated rows) are never merged; errors name the line of the row at fault.
    #[staticmethod]
    #[pyo3(signature = (path, *, source_lang = "en", target_lang = "zh-Hans"))]
    fn from_omegat(path: &str, source_lang: &str, target_lang: &str) -> PyResult<Self> {
        Self::load(path, Format::OmegaT, pair(source_lang, target_lang)?)
    }

    /// Parses glossary text in `format` (tsv, csv, omegat, json, tbx). Values are read trimmed of leading
    /// and trailing white space in every format.
    #[staticmethod]
    #[pyo3(signature = (text, *, format, source_lang = "en", target_lang = "zh-Hans"))]
    fn parse(text: &str, format: &str, source_lang: &str, target_lang: &str) -> PyResult<Self> {
        let f = format.parse::<Format>().py()?;
        Ok(Glossary(
            zoulang::Glossary::parse(text, f, "<string>", pair(source_lang, target_lang)?).py()?,
        ))
    }

    /// The glossary as text in `format` (tsv, csv, omegat, json, tbx); OmegaT pairs take the region of
    /// `source_lang`/`target_lang` (`zh-TW` writes 東協, `zh-HK` 老撾), with a row of its own for each
    /// synonym and abbreviation, its comment only the mark `synonym of P` or `abbreviation of P` (P the
    /// preferred term of that side; never a forbidden term). Raises ArgumentError for
    /// what the format cannot hold: an OmegaT concept without both languages (unless `skip_incomplete`,
    /// which leaves such concepts out with a UserWarning giving their number, as the CLI's
    /// `--skip-incomplete` does) or with a tab or line break, a TBX value with a control character other
    /// than tab or line break (XML 1.0 has no form for it).
    #[pyo3(signature = (format, *, source_lang = "en", target_lang = "zh-Hans", skip_incomplete = false))]
    fn write(
        &self,
        py: Python<'_>,
        format: &str,
        source_lang: &str,
        target_lang: &str,
        skip_incomplete: bool,
    ) -> PyResult<String> {
        let f = format.parse::<Format>().py()?;
        let p = pair(source_lang, target_lang)?;
        let g = self.to_write(py, f, p, skip_incomplete)?;
        g.write(f, p)
            .map_err(|e| incomplete_hint(e, f, skip_incomplete))
            .py()
    }

    /// Writes the glossary to `path`, the format from `format` or the extension; `skip_incomplete` as
    /// for `write`.
    #[pyo3(signature = (path, *, format = None, source_lang = "en", target_lang = "zh-Hans", skip_incomplete = false))]
    fn write_path(
        &self,
        py: Python<'_>,
        path: &str,
        format: Option<&str>,
        source_lang: &str,
        target_lang: &str,
        skip_incomplete: bool,
    ) -> PyResult<()> {
        let f = match format {
            Some(f) => f.parse::<Format>().py()?,
            None => Format::from_path(path).py()?,
        };
        let p = pair(source_lang, target_lang)?;
        let g = self.to_write(py, f, p, skip_incomplete)?;
        g.write_path(path, f, p)
            .map_err(|e| incomplete_hint(e, f, skip_incomplete))
            .py()
    }

    /// A new glossary with the entries of both, `other`'s first in entry order and so found first where
    /// terms of both fold alike (a user glossary merged into the built-in one wins; the order, hence the
    /// precedence, survives pickling and writing); an id in both is a `FormatError` naming the file and
    /// line of each.
    fn merged(&self, other: &Glossary) -> PyResult<Glossary> {
        let mut g = self.0.clone();
        g.extend(other.0.clone()).py()?;
        Ok(Glossary(g))
    }

    /// Every glossary term in `text`, leftmost-longest, with code point offsets; folds case, width,
    /// dashes, quotes and Chinese script, except that a proper name of one word of at most 4 letters
    /// written with a capital (an entry of a name category: country, capital, language, organisation,
    /// agreement, hub, programme, company, university, place, person, …; or an abbreviation in capitals:
    /// `Lao`, `Thai`, `NPC`) does not match an all-lower-case word when that is a word of its own
    /// (Vietnamese `lao động`, `mang thai`); `laos` is not, so `visit laos` is found. A capitalised
    /// common noun of another category (`Bank`) matches `bank`, unless a name of a merged glossary is
    /// spelled the same (a user's uncategorised `Thai` shares the built-in language's rule).
    fn find(&self, py: Python<'_>, text: &str) -> Vec<TermMatch> {
        py.detach(|| matches(&self.0, text))
    }

    /// `find` on many texts in parallel, with the GIL released; Ctrl-C stops it between texts.
    fn find_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::interrupt::batch(py, &crate::interrupt::texts(&texts)?, |t| {
            matches(&self.0, t)
        })
    }

    /// The preferred term of entry `id` in `lang`, or None. A region in `lang` (`zh-TW`, `zh-Hant-HK`)
    /// picks that region's term where the entry has one, `zh-MO` the Hong Kong one as CLDR inherits
    /// (Rust: `lookup_regional`). Plain `zh` (or `cmn`) takes the Simplified term, then the
    /// Traditional; plain-`zh` terms answer `zh-Hans` and `zh-Hant`; never the other script.
    fn lookup(&self, id: &str, lang: &str) -> PyResult<Option<String>> {
        self.lookup_regional(id, lang, None)
    }

    /// `lookup` with the region given apart (`lookup_regional("asean", "zh-Hant", "TW")`); without one,
    /// a region in `lang` counts.
    /// `region` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError.
    #[pyo3(signature = (id, lang, region = None))]
    fn lookup_regional(
        &self,
        id: &str,
        lang: &str,
        region: Option<&str>,
    ) -> PyResult<Option<String>> {
        let (lang, in_tag) = zoulang::glossary::parse_lang_region(lang).py()?;
        Ok(self
            .0
            .lookup_regional(id, lang, region_arg(region, in_tag)?.as_deref())
            .map(str::to_string))
    }

    /// The preferred `to_lang` term of the entry that `term` names (folded: case, width, script), or None.
    /// A region in `to_lang` (`zh-TW`) picks that region's term where the entry has one (Rust:
    /// `translate_regional`).
    #[pyo3(signature = (term, *, to_lang))]
    fn translate(&self, term: &str, to_lang: &str) -> PyResult<Option<String>> {
        self.translate_regional(term, to_lang, None)
    }

    /// `translate` with the region given apart (`translate_regional("ASEAN", to_lang="zh-Hant", region="TW")`);
    /// without one, a region in `to_lang` counts.
    /// `region` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError.
    #[pyo3(signature = (term, *, to_lang, region = None))]
    fn translate_regional(
        &self,
        term: &str,
        to_lang: &str,
        region: Option<&str>,
    ) -> PyResult<Option<String>> {
        let (lang, in_tag) = zoulang::glossary::parse_lang_region(to_lang).py()?;
        Ok(self
            .0
            .translate_regional(term, lang, region_arg(region, in_tag)?.as_deref())
            .map(str::to_string))
    }

    /// Key-term check of an aligned pair, as Xbench's: every entry with a `src_lang` term in `src` (each
    /// entry claiming that folded form, so a merged user glossary neither hides nor fakes one) needs one of
    /// its `tgt_lang` terms anywhere in `tgt` (folded, word boundaries for spaced scripts, inside a longer
    /// term too: 老挝 in 老挝政府); entries without a `tgt_lang` term are skipped; forbidden terms used in
    /// the target are reported too (Rust: `check_pair_regional`). Chinese: the script never matters (东协
    /// counts for 東協). Without a region, `zh-Hant` and `zh` take any Chinese term of the entry; with a
    /// region in `tgt_lang` (`zh-TW`, `zh-HK`), or `zh-Hans` (taken as mainland, `zh-CN`), only the
    /// region's own phrasing counts and is `expected`: the region's term, else its CLDR parent's (`HK` for
    /// `MO`), else the target script's term without region; never another region's. So `zh-TW` wants
    /// 東協 and 寮國, not 东盟 or 老挝; `zh-HK` 東盟 and 老撾; `zh-Hans`/`zh-CN` 东盟 and 老挝, not 东协 or
    /// 寮國. A forbidden term counts only in its own language and region.
    #[pyo3(signature = (src, tgt, *, src_lang, tgt_lang))]
    fn check_pair(
        &self,
        py: Python<'_>,
        src: &str,
        tgt: &str,
        src_lang: &str,
        tgt_lang: &str,
    ) -> PyResult<Vec<CheckIssue>> {
        self.check_pair_regional(py, src, tgt, src_lang, tgt_lang, None)
    }

    /// `check_pair` with the target's region given apart (`region="TW"`); without one, a region in
    /// `tgt_lang` counts.
    /// `region` is 2 letters or 3 digits (blank: none) and must agree with a region in the tag; else ArgumentError.
    #[pyo3(signature = (src, tgt, *, src_lang, tgt_lang, region = None))]
    fn check_pair_regional(
        &self,
        py: Python<'_>,
        src: &str,
        tgt: &str,
        src_lang: &str,
        tgt_lang: &str,
        region: Option<&str>,
    ) -> PyResult<Vec<CheckIssue>> {
        // Both languages are read alike: a subtag the glossary cannot keep (`zh-Latn`) is an error.
        let (sl, _) = zoulang::glossary::parse_lang_region(src_lang).py()?;
        let (tl, in_tag) = zoulang::glossary::parse_lang_region(tgt_lang).py()?;
        let region = region_arg(region, in_tag)?;
        let issues = py.detach(|| {
            self.0
                .check_pair_regional(src, tgt, sl, tl, region.as_deref())
        });
        let (si, ti) = (CharIndex::new(src), CharIndex::new(tgt));
        Ok(issues
            .into_iter()
            .map(|i| {
                let idx = match i.kind {
                    zoulang::glossary::IssueKind::MissingTarget => &si,
                    _ => &ti,
                };
                CheckIssue {
                    kind: match i.kind {
                        zoulang::glossary::IssueKind::MissingTarget => "missing_target",
                        _ => "forbidden_term",
                    }
                    .to_string(),
                    id: i.id,
                    start: idx.to_char(i.start),
                    end: idx.to_char(i.end),
                    text: i.text,
                    expected: i.expected,
                }
            })
            .collect())
    }

    /// The Chinese terms as a jieba user dictionary (`word freq nz` per line). jieba cuts at characters
    /// outside its default class (`—`, `（）`, `：`, spaces) before it consults the dictionary, so such a
    /// name goes out with its dashes as `-`, without them, and as its pieces (`中国-东盟博览会`,
    /// `中国东盟博览会`, `东盟博览会`). Words jieba's default dictionary has (`中国`, `东盟`) are left out,
    /// and so are Traditional spellings of them that jieba alone keeps whole (`中國`, `緬甸`). Names of
    /// more than four characters get `freq`; shorter ones that of the rarest word jieba cuts their
    /// Simplified form into (`越南文` 1532, as `越南`), so `越南文化` stays `越南 / 文化`; pieces a modest
    /// frequency from jieba's own counts. Ordinary text is cut as before, within limits: words left out get
    /// no `nz` tag; a short name still beats a rarer word across its edge (`越南文学` as `越南文 / 学`) and,
    /// in Traditional text, a word jieba lacks (`菲律賓文化` as `菲律賓文 / 化`: fold to Simplified first);
    /// the counts are those of jieba's default dictionary, not `dict.txt.big`'s; a Traditional spelling left
    /// out is cut as jieba alone cuts it (`廣西南寧` as `廣 / 西南 / 寧`: fold to Simplified first). A `freq` of 0
    /// is taken as 1.
    #[pyo3(signature = (*, freq = 100_000))]
    fn jieba_user_words(&self, freq: u32) -> String {
        self.0.jieba_user_words(freq)
    }

    /// A glossary with no entries.
    #[staticmethod]
    fn empty() -> Self {
        Glossary(zoulang::Glossary::empty())
    }

    /// One entry as a dict (id, category, status, terms, notes, sources), or None.
    fn concept<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.0.concept(id).map(|c| concept_dict(py, c)).transpose()
    }

    /// Every entry as a dict, in order.
    fn concepts<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.0
            .concepts()
            .iter()
            .map(|c| concept_dict(py, c))
            .collect()
    }

    /// The entry ids, in order.
    fn ids(&self) -> Vec<String> {
        self.0.concepts().iter().map(|c| c.id.clone()).collect()
    }

    fn __len__(&self) -> usize {
        self.0.len()
    }

    fn __contains__(&self, id: &str) -> bool {
        self.0.concept(id).is_some()
    }

    fn __eq__(&self, other: &Glossary) -> bool {
        self.0 == other.0
    }

    /// Rebuilds a glossary from its JSON form (used by pickling).
    #[staticmethod]
    fn _from_json(text: &str) -> PyResult<Self> {
        Ok(Glossary(
            zoulang::Glossary::parse(text, Format::Json, "<pickle>", LanguagePair::default())
                .py()?,
        ))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let json = slf
            .get()
            .0
            .write(Format::Json, LanguagePair::default())
            .py()?;
        Ok((slf.getattr("_from_json")?, (json,)))
    }

    fn __repr__(&self) -> String {
        format!("Glossary(entries={})", self.0.len())
    }
}
