//! Python twins of `zoulang::segment`: sentence splitting and word segmentation. Offsets are code points.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::chars::CharCursor;
use crate::errors::{IntoPy, unsigned_arg};
use crate::interrupt::{batch, texts};

/// One sentence: ``text`` and its code point span ``[start, end)`` in the input.
///
/// >>> s = zoulang.split_sentences("Hi there.  Bye.", lang="en")[1]
/// >>> s
/// Sentence(text='Bye.', start=11, end=15)
/// >>> s.to_dict()
/// {'text': 'Bye.', 'start': 11, 'end': 15}
#[pyclass(frozen, eq, hash, module = "zoulang", name = "Sentence")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Sentence {
    /// The sentence text (no leading or trailing white space).
    #[pyo3(get)]
    text: String,
    /// Start, in code points.
    #[pyo3(get)]
    start: usize,
    /// End (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
}

/// One word, number or punctuation mark: ``text`` and its code point span ``[start, end)``.
///
/// >>> zoulang.segment_words("中国与东盟", lang="zh-Hans")[2]
/// Token(text='东盟', start=3, end=5)
#[pyclass(frozen, eq, hash, module = "zoulang", name = "Token")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Token {
    /// The token text.
    #[pyo3(get)]
    text: String,
    /// Start, in code points.
    #[pyo3(get)]
    start: usize,
    /// End (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
}

/// `Sentence` and `Token` share their shape: text plus a code point span.
macro_rules! span_class {
    ($ty:ident) => {
        #[pymethods]
        impl $ty {
            #[new]
            fn new(
                text: String,
                start: &Bound<'_, PyAny>,
                end: &Bound<'_, PyAny>,
            ) -> PyResult<Self> {
                Ok($ty {
                    text,
                    start: unsigned_arg("start", start)?,
                    end: unsigned_arg("end", end)?,
                })
            }

            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let d = PyDict::new(py);
                d.set_item("text", &self.text)?;
                d.set_item("start", self.start)?;
                d.set_item("end", self.end)?;
                Ok(d)
            }

            fn __getnewargs__(&self) -> (String, usize, usize) {
                (self.text.clone(), self.start, self.end)
            }

            fn __repr__(&self) -> String {
                format!(
                    "{}(text={}, start={}, end={})",
                    stringify!($ty),
                    py_str_repr(&self.text),
                    self.start,
                    self.end
                )
            }
        }
    };
}
span_class!(Sentence);
span_class!(Token);

/// Python's repr of a str (single quotes unless the text has one and no double quote).
fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Byte spans of `text` as (text, code point start, code point end).
fn to_chars(text: &str, spans: Vec<std::ops::Range<usize>>) -> Vec<(String, usize, usize)> {
    let mut idx = CharCursor::new(text);
    spans
        .into_iter()
        .map(|r| {
            let (start, end) = idx.span(r.clone());
            (text[r].to_string(), start, end)
        })
        .collect()
}

/// Byte spans of `text` as code point `(start, end)` pairs.
fn code_point_spans(text: &str, spans: Vec<std::ops::Range<usize>>) -> Vec<(usize, usize)> {
    let mut idx = CharCursor::new(text);
    spans.into_iter().map(|r| idx.span(r)).collect()
}

fn sentences(text: &str, s: &zoulang::SentenceSplitter) -> Vec<Sentence> {
    to_chars(text, s.spans(text))
        .into_iter()
        .map(|(text, start, end)| Sentence { text, start, end })
        .collect()
}

fn tokens(text: &str, s: &zoulang::WordSegmenter) -> Vec<Token> {
    to_chars(text, s.spans(text))
        .into_iter()
        .map(|(text, start, end)| Token { text, start, end })
        .collect()
}

fn splitter(lang: &str, hard_wrap: bool, semicolons: bool) -> PyResult<zoulang::SentenceSplitter> {
    zoulang::SentenceSplitter::new(
        lang,
        zoulang::SplitOptions {
            hard_wrap,
            semicolons,
        },
    )
    .py()
}

/// Splits text into sentences (code point offsets). ``lang``: a tag (``en``, ``zh-Hant``, aliases such as
/// ``zh-TW``) or ``auto``. ``hard_wrap``: a single line break does not end a sentence. ``semicolons``:
/// ``;`` and ``；`` end sentences. Sentences plus the white space between them give back the input.
///
/// >>> [s.text for s in zoulang.split_sentences("Mr. Lee met Dr. Tan. They talked.", lang="en")]
/// ['Mr. Lee met Dr. Tan.', 'They talked.']
///
/// Raises LanguageError for an unknown tag.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "auto", hard_wrap = false, semicolons = false))]
pub fn split_sentences(
    py: Python<'_>,
    text: &str,
    lang: &str,
    hard_wrap: bool,
    semicolons: bool,
) -> PyResult<Vec<Sentence>> {
    let s = splitter(lang, hard_wrap, semicolons)?;
    Ok(py.detach(|| sentences(text, &s)))
}

/// ``text`` with its line breaks unwrapped: each run of white space holding a line break becomes one
/// space, or nothing next to a character of unspaced writing (Han, kana, CJK punctuation, full-width
/// forms); a break at the start or end is dropped, other white space is kept. For showing a sentence of
/// hard-wrapped text on one line (offsets of a ``Sentence`` refer to the original text).
///
/// >>> zoulang.unwrap_lines("中国与东\n盟的合作。A line that\nwraps.")
/// '中国与东盟的合作。A line that wraps.'
#[pyfunction]
pub fn unwrap_lines(py: Python<'_>, text: &str) -> String {
    py.detach(|| zoulang::unwrap_lines(text))
}

/// ``split_sentences`` over many texts in parallel on all cores, with the GIL released. Ctrl-C stops it
/// between texts (KeyboardInterrupt).
///
/// >>> [len(x) for x in zoulang.split_sentences_batch(["Hi. Bye.", "中文。好！"])]
/// [2, 2]
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "auto", hard_wrap = false, semicolons = false))]
pub fn split_sentences_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    lang: &str,
    hard_wrap: bool,
    semicolons: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let s = splitter(lang, hard_wrap, semicolons)?;
    batch(py, &self::texts(&texts)?, |t| sentences(t, &s))
}

/// Cuts text into words (code point offsets): jieba for Chinese (Traditional folded to Simplified for
/// cutting), ICU dictionaries for Thai, Lao, Khmer, Burmese and Japanese, UAX #29 words otherwise. White
/// space is never a token.
///
/// >>> [t.text for t in zoulang.segment_words("ทุกสองสัปดาห์", lang="th")]
/// ['ทุก', 'สอง', 'สัปดาห์']
///
/// Raises LanguageError for an unknown tag.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "auto"))]
pub fn segment_words(py: Python<'_>, text: &str, lang: &str) -> PyResult<Vec<Token>> {
    let s = zoulang::WordSegmenter::new(lang).py()?;
    Ok(py.detach(|| tokens(text, &s)))
}

/// ``segment_words`` over many texts in parallel on all cores, with the GIL released. Ctrl-C stops it
/// between texts (KeyboardInterrupt).
///
/// >>> [len(x) for x in zoulang.segment_words_batch(["中国与东盟", "a b"])]
/// [3, 2]
#[pyfunction]
#[pyo3(signature = (texts, *, lang = "auto"))]
pub fn segment_words_batch<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyString>>,
    lang: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let s = zoulang::WordSegmenter::new(lang).py()?;
    batch(py, &self::texts(&texts)?, |t| tokens(t, &s))
}

/// A configured sentence splitter (language rules and options); picklable by its settings.
///
/// >>> s = zoulang.SentenceSplitter("en", hard_wrap=True)
/// >>> s
/// SentenceSplitter(lang='en', hard_wrap=True, semicolons=False)
/// >>> [x.text for x in s.split("A line that\nwraps. Next.")]
/// ['A line that\nwraps.', 'Next.']
#[pyclass(frozen, eq, module = "zoulang", name = "SentenceSplitter")]
#[derive(PartialEq)]
pub struct SentenceSplitter(zoulang::SentenceSplitter);

#[pymethods]
impl SentenceSplitter {
    #[new]
    #[pyo3(signature = (lang = "auto", *, hard_wrap = false, semicolons = false))]
    fn new(lang: &str, hard_wrap: bool, semicolons: bool) -> PyResult<Self> {
        Ok(SentenceSplitter(splitter(lang, hard_wrap, semicolons)?))
    }

    /// The language (a canonical tag, or ``auto``).
    #[getter]
    fn lang(&self) -> String {
        self.0.lang().to_string()
    }

    /// The options: ``{"hard_wrap": bool, "semicolons": bool}``.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("hard_wrap", self.0.options().hard_wrap)?;
        d.set_item("semicolons", self.0.options().semicolons)?;
        Ok(d)
    }

    /// Splits ``text`` into sentences.
    fn split(&self, py: Python<'_>, text: &str) -> Vec<Sentence> {
        py.detach(|| sentences(text, &self.0))
    }

    /// The sentence spans only, as ``(start, end)`` code point pairs.
    fn spans(&self, py: Python<'_>, text: &str) -> Vec<(usize, usize)> {
        py.detach(|| code_point_spans(text, self.0.spans(text)))
    }

    /// Splits many texts in parallel with the GIL released; Ctrl-C stops it between texts.
    fn split_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        batch(py, &self::texts(&texts)?, |t| sentences(t, &self.0))
    }

    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((String,), Bound<'py, PyDict>)> {
        Ok(((self.lang(),), self.options(py)?))
    }

    fn __repr__(&self) -> String {
        let o = self.0.options();
        format!(
            "SentenceSplitter(lang='{}', hard_wrap={}, semicolons={})",
            self.0.lang(),
            py_bool(o.hard_wrap),
            py_bool(o.semicolons)
        )
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// A word segmenter for one language; user words (glossary terms) always stay one token. Picklable by its
/// language and words.
///
/// >>> w = zoulang.WordSegmenter("zh-Hans", words=["中国—东盟信息港"])
/// >>> [t.text for t in w.segment("建设中国—东盟信息港")]
/// ['建设', '中国—东盟信息港']
/// >>> w
/// WordSegmenter(lang='zh-Hans', words=1)
#[pyclass(module = "zoulang", name = "WordSegmenter")]
pub struct WordSegmenter(zoulang::WordSegmenter);

#[pymethods]
impl WordSegmenter {
    #[new]
    #[pyo3(signature = (lang = "auto", *, words = None))]
    fn new(lang: &str, words: Option<Vec<String>>) -> PyResult<Self> {
        let mut s = zoulang::WordSegmenter::new(lang).py()?;
        if let Some(w) = words {
            s.add_words(w).py()?;
        }
        Ok(WordSegmenter(s))
    }

    /// The language (a canonical tag, or ``auto``).
    #[getter]
    fn lang(&self) -> String {
        self.0.lang().to_string()
    }

    /// The user words, in the order added.
    #[getter]
    fn user_words(&self) -> Vec<String> {
        self.0.user_words().to_vec()
    }

    /// Equal when the language and the user words are equal (what a segmenter pickles by).
    fn __eq__(&self, other: &Self) -> bool {
        self.lang() == other.lang() && self.0.user_words() == other.0.user_words()
    }

    /// Adds words that must come out as single tokens. Raises ArgumentError for an empty word.
    fn add_words(&mut self, words: Vec<String>) -> PyResult<()> {
        self.0.add_words(words).py()
    }

    /// Cuts ``text`` into tokens.
    fn segment(&self, py: Python<'_>, text: &str) -> Vec<Token> {
        py.detach(|| tokens(text, &self.0))
    }

    /// The token spans only, as ``(start, end)`` code point pairs.
    fn spans(&self, py: Python<'_>, text: &str) -> Vec<(usize, usize)> {
        py.detach(|| code_point_spans(text, self.0.spans(text)))
    }

    /// Segments many texts in parallel with the GIL released; Ctrl-C stops it between texts.
    fn segment_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        batch(py, &self::texts(&texts)?, |t| tokens(t, &self.0))
    }

    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((String,), Bound<'py, PyDict>)> {
        let d = PyDict::new(py);
        d.set_item("words", self.user_words())?;
        Ok(((self.lang(),), d))
    }

    fn __repr__(&self) -> String {
        format!(
            "WordSegmenter(lang='{}', words={})",
            self.0.lang(),
            self.0.user_words().len()
        )
    }
}
