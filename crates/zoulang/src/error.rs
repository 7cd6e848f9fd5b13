//! The one error type of the core: every failure a caller can cause has a variant that says what was wrong
//! and where.

use std::path::PathBuf;

/// Result alias used across zoulang.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in zoulang.
///
/// Each variant names what was wrong and, where there is one, the file and line. The Python package maps
/// these to `zoulang.ZoulangError` and its subclasses (see `crates/zoulang-py/src/errors.rs`).
///
/// ```
/// let err = zoulang::LanguageTag::parse("xx-Nope").unwrap_err();
/// assert!(matches!(err, zoulang::Error::UnknownLanguage { .. }));
/// assert!(err.to_string().contains("xx-Nope"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A named option had a value outside its set (a conversion config, a normalisation form, …).
    #[error("unknown {kind} `{value}`; valid values: {valid}")]
    UnknownValue {
        /// What was being named, e.g. `"conversion config"`.
        kind: &'static str,
        /// The value given.
        value: String,
        /// The valid values, comma separated.
        valid: String,
    },
    /// A language tag that zoulang does not know (neither a BCP-47 tag it supports nor an alias of one).
    #[error(
        "unknown language tag `{tag}`; use a BCP-47 tag such as en, zh-Hans, zh-Hant, vi, th, lo, km, my, ms, id, fil, ja, ko"
    )]
    UnknownLanguage {
        /// The tag given.
        tag: String,
    },
    /// A language zoulang knows but the requested operation does not support.
    #[error("{operation} does not support language `{tag}`")]
    UnsupportedLanguage {
        /// The operation asked for.
        operation: &'static str,
        /// The canonical tag.
        tag: String,
    },
    /// An argument that is malformed in itself (an empty allow-list, a span outside the text, …).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Input bytes that are not UTF-8.
    #[error("{source_name}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// File name, or `<stdin>`, or `<input>`.
        source_name: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A malformed data file (glossary, alignment, test file): file, 1-based line and the problem.
    #[error("{source_name}:{line}: {message}")]
    Parse {
        /// File name, or `<input>` for in-memory data.
        source_name: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// What was wrong.
        message: String,
    },
    /// A file that does not exist.
    #[error("{}: file not found", path.display())]
    FileNotFound {
        /// The path given.
        path: PathBuf,
    },
    /// Any other I/O failure on a file.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Input over a documented size limit.
    #[error("{what} is too large: {size} > limit {limit}")]
    TooLarge {
        /// What was too large.
        what: &'static str,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A field of a data file (a glossary term, id, note, …) over a documented size limit: file, 1-based
    /// line (0 when unknown), what and the sizes in bytes.
    #[error("{source_name}:{line}: {what} is too large: {size} bytes > limit {limit}")]
    FieldTooLarge {
        /// File name, or `<input>` for in-memory data.
        source_name: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// What was too large, e.g. `"term"`.
        what: &'static str,
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A long call stopped early because its [`Cancel`](crate::Cancel) token was cancelled (in Python:
    /// Ctrl-C, which raises `KeyboardInterrupt`).
    #[error("cancelled")]
    Cancelled,
}

impl Error {
    /// Builds the right variant for an I/O error on `path` (`FileNotFound` for a missing file).
    ///
    /// ```
    /// let e = zoulang::Error::io("nope.tsv", std::io::Error::from(std::io::ErrorKind::NotFound));
    /// assert!(matches!(e, zoulang::Error::FileNotFound { .. }));
    /// ```
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        let path = path.into();
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::FileNotFound { path }
        } else {
            Error::Io { path, source }
        }
    }

    /// Builds an `UnknownValue` error listing the valid values.
    ///
    /// ```
    /// let e = zoulang::Error::unknown_value("form", "nfx", ["nfc", "nfd"]);
    /// assert_eq!(e.to_string(), "unknown form `nfx`; valid values: nfc, nfd");
    /// ```
    pub fn unknown_value<I, S>(kind: &'static str, value: &str, valid: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let valid: Vec<String> = valid.into_iter().map(|s| s.as_ref().to_string()).collect();
        Error::UnknownValue {
            kind,
            value: value.to_string(),
            valid: valid.join(", "),
        }
    }

    /// Builds a `Parse` error.
    ///
    /// ```
    /// let e = zoulang::Error::parse("g.tsv", 3, "expected 4 columns, found 2");
    /// assert_eq!(e.to_string(), "g.tsv:3: expected 4 columns, found 2");
    /// ```
    pub fn parse(source_name: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Error::Parse {
            source_name: source_name.into(),
            line,
            message: message.into(),
        }
    }
}

/// Decodes `bytes` as UTF-8, or fails naming `source_name` and the byte offset of the first bad byte.
///
/// Worst case: O(n) time, no allocation on success.
///
/// ```
/// assert_eq!(zoulang::decode_utf8(b"ok", "a.txt").unwrap(), "ok");
/// let e = zoulang::decode_utf8(b"ab\xffc", "a.txt").unwrap_err();
/// assert_eq!(e.to_string(), "a.txt: invalid UTF-8 at byte 2");
/// ```
pub fn decode_utf8<'a>(bytes: &'a [u8], source_name: &str) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: source_name.to_string(),
        offset: e.valid_up_to(),
    })
}
