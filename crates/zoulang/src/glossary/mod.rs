//! Term glossaries: a concept model with terms per language, readers and writers for TSV, CSV, OmegaT,
//! JSON and TBX, a built-in China–ASEAN glossary, a term finder that works across scripts and Chinese
//! variants, and a key-term check for aligned sentence pairs.
//!
//! ```
//! use zoulang::{Glossary, LanguageTag};
//! let g = Glossary::builtin();
//! let found = g.find("中國—東盟資訊港 and the China-ASEAN Information Hub");
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].id, found[1].id);
//! assert_eq!(g.translate("Laos", LanguageTag::TH), Some("ลาว"));
//! ```

mod builtin;
mod check;
mod fold;
mod han_filter;
mod io;
mod jieba;
mod matcher;
mod model;

use std::fmt;
use std::path::Path;
use std::str::FromStr;

pub use check::{CheckIssue, IssueKind};
pub use fold::fold_for_matching;
pub use matcher::{OwnedTermMatch, TermMatch};
pub use model::{Concept, Glossary, Status, Term, TermKind, parse_lang_region};

use crate::error::{Error, Result};
use crate::tag::LanguageTag;

/// A glossary file format.
///
/// ```
/// use zoulang::glossary::Format;
/// assert_eq!(Format::from_path("terms.tbx").unwrap(), Format::Tbx);
/// assert_eq!("csv".parse::<Format>().unwrap(), Format::Csv);
/// assert!(Format::from_path("terms.docx").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Tab-separated, one concept per row, one column per language (`.tsv`, `.tab`).
    Tsv,
    /// Comma-separated with language headers, as CAT tools export (`.csv`).
    Csv,
    /// Bilingual OmegaT glossary, `source<TAB>target<TAB>comment` (`.txt`, `.utf8`). Written as a row per
    /// concept with its preferred pair (its notes as comment), then a row per other term of either side
    /// (synonyms, abbreviations; never a forbidden term) whose comment is only a mark, `synonym of P` or
    /// `abbreviation of P`, P the preferred term of the side the row adds to. Read, a row joins the
    /// concept above only when its comment is exactly such a mark, P is that concept's preferred term
    /// and the row differs from the concept's first row in that one term; every other row is a concept
    /// `omegat-LINE` of its own, its comment a note. So rows that merely share a term (homonyms, a file
    /// sorted by source term, repeated rows) are never merged, and zoulang's own output reads back with
    /// its kinds; if that output is sorted, a marked row moved away from its concept reads as a concept
    /// of its own, the mark its note.
    ///
    /// ```
    /// use zoulang::glossary::{Format, Glossary, LanguagePair, TermKind};
    /// let pair = LanguagePair::default();
    /// let text = "Laos\t老挝\tcountry\nLA\t老挝\tabbreviation of Laos\nLaos\t寮国\n";
    /// let g = Glossary::parse(text, Format::OmegaT, "g.txt", pair)?;
    /// assert_eq!(g.len(), 2); // the unmarked last row is a concept of its own
    /// assert!(g.concepts()[0].terms.iter().any(|t| t.text == "LA" && t.kind == TermKind::Abbreviation));
    /// assert_eq!(g.write(Format::OmegaT, pair)?, text);
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    OmegaT,
    /// The serde model as JSON (`.json`).
    Json,
    /// TBX (ISO 30042): TBX-Basic written, TBX-Basic (DCA or DCT style) and older martif TBX read
    /// (`.tbx`, `.xml`); the mapping of data categories is described in the `io::tbx` module docs.
    Tbx,
}

impl Format {
    /// All formats, by name.
    pub const NAMES: [&'static str; 5] = ["tsv", "csv", "omegat", "json", "tbx"];

    /// The format named by a file's extension.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Format> {
        let p = path.as_ref();
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "tsv" | "tab" => Ok(Format::Tsv),
            "csv" => Ok(Format::Csv),
            "txt" | "utf8" => Ok(Format::OmegaT),
            "json" => Ok(Format::Json),
            "tbx" | "xml" => Ok(Format::Tbx),
            _ => Err(Error::InvalidArgument(format!(
                "{}: cannot tell the glossary format from the extension; use .tsv, .csv, .txt/.utf8 (OmegaT), .json or .tbx, or name the format",
                p.display()
            ))),
        }
    }

    /// The name used by the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Tsv => "tsv",
            Format::Csv => "csv",
            Format::OmegaT => "omegat",
            Format::Json => "json",
            Format::Tbx => "tbx",
        }
    }
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format> {
        match s.to_ascii_lowercase().as_str() {
            "tsv" => Ok(Format::Tsv),
            "csv" => Ok(Format::Csv),
            "omegat" | "txt" => Ok(Format::OmegaT),
            "json" => Ok(Format::Json),
            "tbx" => Ok(Format::Tbx),
            _ => Err(Error::unknown_value("glossary format", s, Format::NAMES)),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language pair of a bilingual format (OmegaT); other formats ignore it. Default: `en` → `zh-Hans`.
/// Each side may carry a region (`zh-TW`): OmegaT files are then written with that region's terms where
/// a concept has them (Taiwan 東協, Hong Kong 老撾) and read as that region's terms.
///
/// ```
/// use zoulang::glossary::LanguagePair;
/// let p = LanguagePair::default();
/// assert_eq!(p.source.as_str(), "en");
/// let tw = LanguagePair::parse("en", "zh-TW")?;
/// assert_eq!(tw.target_code(), "zh-Hant-TW");
/// # Ok::<(), zoulang::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguagePair {
    /// Source language.
    pub source: LanguageTag,
    /// Target language.
    pub target: LanguageTag,
    /// Source region (`TW`, `HK`, …), if any.
    pub source_region: Option<Region>,
    /// Target region, if any.
    pub target_region: Option<Region>,
}

impl Default for LanguagePair {
    fn default() -> Self {
        LanguagePair {
            source: LanguageTag::EN,
            target: LanguageTag::ZH_HANS,
            source_region: None,
            target_region: None,
        }
    }
}

impl LanguagePair {
    /// The pair of two language codes such as `en` and `zh-TW`, regions kept (see
    /// [`parse_lang_region`]); an unknown language is [`Error::UnknownLanguage`]. O(|codes|).
    pub fn parse(source: &str, target: &str) -> Result<LanguagePair> {
        let (source, sr) = parse_lang_region(source)?;
        let (target, tr) = parse_lang_region(target)?;
        Ok(LanguagePair {
            source,
            target,
            source_region: sr.as_deref().and_then(Region::new),
            target_region: tr.as_deref().and_then(Region::new),
        })
    }

    /// The source code with its region, e.g. `en`.
    pub fn source_code(&self) -> String {
        model::lang_code(self.source, self.source_region.as_ref().map(Region::as_str))
    }

    /// The target code with its region, e.g. `zh-Hant-TW`.
    pub fn target_code(&self) -> String {
        model::lang_code(self.target, self.target_region.as_ref().map(Region::as_str))
    }
}

/// A region subtag (two letters, upper case, or three digits: `TW`, `HK`, `419`), held inline so that a
/// [`LanguagePair`] stays `Copy`.
///
/// ```
/// use zoulang::glossary::Region;
/// assert_eq!(Region::new("tw").unwrap().as_str(), "TW");
/// assert!(Region::new("Taiwan").is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Region {
    code: [u8; 3],
    len: u8,
}

impl Region {
    /// The region for `code`, or None when it is not two ASCII letters or three digits. O(1).
    pub fn new(code: &str) -> Option<Region> {
        let b = code.as_bytes();
        let ok = (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic))
            || (b.len() == 3 && b.iter().all(u8::is_ascii_digit));
        if !ok {
            return None;
        }
        let mut r = Region {
            code: [0; 3],
            len: b.len() as u8,
        };
        for (d, s) in r.code.iter_mut().zip(b) {
            *d = s.to_ascii_uppercase();
        }
        Some(r)
    }

    /// The subtag.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.code[..self.len as usize]).unwrap_or_default()
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Region({:?})", self.as_str())
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Glossary {
    /// Parses glossary text in `format`; errors are [`Error::Parse`] naming `source_name`, the line and the
    /// problem (wrong column count, bad XML, unknown language code, duplicate id, …). O(|text|) plus
    /// compiling the term finder.
    ///
    /// ```
    /// use zoulang::glossary::{Format, Glossary, LanguagePair};
    /// let g = Glossary::parse("id\ten\tzh-Hans\nlaos\tLaos\t老挝\n", Format::Tsv, "g.tsv", LanguagePair::default())?;
    /// assert_eq!(g.len(), 1);
    /// let e = Glossary::parse("id\ten\nlaos\tLaos\textra\n", Format::Tsv, "g.tsv", LanguagePair::default()).unwrap_err();
    /// assert_eq!(e.to_string(), "g.tsv:2: expected 2 columns, found 3");
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn parse(
        text: &str,
        format: Format,
        source_name: &str,
        pair: LanguagePair,
    ) -> Result<Glossary> {
        match format {
            Format::Tsv => io::tsv::read(text, source_name),
            Format::Csv => io::csv::read(text, source_name),
            Format::OmegaT => io::omegat::read(text, source_name, pair),
            Format::Json => io::json::read(text, source_name),
            Format::Tbx => io::tbx::read(text, source_name),
        }
    }

    /// Writes the glossary in `format`. Fails only for OmegaT (a concept without both languages, or a
    /// tab in a term), for TBX (a control character other than tab or a line break, or U+FFFE/U+FFFF,
    /// which XML 1.0 cannot hold) and on CSV I/O, with [`Error::InvalidArgument`](crate::Error) naming
    /// the concept. O(total size).
    ///
    /// ```
    /// use zoulang::glossary::{Format, Glossary, LanguagePair};
    /// let g = Glossary::builtin();
    /// let tbx = g.write(Format::Tbx, LanguagePair::default())?;
    /// assert_eq!(&Glossary::parse(&tbx, Format::Tbx, "b.tbx", LanguagePair::default())?, g);
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn write(&self, format: Format, pair: LanguagePair) -> Result<String> {
        match format {
            Format::Tsv => Ok(io::tsv::write(self)),
            Format::Csv => io::csv::write(self),
            Format::OmegaT => io::omegat::write(self, pair),
            Format::Json => Ok(io::json::write(self)),
            Format::Tbx => io::tbx::write(self),
        }
    }

    /// The concepts that have a term on both sides of `pair` (each side's language and region, as an
    /// OmegaT file needs), and how many were left out: what the CLI's `--skip-incomplete` and Python's
    /// `skip_incomplete=True` write. O(total size) plus compiling the term finder.
    ///
    /// ```
    /// use zoulang::glossary::{Format, LanguagePair};
    /// let g = zoulang::Glossary::builtin();
    /// let pair = LanguagePair::parse("en", "zh-TW")?;
    /// assert!(g.write(Format::OmegaT, pair).is_err()); // some concept has no Chinese term
    /// let (both, left_out) = g.with_both_languages(pair)?;
    /// assert_eq!(both.len() + left_out, g.len());
    /// assert!(both.write(Format::OmegaT, pair)?.lines().any(|l| l.starts_with("ASEAN\t東協\t")));
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn with_both_languages(&self, pair: LanguagePair) -> Result<(Glossary, usize)> {
        let (both, without): (Vec<_>, Vec<_>) = self
            .concepts()
            .iter()
            .partition(|c| io::omegat::pair_terms(c, pair).is_some());
        let left_out = without.len();
        Ok((
            Glossary::new(both.into_iter().cloned().collect())?,
            left_out,
        ))
    }

    /// Reads a glossary file, the format taken from its extension (see [`Format::from_path`]); OmegaT files
    /// are read as `en` → `zh-Hans` (use [`Glossary::from_path_with`] for another pair). O(file size).
    ///
    /// ```no_run
    /// let g = zoulang::Glossary::from_path("terms.tbx")?;
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Glossary> {
        let p = path.as_ref();
        Self::from_path_with(p, Format::from_path(p)?, LanguagePair::default())
    }

    /// Reads a glossary file in `format`. O(file size).
    ///
    /// ```no_run
    /// use zoulang::glossary::{Format, LanguagePair};
    /// let g = zoulang::Glossary::from_path_with("terms.txt", Format::OmegaT, LanguagePair::default())?;
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn from_path_with(
        path: impl AsRef<Path>,
        format: Format,
        pair: LanguagePair,
    ) -> Result<Glossary> {
        let p = path.as_ref();
        let bytes = std::fs::read(p).map_err(|e| Error::io(p, e))?;
        let name = p.display().to_string();
        let text = crate::error::decode_utf8(&bytes, &name)?;
        Self::parse(text, format, &name, pair)
    }

    /// Writes the glossary to a file in `format`. O(total size).
    ///
    /// ```no_run
    /// use zoulang::glossary::{Format, LanguagePair};
    /// zoulang::Glossary::builtin().write_path("builtin.tbx", Format::Tbx, LanguagePair::default())?;
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn write_path(
        &self,
        path: impl AsRef<Path>,
        format: Format,
        pair: LanguagePair,
    ) -> Result<()> {
        let p = path.as_ref();
        let s = self.write(format, pair)?;
        std::fs::write(p, s).map_err(|e| Error::io(p, e))
    }
}
