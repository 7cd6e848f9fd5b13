//! Python twins of `zoulang::convert`: OpenCC-exact script conversion, offsets in code points.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use zoulang::convert::{Config, Overlay};

use crate::errors::IntoPy;
use crate::interrupt::{changed, same_or_new, str_batch};
use crate::text::OffsetMap;

fn overlays(names: Option<Vec<String>>) -> PyResult<Vec<Overlay>> {
    names
        .unwrap_or_default()
        .iter()
        .map(|n| Overlay::parse(n))
        .collect::<zoulang::Result<Vec<_>>>()
        .py()
}

fn converter(config: &str, overlay_names: Option<Vec<String>>) -> PyResult<zoulang::Converter> {
    let c = zoulang::Converter::new(Config::parse(config).py()?);
    c.try_with_overlays(&overlays(overlay_names)?).py()
}

/// Converts Chinese text with an OpenCC configuration; output is byte-identical to OpenCC 1.4.2.
///
/// >>> zoulang.convert("老挝信息港", "s2twp")
/// '寮國資訊港'
///
/// Raises ArgumentError for an unknown configuration or overlay (the message lists the valid names), or
/// an overlay on a configuration whose output is not Traditional (t2s, tw2s, hk2s, t2jp, …).
#[pyfunction]
#[pyo3(signature = (text, config, *, overlays = None))]
pub fn convert<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    config: &str,
    overlays: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyString>> {
    let c = converter(config, overlays)?;
    let t = text.to_str()?;
    let out = py.detach(|| changed(t, c.convert(t)));
    Ok(same_or_new(text, t, out))
}

/// Converts many texts in parallel on all cores, with the GIL released. Ctrl-C stops it between texts
/// (KeyboardInterrupt).
///
/// >>> zoulang.convert_batch(["汉字", "头发"], "s2t")
/// ['漢字', '頭髮']
#[pyfunction]
#[pyo3(signature = (texts, config, *, overlays = None))]
pub fn convert_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    config: &str,
    overlays: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let c = converter(config, overlays)?;
    str_batch(py, &texts, |t| c.convert(t))
}

/// Folds Chinese in any script or regional standard to mainland Simplified, with the OffsetMap back to `text`.
///
/// >>> out, m = zoulang.fold_to_simplified("寮國資訊港")
/// >>> out, m.to_source(2, 5)
/// ('老挝信息港', (2, 5))
#[pyfunction]
pub fn fold_to_simplified(py: Python<'_>, text: &str) -> (String, OffsetMap) {
    py.detach(|| {
        let (out, map) = zoulang::fold_to_simplified(text);
        let chars = map.to_char_units(text, &out);
        (out, OffsetMap(chars))
    })
}

/// Bytes of the compiled dictionaries a configuration uses (embedded in the library, read in place,
/// plus a 512 KiB per-code-point table each, built on first use).
///
/// >>> zoulang.dictionary_bytes("t2s") > 0
/// True
#[pyfunction]
pub fn dictionary_bytes(config: &str) -> PyResult<usize> {
    Ok(zoulang::convert::dictionary_bytes(
        Config::parse(config).py()?,
    ))
}

/// A reusable converter for one OpenCC configuration (and optional regional usage overlays).
///
/// Immutable, thread-safe and picklable (by configuration name and overlays).
///
/// >>> c = zoulang.Converter("s2twp")
/// >>> c.convert("人工智能")
/// '人工智慧'
/// >>> out, m = c.convert_with_offsets("信息港")
/// >>> out, m.to_source(0, 2)
/// ('資訊港', (0, 2))
#[pyclass(frozen, eq, module = "zoulang", name = "Converter")]
#[derive(Clone)]
pub struct Converter {
    inner: zoulang::Converter,
}

impl PartialEq for Converter {
    fn eq(&self, other: &Self) -> bool {
        self.inner.config() == other.inner.config()
            && self.inner.overlays() == other.inner.overlays()
    }
}

#[pymethods]
impl Converter {
    #[new]
    #[pyo3(signature = (config, *, overlays = None))]
    fn new(config: &str, overlays: Option<Vec<String>>) -> PyResult<Self> {
        Ok(Converter {
            inner: converter(config, overlays)?,
        })
    }

    /// The configuration name, e.g. "s2twp".
    #[getter]
    fn config(&self) -> &'static str {
        self.inner.config().map_or("fold", Config::name)
    }

    /// The regional usage overlays in effect (names; empty by default).
    #[getter]
    fn overlays(&self) -> Vec<&'static str> {
        self.inner.overlays().iter().map(|o| o.name()).collect()
    }

    /// A converter with these overlays instead (tai, li, zhe, shuo, jihua). Raises ArgumentError for an
    /// unknown overlay, or any overlay on a configuration whose output is not Traditional (t2s, t2jp, …).
    ///
    /// >>> zoulang.Converter("s2tw").with_overlays(["tai"]).convert("台湾")
    /// '台灣'
    fn with_overlays(&self, overlays: Vec<String>) -> PyResult<Self> {
        let list = self::overlays(Some(overlays))?;
        Ok(Converter {
            inner: self.inner.try_with_overlays(&list).py()?,
        })
    }

    /// Converts `text`.
    fn convert<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
    ) -> PyResult<Bound<'py, PyString>> {
        let t = text.to_str()?;
        let out = py.detach(|| changed(t, self.inner.convert(t)));
        Ok(same_or_new(text, t, out))
    }

    /// Converts `text` and returns the OffsetMap from the output back to `text` (code points).
    fn convert_with_offsets(&self, py: Python<'_>, text: &str) -> (String, OffsetMap) {
        py.detach(|| {
            let (out, map) = self.inner.convert_with_offsets(text);
            let chars = map.to_char_units(text, &out);
            (out, OffsetMap(chars))
        })
    }

    /// A ConvertStream: conversion of text arriving in pieces, in bounded memory.
    ///
    /// >>> zoulang.Converter("s2t").stream().push("汉字\n")
    /// '漢字\n'
    fn stream(&self) -> ConvertStream {
        ConvertStream {
            inner: self.inner.stream(),
            converter: self.clone(),
        }
    }

    /// Converts many texts in parallel on all cores, with the GIL released; Ctrl-C stops it between texts.
    fn convert_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        str_batch(py, &texts, |t| self.inner.convert(t))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("config", self.config())?;
        d.set_item("overlays", self.overlays())?;
        Ok(d)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<((&'static str,), Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("overlays", self.overlays())?;
        Ok(((self.config(),), kwargs))
    }

    fn __repr__(&self) -> String {
        let overlays = self.overlays();
        if overlays.is_empty() {
            format!("Converter('{}')", self.config())
        } else {
            let names: Vec<String> = overlays.iter().map(|o| format!("'{o}'")).collect();
            format!(
                "Converter('{}', overlays=[{}])",
                self.config(),
                names.join(", ")
            )
        }
    }
}

/// Converts text that arrives in pieces (the lines of a large file) in bounded memory: ``push`` returns the
/// output that is final, ``finish`` the rest; joined, they equal ``Converter.convert`` of the whole text.
/// After a piece that ends with a line break, at most 64 code points are held back (an ideographic
/// description sequence that may take the next line's first characters as operands).
///
/// >>> s = zoulang.Converter("s2t").stream()
/// >>> s.push("头发\n这是⿰")
/// '頭髮\n這是'
/// >>> s.held()
/// '⿰'
/// >>> s.push("\n发\n") + s.finish()
/// '⿰\n发\n'
///
/// Picklable with what it holds back; ``ConvertStream(config, overlays=...)`` equals
/// ``Converter(config, overlays=...).stream()``.
#[pyclass(eq, module = "zoulang", name = "ConvertStream")]
pub struct ConvertStream {
    inner: zoulang::convert::ConvertStream,
    converter: Converter,
}

impl PartialEq for ConvertStream {
    fn eq(&self, other: &Self) -> bool {
        self.converter == other.converter && self.inner.held() == other.inner.held()
    }
}

#[pymethods]
impl ConvertStream {
    #[new]
    #[pyo3(signature = (config, *, overlays = None))]
    fn new(config: &str, overlays: Option<Vec<String>>) -> PyResult<Self> {
        Ok(Converter::new(config, overlays)?.stream())
    }

    /// Appends `text` and returns the output that is now final (possibly empty).
    fn push(&mut self, py: Python<'_>, text: &str) -> String {
        let inner = &mut self.inner;
        py.detach(|| inner.push(text))
    }

    /// Converts and returns what is held back; the stream is then empty and can take a new text.
    fn finish(&mut self, py: Python<'_>) -> String {
        let done = std::mem::replace(&mut self.inner, self.converter.inner.stream());
        py.detach(|| done.finish())
    }

    /// The text held back, not yet converted.
    fn held(&self) -> &str {
        self.inner.held()
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<((&'static str,), Bound<'py, PyDict>)> {
        self.converter.__getnewargs_ex__(py)
    }

    fn __getstate__(&self) -> &str {
        self.inner.held()
    }

    fn __setstate__(&mut self, held: &str) -> PyResult<()> {
        // A held-back tail pushed again from a fresh stream is held back again: nothing is output. Any other
        // text would produce output that a state cannot return: refuse it rather than lose it.
        let mut inner = self.converter.inner.stream();
        if !inner.push(held).is_empty() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "ConvertStream state must be the text a stream held back (ConvertStream.held)",
            ));
        }
        self.inner = inner;
        Ok(())
    }

    fn __repr__(&self) -> String {
        format!(
            "ConvertStream('{}', held={})",
            self.converter.config(),
            self.inner.held().chars().count()
        )
    }
}
