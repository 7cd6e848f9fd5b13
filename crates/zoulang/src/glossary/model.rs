//! The glossary model: concepts, their terms per language, and the [`Glossary`] that holds them.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::glossary::matcher::Matcher;
use crate::tag::LanguageTag;

/// How a term stands for its concept in its language.
///
/// ```
/// use zoulang::glossary::TermKind;
/// assert_eq!("forbidden".parse::<TermKind>().unwrap(), TermKind::Forbidden);
/// assert_eq!(TermKind::Abbreviation.as_str(), "abbreviation");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// The preferred term (at most one per language and region).
    Preferred,
    /// An admitted synonym.
    Synonym,
    /// An abbreviation, acronym or short form.
    Abbreviation,
    /// A term that must not be used (deprecated, wrong, politically unacceptable).
    Forbidden,
}

impl TermKind {
    /// All kinds, by name.
    pub const NAMES: [&'static str; 4] = ["preferred", "synonym", "abbreviation", "forbidden"];

    /// The name used in files.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

impl FromStr for TermKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "preferred" => Ok(TermKind::Preferred),
            "synonym" => Ok(TermKind::Synonym),
            "abbreviation" => Ok(TermKind::Abbreviation),
            "forbidden" => Ok(TermKind::Forbidden),
            _ => Err(Error::unknown_value("term kind", s, Self::NAMES)),
        }
    }
}

/// How far an entry has been checked.
///
/// ```
/// use zoulang::glossary::Status;
/// assert_eq!("confirmed".parse::<Status>().unwrap(), Status::Confirmed);
/// assert!("maybe".parse::<Status>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not stated (the default for user glossaries).
    #[default]
    Unspecified,
    /// Every name checked against a cited source.
    Confirmed,
    /// Names partly derived (e.g. a Traditional form converted from a confirmed Simplified one).
    Derived,
    /// Names in use but with no authoritative source found.
    Unconfirmed,
}

impl Status {
    /// All statuses, by name.
    pub const NAMES: [&'static str; 4] = ["unspecified", "confirmed", "derived", "unconfirmed"];

    /// The name used in files.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

impl FromStr for Status {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "" | "unspecified" => Ok(Status::Unspecified),
            "confirmed" => Ok(Status::Confirmed),
            "derived" => Ok(Status::Derived),
            "unconfirmed" => Ok(Status::Unconfirmed),
            _ => Err(Error::unknown_value("entry status", s, Self::NAMES)),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One term: its text, language, optional region (`TW`, `HK`, …) and kind.
///
/// ```
/// use zoulang::glossary::{Term, TermKind};
/// use zoulang::LanguageTag;
/// let t = Term::new(LanguageTag::ZH_HANT, "寮國").region("TW");
/// assert_eq!(t.lang_code(), "zh-Hant-TW");
/// assert_eq!(t.kind, TermKind::Preferred);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TermFields")]
pub struct Term {
    /// The term as written.
    pub text: String,
    /// Its language.
    pub lang: LanguageTag,
    /// A region subtag where usage is regional (`TW`, `HK`, `SG`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// How it stands for the concept.
    pub kind: TermKind,
}

/// A term as a file spells it: `lang` may carry the region (`zh-TW`, `zh-Hant-TW`), as in TSV and TBX;
/// either way the region is checked (2 letters or 3 digits) and a tag that cannot be kept is an error.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFields {
    text: String,
    lang: String,
    #[serde(default)]
    region: Option<String>,
    kind: TermKind,
}

impl TryFrom<TermFields> for Term {
    type Error = String;
    fn try_from(f: TermFields) -> std::result::Result<Term, String> {
        let (lang, in_tag) = parse_lang_region(&f.lang).map_err(|e| e.to_string())?;
        // An empty region is no region, as empty values are trimmed away elsewhere.
        let given = f.region.as_deref().filter(|r| !r.trim().is_empty());
        let region = match (in_tag, given.map(parse_region).transpose()?) {
            (Some(a), Some(b)) if a != b => {
                return Err(format!(
                    "term `{}`: lang `{}` names region {a} but region is {b}",
                    f.text, f.lang
                ));
            }
            (a, b) => b.or(a),
        };
        Ok(Term {
            text: f.text,
            lang,
            region,
            kind: f.kind,
        })
    }
}

impl Term {
    /// A preferred term with no region.
    pub fn new(lang: LanguageTag, text: impl Into<String>) -> Term {
        Term {
            text: text.into(),
            lang,
            region: None,
            kind: TermKind::Preferred,
        }
    }

    /// The same term with a region.
    pub fn region(mut self, region: impl Into<String>) -> Term {
        self.region = Some(region.into());
        self
    }

    /// The same term with another kind.
    pub fn kind(mut self, kind: TermKind) -> Term {
        self.kind = kind;
        self
    }

    /// The BCP-47 code with region, e.g. `zh-Hant-TW`; for a plain `zh` term with a region `zh-Hani-TW`
    /// (`zh-TW` would read back as `zh-Hant`).
    pub fn lang_code(&self) -> String {
        lang_code(self.lang, self.region.as_deref())
    }

    /// How well the term suits a text in `lang`/`region`: `(language, region)` scores, higher is better,
    /// or None when it is not a term of that language. O(1).
    ///
    /// Language: 4 the same tag; 3 a plain `zh` term (Chinese, script unstated) for `zh-Hans` or
    /// `zh-Hant`, or a `zh-Hans` term for plain `zh` (also `cmn`); 2 ([`LANG_SAME_FAMILY`]) a `zh-Hant`
    /// term for plain `zh`; 1 ([`LANG_OTHER_SCRIPT`]) `zh-Hans` for `zh-Hant` or the reverse, the other
    /// script, which folds to the same string (the key-term check accepts it, lookups do not).
    /// Region: 3 the same region (or neither has one); 2 the region CLDR makes the text's parent
    /// (`HK` for `MO`); 1 no region on the term, a region on the text; 0 a region on the term and none or
    /// another on the text.
    pub(crate) fn fit(&self, lang: LanguageTag, region: Option<&str>) -> Option<(u8, u8)> {
        let script = |l: LanguageTag| l == LanguageTag::ZH_HANS || l == LanguageTag::ZH_HANT;
        let l = if self.lang == lang {
            4
        } else if (self.lang == LanguageTag::ZH && script(lang))
            || (lang == LanguageTag::ZH && self.lang == LanguageTag::ZH_HANS)
        {
            3
        } else if lang == LanguageTag::ZH && self.lang == LanguageTag::ZH_HANT {
            LANG_SAME_FAMILY
        } else if script(lang) && script(self.lang) {
            LANG_OTHER_SCRIPT
        } else {
            return None;
        };
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let r = match (self.region.as_deref(), region) {
            (None, None) => 3,
            (Some(a), Some(b)) if same(a, b) => 3,
            (Some(a), Some(b)) if same(a, "HK") && same(b, "MO") => 2,
            (None, Some(_)) => 1,
            _ => 0,
        };
        Some((l, r))
    }
}

/// Language score of [`Term::fit`] from which a term answers a lookup: plain `zh` against a script.
pub(crate) const LANG_SAME_FAMILY: u8 = 2;
/// Language score of [`Term::fit`] for Chinese in the other script.
pub(crate) const LANG_OTHER_SCRIPT: u8 = 1;

/// `lang` and `region` as one code, which [`parse_lang_region`] reads back: a plain `zh` term with a region
/// is `zh-Hani-TW` (Han script, Simplified or Traditional unstated), as `zh-TW` is read as `zh-Hant`.
pub(crate) fn lang_code(lang: LanguageTag, region: Option<&str>) -> String {
    match region {
        Some(r) if lang == LanguageTag::ZH => format!("zh-Hani-{r}"),
        Some(r) => format!("{}-{}", lang.as_str(), r),
        None => lang.as_str().to_string(),
    }
}

/// Parses a language code such as `zh-Hant-TW`, `zh_TW`, `en` (a glossary column, a JSON term's `lang`,
/// a `lookup` argument) into tag and region. O(|code|).
///
/// The code must be representable as a known language (`zh-Hans`/`zh-Hant` carrying the Chinese script)
/// plus at most one region, two letters or three digits as BCP 47 defines it: `zh-TW` and `zh-HK` give
/// `zh-Hant` with region `TW`/`HK`, `zh-CN` gives `zh-Hans` with region `CN` (also after `cmn`, `zho`,
/// `chi`: `cmn-TW` is `zh-TW`), `zh-Hani-TW` plain `zh` with region `TW`, `es-419` keeps `419`; the
/// language's own script is redundant (`ms-Latn` is `ms`, `en-Latn-US` is `en` with region `US`).
/// Variant subtags registered with IANA for an ordinary spelling, an orthography or a dialect
/// (`de-CH-1901`, `ca-ES-valencia`, `sl-rozaj`) are accepted and dropped, the region kept (`de-CH-1901` is
/// `de` with region `CH`): the model keeps no variant, so such a column is written back as `de-CH`, and
/// two columns differing only by variant are a duplicate column.
/// A language zoulang does not know fails with [`Error::UnknownLanguage`](crate::Error); a subtag it
/// cannot keep fails with [`Error::UnsupportedLanguage`](crate::Error) rather than being dropped: a script
/// other than Chinese `Hans`/`Hant` (`zh-Latn`, Serbian in Latin letters `sr-Latn-RS`), a malformed region
/// (`en-Canada`), an extension or private use, and a variant that is a transcription or romanization
/// (`en-Latn-US-fonipa` is English in IPA, `yue-jyutping`, `zh-Latn-pinyin`, `ja-Latn-hepburn`,
/// `alalc97`, `wadegile`, and Esperanto's ASCII fallbacks `eo-xsistemo`, `eo-hsistemo`: such a column
/// holds how the terms sound or are romanized, not the terms), is
/// unregistered, is repeated (`de-CH-1901-1901`) or does not fit its registered prefix (`en-1901`).
/// A variant fits a registered prefix when the tag holds each of the prefix's subtags (RFC 5646:
/// `sl-IT-rozaj-biske` fits `biske`'s prefix `sl-rozaj`). O(|code|) plus a scan of the ~120 registered
/// variants per variant subtag.
///
/// ```
/// use zoulang::{Error, LanguageTag, glossary::parse_lang_region};
/// assert_eq!(parse_lang_region("zh_TW")?, (LanguageTag::ZH_HANT, Some("TW".to_string())));
/// assert_eq!(parse_lang_region("zh-Hant-hk")?, (LanguageTag::ZH_HANT, Some("HK".to_string())));
/// assert_eq!(parse_lang_region("vi")?, (LanguageTag::VI, None));
/// assert_eq!(parse_lang_region("cmn-TW")?, (LanguageTag::ZH_HANT, Some("TW".to_string())));
/// assert_eq!(parse_lang_region("zh-Hani-TW")?, (LanguageTag::ZH, Some("TW".to_string())));
/// assert_eq!(parse_lang_region("ms-Latn")?, (LanguageTag::MS, None));
/// assert!(parse_lang_region("zh-Latn").is_err());
/// assert!(parse_lang_region("en-Canada").is_err());
/// let de = LanguageTag::parse("de")?;
/// assert_eq!(parse_lang_region("de-CH-1901")?, (de, Some("CH".to_string())));
/// assert!(parse_lang_region("de-CH-x-phonebk").is_err());
/// assert!(parse_lang_region("de-CH-1901-1901").is_err());
/// // A transcription is not the language's spelling: IPA, Jyutping, pinyin are refused.
/// let e = parse_lang_region("en-Latn-US-fonipa").unwrap_err();
/// assert!(matches!(e, Error::UnsupportedLanguage { .. }));
/// assert!(e.to_string().contains("transcription or romanization"), "{e}");
/// assert!(matches!(parse_lang_region("yue-jyutping"), Err(Error::UnsupportedLanguage { .. })));
/// # Ok::<(), zoulang::Error>(())
/// ```
pub fn parse_lang_region(code: &str) -> Result<(LanguageTag, Option<String>)> {
    parse_lang_region_variant(code).map(|(lang, region, _)| (lang, region))
}

/// [`parse_lang_region`], also telling whether a registered variant was dropped (`de-CH-1901`: true),
/// which the duplicate-column error explains. O(|code|) plus a scan of the registered variants per
/// variant subtag.
pub(crate) fn parse_lang_region_variant(code: &str) -> Result<(LanguageTag, Option<String>, bool)> {
    LanguageTag::parse(code)?; // an unknown language is reported as such
    let norm = code.trim().replace('_', "-").to_ascii_lowercase();
    let norm = crate::tag::chinese_as_zh(&norm);
    let subtags: Vec<&str> = norm.split('-').collect();
    let refuse = |operation| Error::UnsupportedLanguage {
        operation,
        tag: code.trim().to_string(),
    };
    let unsupported = || {
        refuse(
            "a glossary, which keeps a language (zh-Hans or zh-Hant for Chinese), one region of 2 \
             letters or 3 digits and no script, extension, private use or variant that is unregistered \
             or does not fit its registered prefix,",
        )
    };
    // The longest known prefix (no known tag or alias has more than three subtags).
    let (mut lang, mut used) = (1..=subtags.len().min(3))
        .rev()
        .find_map(|n| LanguageTag::lookup(&subtags[..n].join("-")).map(|t| (t, n)))
        .ok_or_else(unsupported)?;
    // A script after an extended or ISO 639-3 form (`zh-cmn-Hans`, `zho-Hant`).
    if let Some(script) = subtags.get(used).filter(|s| s.len() == 4) {
        let with = format!("{}-{script}", lang.as_str().to_ascii_lowercase());
        if let Some(t) = LanguageTag::lookup(&with) {
            (lang, used) = (t, used + 1);
        }
    }
    // The language's own script is redundant (`ms-Latn`, `en-Latn-US`).
    if subtags
        .get(used)
        .is_some_and(|s| Some(*s) == default_script(lang))
    {
        used += 1;
    }
    // An alias ending in a region (`zh-tw`, `en-us`) keeps it.
    let mut region = (used > 1 && is_region(subtags[used - 1])).then(|| subtags[used - 1]);
    let mut rest = &subtags[used..];
    if let Some((r, tail)) = rest
        .split_first()
        .filter(|(r, _)| region.is_none() && is_region(r))
    {
        (region, rest) = (Some(*r), tail);
    }
    // Each subtag looked up once in the registry: (prefixes, kind), or None when unregistered.
    let registered: Vec<_> = rest.iter().map(|v| registered_variant(v)).collect();
    // A transcription or romanization (`fonipa`, `pinyin`) is refused whatever else the tag holds
    // (`ja-Latn-hepburn`): its text is not the language's spelling, and would be mixed with terms.
    if rest
        .iter()
        .zip(&registered)
        .take_while(|(s, _)| s.len() > 1) // not after an extension or private use (`-x-`)
        .any(|(_, r)| r.is_some_and(|(_, kind)| kind == "transcription"))
    {
        return Err(refuse(
            "a glossary, which holds each language's ordinary spelling, not a transcription or \
             romanization (a registered variant such as fonipa, pinyin, jyutping, hepburn, alalc97 \
             or wadegile, which it cannot drop as it drops an orthography such as 1901),",
        ));
    }
    // Every subtag left must be a registered variant (`1901`, `valencia`): an unregistered one, a
    // script, an extension or private use (`-u-`, `-x-`) is refused.
    if registered.iter().any(Option::is_none) {
        return Err(unsupported());
    }
    // BCP 47 forbids repeating a variant (`de-CH-1901-1901`); a set keeps this linear.
    let mut seen = std::collections::HashSet::with_capacity(rest.len());
    if !rest.iter().all(|v| seen.insert(*v)) {
        return Err(refuse(
            "a glossary, which takes each variant subtag at most once as BCP 47 requires,",
        ));
    }
    // Each variant must fit one of its registered prefixes (`1901` needs `de`).
    if !registered
        .iter()
        .flatten()
        .all(|(prefixes, _)| fits_prefixes(&subtags, prefixes))
    {
        return Err(unsupported());
    }
    Ok((lang, region.map(str::to_ascii_uppercase), !rest.is_empty()))
}

/// The registered prefixes (lower case, separated by spaces; empty: any language) and kind (`usual` or
/// `transcription`) of `subtag` (lower case) when it is a variant subtag of the IANA Language Subtag
/// Registry (`data/glossary/bcp47_variants.txt`). O(registered variants).
fn registered_variant(subtag: &str) -> Option<(&'static str, &'static str)> {
    const VARIANTS: &str = include_str!("../../data/glossary/bcp47_variants.txt");
    VARIANTS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let mut f = l.split('\t');
            (f.next() == Some(subtag)).then(|| (f.next().unwrap_or(""), f.next().unwrap_or("")))
        })
}

/// Whether a registered variant with `prefixes` (lower case, separated by spaces; empty: any language)
/// fits the tag of `subtags` (lower case): it has no prefix, or every subtag of one of its prefixes is in
/// the tag, the prefix's language first, as RFC 5646 (section 2.2.5) reads a prefix: `sl-IT-rozaj-biske`
/// fits `biske`'s prefix `sl-rozaj`, and `sl-1994-biske-rozaj` (the variants in the alphabetical order
/// CLDR writes) fits `1994`'s `sl-rozaj-biske`; `pinyin` needs `zh-latn`, so `zh-pinyin` is refused
/// rather than read as Chinese characters. O(prefix subtags · |subtags|).
fn fits_prefixes(subtags: &[&str], prefixes: &str) -> bool {
    prefixes.is_empty()
        || prefixes.split(' ').any(|p| {
            let mut parts = p.split('-');
            parts.next() == subtags.first().copied()
                && parts.all(|part| subtags[1..].contains(&part))
        })
}

/// The script `lang` is written in unless a tag says otherwise (CLDR's likely subtags; lower case), for
/// the languages that have one: a tag naming it (`ms-Latn`) means the plain language.
fn default_script(lang: LanguageTag) -> Option<&'static str> {
    const SCRIPTS: [(&str, &[&str]); 24] = [
        (
            "latn",
            &[
                "en", "vi", "ms", "id", "fil", "tet", "pt", "af", "ak", "az", "ca", "cs", "cy",
                "da", "de", "eo", "es", "et", "fi", "fr", "hr", "hu", "it", "jv", "la", "lt", "lv",
                "nb", "nl", "pl", "ro", "sk", "sl", "sn", "sv", "tk", "tr", "uz", "zu",
            ],
        ),
        ("cyrl", &["be", "bg", "mk", "ru", "sr", "uk"]),
        ("thai", &["th"]),
        ("laoo", &["lo"]),
        ("khmr", &["km"]),
        ("mymr", &["my"]),
        ("jpan", &["ja"]),
        ("kore", &["ko"]),
        ("arab", &["ar", "fa", "ur"]),
        ("hebr", &["he", "yi"]),
        ("deva", &["hi", "mr", "ne"]),
        ("ethi", &["am"]),
        ("beng", &["bn"]),
        ("grek", &["el"]),
        ("gujr", &["gu"]),
        ("armn", &["hy"]),
        ("geor", &["ka"]),
        ("knda", &["kn"]),
        ("mlym", &["ml"]),
        ("orya", &["or"]),
        ("guru", &["pa"]),
        ("sinh", &["si"]),
        ("taml", &["ta"]),
        ("telu", &["te"]),
    ];
    let l = lang.as_str();
    SCRIPTS
        .iter()
        .find(|(_, langs)| langs.contains(&l))
        .map(|(s, _)| *s)
}

/// Whether `s` has the form of a BCP-47 region subtag: two ASCII letters or three ASCII digits.
fn is_region(s: &str) -> bool {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
        || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
}

/// A region subtag as BCP 47 defines it: two letters (upper-cased) or three digits; anything else is an
/// error message naming it. O(|region|).
pub(crate) fn parse_region(region: &str) -> std::result::Result<String, String> {
    let r = region.trim();
    if is_region(r) {
        return Ok(r.to_ascii_uppercase());
    }
    Err(format!(
        "region `{region}`: expected 2 letters or 3 digits (BCP 47), e.g. TW, HK, 419"
    ))
}

/// One concept: an id, a category, its terms in every language, notes, sources and a status.
///
/// ```
/// use zoulang::glossary::{Concept, Term};
/// use zoulang::LanguageTag;
/// let c = Concept::new("laos", "country")
///     .term(Term::new(LanguageTag::EN, "Laos"))
///     .term(Term::new(LanguageTag::ZH_HANS, "老挝"));
/// assert_eq!(c.preferred(LanguageTag::ZH_HANS), Some("老挝"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Unique id within the glossary.
    pub id: String,
    /// Category: `country`, `capital`, `language`, `organisation`, `agreement`, `mechanism`, `hub`,
    /// `programme`, `event`, `zone`, `company`, `university`, `place`, or any other word.
    #[serde(default)]
    pub category: String,
    /// Terms, kept in canonical order (by language, region, kind; see [`Glossary::new`]).
    pub terms: Vec<Term>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Sources (URLs or citations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// How far the entry has been checked.
    #[serde(default)]
    pub status: Status,
}

impl Concept {
    /// A concept with no terms yet.
    pub fn new(id: impl Into<String>, category: impl Into<String>) -> Concept {
        Concept {
            id: id.into(),
            category: category.into(),
            terms: Vec::new(),
            notes: Vec::new(),
            sources: Vec::new(),
            status: Status::Unspecified,
        }
    }

    /// Adds a term (builder style).
    pub fn term(mut self, term: Term) -> Concept {
        self.terms.push(term);
        self
    }

    /// The preferred term in `lang` (any region, the one without a region first; Chinese as
    /// [`Concept::preferred_in`] falls back). O(terms).
    pub fn preferred(&self, lang: LanguageTag) -> Option<&str> {
        self.preferred_in(lang, None)
    }

    /// The preferred term in `lang` for `region` (`TW`, `HK`, …), or None. The best-suited non-forbidden
    /// term wins: first by language (the same tag; for Chinese, plain `zh` terms answer
    /// `zh-Hans` and `zh-Hant`, and `zh` (also `cmn`) takes `zh-Hans` before `zh-Hant`; never the other
    /// script), then by region (the region's own term; then, as CLDR inherits, `HK` for `MO`; then a term
    /// without region; then another region's), then a full form before an abbreviation. O(terms).
    ///
    /// ```
    /// use zoulang::glossary::{Concept, Term};
    /// use zoulang::LanguageTag;
    /// let c = Concept::new("asean", "organisation")
    ///     .term(Term::new(LanguageTag::ZH_HANS, "东盟"))
    ///     .term(Term::new(LanguageTag::ZH_HANT, "東盟"))
    ///     .term(Term::new(LanguageTag::ZH_HANT, "東協").region("TW"));
    /// assert_eq!(c.preferred_in(LanguageTag::ZH_HANT, Some("TW")), Some("東協"));
    /// assert_eq!(c.preferred_in(LanguageTag::ZH_HANT, Some("HK")), Some("東盟"));
    /// assert_eq!(c.preferred_in(LanguageTag::ZH, None), Some("东盟"));
    /// ```
    pub fn preferred_in(&self, lang: LanguageTag, region: Option<&str>) -> Option<&str> {
        self.best_term(lang, region, LANG_SAME_FAMILY)
            .map(|t| t.text.as_str())
    }

    /// The non-forbidden term that best suits a text in `lang`/`region` (see [`Term::fit`]), among those whose
    /// language score is at least `min_lang`. O(terms).
    pub(crate) fn best_term(
        &self,
        lang: LanguageTag,
        region: Option<&str>,
        min_lang: u8,
    ) -> Option<&Term> {
        self.terms
            .iter()
            .filter(|t| t.kind != TermKind::Forbidden)
            .filter_map(|t| Some((t, t.fit(lang, region).filter(|f| f.0 >= min_lang)?)))
            .min_by_key(|&(t, f)| (Reverse(f), t.kind == TermKind::Abbreviation, t.kind))
            .map(|(t, _)| t)
    }

    /// Puts terms in canonical order and makes the first non-forbidden, non-abbreviation term of each
    /// language and region its preferred term (later "preferred" ones become synonyms).
    pub(crate) fn canonicalize(&mut self) {
        self.terms
            .sort_by(|a, b| (a.lang, &a.region, a.kind).cmp(&(b.lang, &b.region, b.kind)));
        let mut i = 0;
        while i < self.terms.len() {
            let (lang, region) = (self.terms[i].lang, self.terms[i].region.clone());
            let mut seen_pref = false;
            let mut j = i;
            while j < self.terms.len()
                && self.terms[j].lang == lang
                && self.terms[j].region == region
            {
                let t = &mut self.terms[j];
                if matches!(t.kind, TermKind::Preferred | TermKind::Synonym) {
                    t.kind = if seen_pref {
                        TermKind::Synonym
                    } else {
                        TermKind::Preferred
                    };
                    seen_pref = true;
                }
                j += 1;
            }
            i = j;
        }
    }
}

/// A set of concepts with its compiled term finder (one automaton, built when the glossary is made).
///
/// Build one from concepts ([`Glossary::new`]), from a file ([`Glossary::from_path`]), or take the
/// built-in China–ASEAN glossary ([`Glossary::builtin`]).
///
/// ```
/// use zoulang::glossary::{Concept, Glossary, Term};
/// use zoulang::LanguageTag;
/// let g = Glossary::new(vec![Concept::new("laos", "country")
///     .term(Term::new(LanguageTag::EN, "Laos"))
///     .term(Term::new(LanguageTag::ZH_HANS, "老挝"))])?;
/// let m = g.find("Visit LAOS / 老挝");
/// assert_eq!(m.len(), 2);
/// assert_eq!((&*m[0].text, &*m[0].id), ("LAOS", "laos"));
/// # Ok::<(), zoulang::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Glossary {
    concepts: Vec<Concept>,
    index: HashMap<String, usize>,
    matcher: Matcher,
    /// By concept: where it was read, for errors when glossaries are merged.
    origins: Vec<Origin>,
}

/// Where a concept was read: the file (or `<input>`) and its 1-based line (0 when unknown).
#[derive(Clone, Debug)]
struct Origin {
    source: Arc<str>,
    line: usize,
}

/// Trims leading and trailing white space from every field of `c` and drops notes and sources left
/// empty: TSV, CSV, OmegaT and TBX cells are read trimmed, so every format holds the same values.
fn trim_fields(c: &mut Concept) {
    fn trim(s: &mut String) {
        if s.trim().len() != s.len() {
            *s = s.trim().to_string();
        }
    }
    trim(&mut c.id);
    trim(&mut c.category);
    c.terms.iter_mut().for_each(|t| trim(&mut t.text));
    for list in [&mut c.notes, &mut c.sources] {
        list.iter_mut().for_each(trim);
        list.retain(|s| !s.is_empty());
    }
}

/// Fails with [`Error::FieldTooLarge`] when a field of `c` is over its limit.
fn check_sizes(c: &Concept, source_name: &str, line: usize) -> Result<()> {
    let too_large = |what: &'static str, size: usize, limit: usize| Error::FieldTooLarge {
        source_name: source_name.to_string(),
        line,
        what,
        size,
        limit,
    };
    let field = Glossary::MAX_FIELD_BYTES;
    for (what, s) in [("concept id", &c.id), ("category", &c.category)] {
        if s.len() > field {
            return Err(too_large(what, s.len(), field));
        }
    }
    for t in &c.terms {
        if t.text.len() > Glossary::MAX_TERM_BYTES {
            return Err(too_large("term", t.text.len(), Glossary::MAX_TERM_BYTES));
        }
        if let Some(r) = t.region.as_ref().filter(|r| r.len() > field) {
            return Err(too_large("region", r.len(), field));
        }
    }
    for (what, list) in [("note", &c.notes), ("source", &c.sources)] {
        if let Some(s) = list.iter().find(|s| s.len() > field) {
            return Err(too_large(what, s.len(), field));
        }
    }
    Ok(())
}

impl PartialEq for Glossary {
    fn eq(&self, other: &Self) -> bool {
        self.concepts == other.concepts
    }
}

impl Glossary {
    /// Longest term accepted, in bytes (UTF-8): 1 KiB, about 340 Chinese or 1,000 Latin characters, far
    /// above any real term (the longest names of the built-in glossary are under 200 bytes). Longer terms
    /// are refused with [`Error::FieldTooLarge`]: the term finder's memory grows with the term length
    /// (a 10 MB term once took 1.7 GB), so a cap keeps a hostile file from running away.
    ///
    /// ```
    /// use zoulang::{Glossary, LanguageTag};
    /// use zoulang::glossary::{Concept, Term};
    /// let long = "x".repeat(Glossary::MAX_TERM_BYTES + 1);
    /// let c = Concept::new("c", "").term(Term::new(LanguageTag::EN, long));
    /// assert!(matches!(Glossary::new(vec![c]), Err(zoulang::Error::FieldTooLarge { .. })));
    /// ```
    pub const MAX_TERM_BYTES: usize = 1024;

    /// Longest concept id, category, region, note or source accepted, in bytes: 64 KiB (refused with
    /// [`Error::FieldTooLarge`]).
    ///
    /// ```
    /// assert_eq!(zoulang::Glossary::MAX_FIELD_BYTES, 65_536);
    /// ```
    pub const MAX_FIELD_BYTES: usize = 64 * 1024;

    /// Builds a glossary. Fails with [`Error::InvalidArgument`] on a duplicate or empty id, an empty term,
    /// a region that is not 2 letters or 3 digits (BCP 47; letters are upper-cased), or a concept without terms, and with [`Error::FieldTooLarge`] on a term longer than
    /// [`Glossary::MAX_TERM_BYTES`] or another field longer than [`Glossary::MAX_FIELD_BYTES`]. Leading
    /// and trailing white space is trimmed from ids, categories, terms, notes and sources (as every file
    /// format reads them; empty notes and sources are dropped), terms are put in canonical order and the
    /// term finder is compiled. O(total term length · log).
    ///
    /// ```
    /// use zoulang::glossary::{Concept, Glossary, Term};
    /// use zoulang::LanguageTag;
    /// let c = Concept::new("x", "").term(Term::new(LanguageTag::EN, "X"));
    /// assert!(Glossary::new(vec![c.clone(), c]).is_err());
    /// let long = Concept::new("y", "").term(Term::new(LanguageTag::EN, "y".repeat(2000)));
    /// assert!(matches!(Glossary::new(vec![long]), Err(zoulang::Error::FieldTooLarge { .. })));
    /// let padded = Concept::new(" z ", "").term(Term::new(LanguageTag::EN, " Z\n"));
    /// assert_eq!(Glossary::new(vec![padded]).unwrap().concepts()[0].terms[0].text, "Z");
    /// ```
    pub fn new(concepts: Vec<Concept>) -> Result<Glossary> {
        Self::with_source(concepts, "<input>", &[])
    }

    /// Like [`Glossary::new`], but errors name `source_name` and the line of each concept (`lines[i]`,
    /// when given) as [`Error::Parse`].
    pub(crate) fn with_source(
        mut concepts: Vec<Concept>,
        source_name: &str,
        lines: &[usize],
    ) -> Result<Glossary> {
        let mut index = HashMap::with_capacity(concepts.len());
        let err = |i: usize, msg: String| -> Error {
            if lines.is_empty() && source_name == "<input>" {
                Error::InvalidArgument(msg)
            } else {
                Error::parse(source_name, lines.get(i).copied().unwrap_or(0), msg)
            }
        };
        for (i, c) in concepts.iter_mut().enumerate() {
            check_sizes(c, source_name, lines.get(i).copied().unwrap_or(0))?;
            trim_fields(c);
            for t in &mut c.terms {
                if t.region.as_ref().is_some_and(|r| r.trim().is_empty()) {
                    t.region = None;
                }
                if let Some(r) = &t.region {
                    let r =
                        parse_region(r).map_err(|m| err(i, format!("concept `{}`: {m}", c.id)))?;
                    t.region = Some(r);
                }
            }
            if c.id.trim().is_empty() {
                return Err(err(i, "empty concept id".into()));
            }
            if c.terms.is_empty() {
                return Err(err(i, format!("concept `{}` has no terms", c.id)));
            }
            if let Some(t) = c.terms.iter().find(|t| t.text.trim().is_empty()) {
                return Err(err(
                    i,
                    format!("concept `{}` has an empty {} term", c.id, t.lang_code()),
                ));
            }
            if let Some(prev) = index.insert(c.id.clone(), i) {
                let prev_line = lines.get(prev).copied().unwrap_or(0);
                return Err(err(
                    i,
                    format!(
                        "duplicate concept id `{}` (first defined at line {prev_line})",
                        c.id
                    ),
                ));
            }
            c.canonicalize();
        }
        let matcher = Matcher::build(&concepts)?;
        let source: Arc<str> = Arc::from(source_name);
        let origins = (0..concepts.len())
            .map(|i| Origin {
                source: Arc::clone(&source),
                line: lines.get(i).copied().unwrap_or(0),
            })
            .collect();
        Ok(Glossary {
            concepts,
            index,
            matcher,
            origins,
        })
    }

    /// A glossary with no concepts.
    pub fn empty() -> Glossary {
        Glossary {
            concepts: Vec::new(),
            index: HashMap::new(),
            matcher: Matcher::build(&[]).expect("an empty glossary always compiles"),
            origins: Vec::new(),
        }
    }

    /// The concepts, in file order (after [`Glossary::extend`], the added glossary's concepts first).
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// Whether there are no concepts.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The concept with `id`, if any. O(1).
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(g.concept("country_laos").unwrap().category, "country");
    /// ```
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.index.get(id).map(|&i| &self.concepts[i])
    }

    /// Adds the concepts of `other`, which take precedence: they are put first, before the concepts
    /// already present, so where a term of `other` folds like a term already present, `other`'s concept
    /// is the one found (the first concept in glossary order to claim a folded form keeps it; a user
    /// glossary added to the built-in one is found first). The precedence is thus the concept order
    /// itself, kept by every writer, clone and pickle. A concept whose id is already present is an
    /// [`Error::Parse`] naming the file and line of both. The term finder is rebuilt.
    /// O(total term length · log terms).
    ///
    /// ```
    /// use zoulang::glossary::{Concept, Glossary, Term};
    /// let mut g = Glossary::builtin().clone();
    /// let user = Glossary::new(vec![Concept::new("nanning_metro", "company")
    ///     .term(Term::new(zoulang::LanguageTag::EN, "Nanning Metro"))])?;
    /// g.extend(user)?;
    /// assert!(g.concept("nanning_metro").is_some());
    /// assert_eq!(g.concepts()[0].id, "nanning_metro");
    /// # Ok::<(), zoulang::Error>(())
    /// ```
    pub fn extend(&mut self, other: Glossary) -> Result<()> {
        if let Some((k, dup)) = other
            .concepts
            .iter()
            .enumerate()
            .find(|(_, c)| self.index.contains_key(&c.id))
        {
            let here = &other.origins[k];
            let first = &self.origins[self.index[&dup.id]];
            return Err(Error::parse(
                &*here.source,
                here.line,
                format!(
                    "duplicate concept id `{}` when merging glossaries (already defined at {}:{})",
                    dup.id, first.source, first.line
                ),
            ));
        }
        let mut origins = other.origins;
        origins.extend(self.origins.iter().cloned());
        let mut concepts = other.concepts;
        concepts.extend(self.concepts.iter().cloned());
        let matcher = Matcher::build(&concepts)?;
        self.index = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        self.concepts = concepts;
        self.matcher = matcher;
        self.origins = origins;
        Ok(())
    }

    /// The compiled term finder.
    pub(crate) fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The preferred term of concept `id` in `lang` (falling back to a regional or synonym term; for
    /// Chinese, see [`Concept::preferred_in`]: plain `zh` answers with the Simplified term).
    /// O(terms of the concept).
    ///
    /// ```
    /// use zoulang::LanguageTag;
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(g.lookup("country_laos", LanguageTag::VI), Some("Lào"));
    /// assert_eq!(g.lookup("country_laos", LanguageTag::ZH), Some("老挝"));
    /// ```
    pub fn lookup(&self, id: &str, lang: LanguageTag) -> Option<&str> {
        self.concept(id)?.preferred_in(lang, None)
    }

    /// Translates a term: finds the concept whose term equals `term` after folding (case, width, dashes,
    /// Chinese script) and returns its preferred term in `to`. O(|term| + terms of the concept).
    ///
    /// ```
    /// use zoulang::LanguageTag;
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(g.translate("寮國", LanguageTag::EN), Some("Laos"));
    /// assert_eq!(g.translate("laos", LanguageTag::ZH_HANS), Some("老挝"));
    /// ```
    pub fn translate(&self, term: &str, to: LanguageTag) -> Option<&str> {
        self.translate_regional(term, to, None)
    }

    /// [`Glossary::lookup`] for a region (`TW`, `HK`, …): the region's own term where the concept has one
    /// (see [`Concept::preferred_in`]). O(terms of the concept).
    ///
    /// ```
    /// use zoulang::LanguageTag;
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(g.lookup_regional("asean", LanguageTag::ZH_HANT, Some("TW")), Some("東協"));
    /// assert_eq!(g.lookup_regional("asean", LanguageTag::ZH_HANT, None), Some("東盟"));
    /// // CLDR: Macau inherits Hong Kong's names.
    /// assert_eq!(g.lookup_regional("country_laos", LanguageTag::ZH_HANT, Some("MO")), Some("老撾"));
    /// ```
    pub fn lookup_regional(
        &self,
        id: &str,
        lang: LanguageTag,
        region: Option<&str>,
    ) -> Option<&str> {
        self.concept(id)?.preferred_in(lang, region)
    }

    /// [`Glossary::translate`] into a region's term (`TW`, `HK`, …) where the concept has one.
    /// O(|term| + terms of the concept).
    ///
    /// ```
    /// use zoulang::LanguageTag;
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(g.translate_regional("ASEAN", LanguageTag::ZH_HANT, Some("TW")), Some("東協"));
    /// ```
    pub fn translate_regional(
        &self,
        term: &str,
        to: LanguageTag,
        region: Option<&str>,
    ) -> Option<&str> {
        let (ci, _) = self.matcher().exact(term)?;
        self.concepts[ci].preferred_in(to, region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Format, LanguagePair};

    /// Review 5, defect 12: a lookup into plain `zh` (or `cmn`) answered None, Chinese tagged plain `zh`
    /// (TBX `xml:lang="zh"`) could not be looked up as `zh-Hans`, and `zh-MO` got the Taiwan form.
    #[test]
    fn chinese_lookups_fall_back_by_script_and_region() {
        let g = Glossary::builtin();
        let (zh, none) = parse_lang_region("zh").unwrap();
        assert_eq!(
            g.lookup_regional("country_laos", zh, none.as_deref()),
            Some("老挝")
        );
        let (cmn, _) = parse_lang_region("cmn").unwrap();
        assert_eq!(g.lookup("country_laos", cmn), Some("老挝"));
        assert_eq!(g.translate("Laos", LanguageTag::ZH), Some("老挝"));
        // CLDR: zh_Hant_MO inherits from zh_Hant_HK.
        let (hant, mo) = parse_lang_region("zh-MO").unwrap();
        assert_eq!(
            g.lookup_regional("country_laos", hant, mo.as_deref()),
            Some("老撾")
        );
        assert_eq!(
            g.lookup_regional("country_laos", hant, Some("TW")),
            Some("寮國")
        );
        // Never the other script.
        let only_hans = Concept::new("x", "").term(Term::new(LanguageTag::ZH_HANS, "东盟"));
        assert_eq!(only_hans.preferred(LanguageTag::ZH_HANT), None);

        let tbx = r#"<martif type="TBX"><text><body><termEntry id="laos">
            <langSet xml:lang="en"><tig><term>Laos</term></tig></langSet>
            <langSet xml:lang="zh"><tig><term>老挝</term></tig></langSet>
            </termEntry></body></text></martif>"#;
        let g = Glossary::parse(tbx, Format::Tbx, "z.tbx", LanguagePair::default()).unwrap();
        assert_eq!(g.lookup("laos", LanguageTag::ZH_HANS), Some("老挝"));
        assert_eq!(g.lookup("laos", LanguageTag::ZH_HANT), Some("老挝"));
        assert_eq!(g.translate("Laos", LanguageTag::ZH), Some("老挝"));
    }

    /// Review leftover: a language column `de-CH-1901` (or any registered variant) was refused, though
    /// the language is known; the region must be kept and only the variant dropped, while the other
    /// refusals (a script the model cannot keep, a malformed region, extensions) stand.
    #[test]
    fn registered_variant_subtags_are_dropped_and_the_region_kept() {
        let tag = |c: &str| LanguageTag::parse(c).unwrap();
        let ok = |code: &str| parse_lang_region(code).unwrap();
        let ch = Some("CH".to_string());
        assert_eq!(ok("de-CH-1901"), (tag("de"), ch.clone()));
        assert_eq!(ok("de_ch_1996"), (tag("de"), ch));
        assert_eq!(ok("de-1901"), (tag("de"), None));
        assert_eq!(ok("ca-ES-valencia"), (tag("ca"), Some("ES".to_string())));
        assert_eq!(ok("sl-rozaj-biske"), (tag("sl"), None));
        assert_eq!(ok("sl-rozaj-biske-1994"), (tag("sl"), None));
        assert_eq!(ok("th-simple"), (tag("th"), None)); // `simple`: any language, not a transcription
        // Review: a transcription or romanization holds how terms sound or are romanized, not the terms;
        // dropping its variant would mix it with the language's spelling, so it is refused as such.
        for transcription in [
            "en-Latn-US-fonipa", // IPA
            "zh-TW-fonipa",
            "en-fonxsamp",
            "yue-jyutping",
            "yue-HK-jyutping",
            "zh-Latn-pinyin",
            "zh-pinyin", // also outside its prefix zh-Latn
            "ja-Latn-hepburn",
            "ru-alalc97",
            "zh-Latn-wadegile",
            "zh-Latn-TW-tongyong",
            "en-unifon",
            "de-CH-1901-fonipa",
        ] {
            let e = parse_lang_region(transcription).unwrap_err();
            assert!(
                matches!(e, Error::UnsupportedLanguage { .. })
                    && e.to_string().contains("transcription or romanization"),
                "{transcription}: {e}"
            );
        }
        // Review: BCP 47 forbids a repeated variant.
        let e = parse_lang_region("de-CH-1901-1901").unwrap_err();
        assert!(
            matches!(e, Error::UnsupportedLanguage { .. })
                && e.to_string().contains("at most once"),
            "{e}"
        );
        for bad in [
            "zh-Latn",
            "sr-Latn-RS",
            "en-Canada",
            "de-CH-1902", // not registered
            "en-1901",    // registered for `de` only
            "zh-pinyin",  // registered for zh-Latn, which the model cannot keep
            "zh-Latn-pinyin",
            "de-1901-CH",         // a region after a variant
            "de-CH-x-phonebk",    // private use
            "de-CH-u-co-phonebk", // an extension
        ] {
            assert!(
                matches!(
                    parse_lang_region(bad),
                    Err(Error::UnsupportedLanguage { .. })
                ),
                "{bad}: {:?}",
                parse_lang_region(bad)
            );
        }
        // A column header in TSV and CSV, and a TBX xml:lang.
        let tsv = "id\ten\tde-CH-1901\nstrasse\tstreet\tStrasse\n";
        let csv = "en,de-CH-1901\nstreet,Strasse\n";
        let tbx = r#"<martif type="TBX"><text><body><termEntry id="strasse">
            <langSet xml:lang="en"><tig><term>street</term></tig></langSet>
            <langSet xml:lang="de-CH-1901"><tig><term>Strasse</term></tig></langSet>
            </termEntry></body></text></martif>"#;
        for (text, f) in [(tsv, Format::Tsv), (csv, Format::Csv), (tbx, Format::Tbx)] {
            let g = Glossary::parse(text, f, "v", LanguagePair::default()).unwrap();
            let t = &g.concepts()[0]
                .terms
                .iter()
                .find(|t| t.lang == tag("de"))
                .unwrap();
            assert_eq!(
                (&*t.text, t.region.as_deref()),
                ("Strasse", Some("CH")),
                "{f}"
            );
        }
        // Two columns differing only by variant would merge: refused as a duplicate column, and (review)
        // the error says the variant was dropped and names both columns.
        for (header, says) in [
            (
                "id\tde-CH-1901\tde-CH-1996\n",
                "duplicate column `de-CH-1996`: `de-CH-1996` is `de-CH` once its variant is dropped, \
                 like column 2 `de-CH-1901`",
            ),
            (
                "id\tde-CH\tde-CH-1901\n",
                "duplicate column `de-CH-1901`: `de-CH-1901` is `de-CH` once its variant is dropped, \
                 like column 2 `de-CH`",
            ),
            (
                "id\tde-CH-1901\tde_ch\n",
                "duplicate column `de_ch`: column 2 `de-CH-1901` is `de-CH` once its variant is dropped",
            ),
            (
                "id\tth\tth-simple:abbreviation\tth-simple\n",
                "duplicate column `th-simple`: `th-simple` is `th` once its variant is dropped, like \
                 column 2 `th`",
            ),
        ] {
            for (text, f) in [
                (header.to_string(), Format::Tsv),
                (header.replace('\t', ","), Format::Csv),
            ] {
                let e = Glossary::parse(&text, f, "v", LanguagePair::default()).unwrap_err();
                assert!(e.to_string().contains(says), "{f} {header}: {e}");
            }
        }
        // Second review: a repeated cell, or one repeated with another kind, is no dropped variant.
        for header in [
            "id\tde-CH-1901\tde-CH-1901\n",
            "id\tde-CH-1901\tde-ch-1901\n",
            "id\tde-1901:abbr\tde-1901:abbreviation\n",
            "id\ten\ten\n",
        ] {
            let e = Glossary::parse(header, Format::Tsv, "v", LanguagePair::default()).unwrap_err();
            let e = e.to_string();
            assert!(
                e.contains("duplicate column") && !e.contains("once its variant is dropped"),
                "{header}: {e}"
            );
        }
    }

    /// Second review of the variant subtags: a prefix is matched subtag by subtag (RFC 5646: `sl-IT-nedis`
    /// fits `sl-nedis`), variants in any order; junk is refused as unregistered, not as repeated; and a
    /// long tag of distinct junk subtags is refused at once (the repeat check was quadratic).
    #[test]
    fn variant_prefixes_match_by_subtag_and_long_tags_stay_linear() {
        let tag = |c: &str| LanguageTag::parse(c).unwrap();
        for (code, region) in [
            ("sl-IT-rozaj-biske", Some("IT")),
            ("sl-IT-rozaj-biske-1994", Some("IT")),
            ("sl-1994-biske-rozaj", None), // CLDR's alphabetical order
            ("sl-Latn-IT-rozaj", Some("IT")),
            ("pt-Latn-BR-abl1943", Some("BR")),
            ("en-Latn-CA-newfound", Some("CA")),
        ] {
            let (lang, r) = parse_lang_region(code).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(
                (lang.as_str(), r.as_deref()),
                (tag(code).as_str(), region),
                "{code}"
            );
        }
        for bad in [
            "sl-biske",
            "en-rozaj",
            "de-CH-valencia",
            "eo-xsistemo",
            "eo-hsistemo",
        ] {
            assert!(
                matches!(
                    parse_lang_region(bad),
                    Err(Error::UnsupportedLanguage { .. })
                ),
                "{bad}"
            );
        }
        for junk in ["de-foo-foo", "de-1901-foo-foo"] {
            let e = parse_lang_region(junk).unwrap_err().to_string();
            assert!(
                !e.contains("at most once") && e.contains("unregistered"),
                "{junk}: {e}"
            );
        }
        // 40,000 distinct 4-letter subtags (200 KB): refused at the first, as an unregistered variant.
        let mut long = String::from("de");
        for i in 0..40_000u32 {
            long.push_str(&format!("-{:04}", i % 10_000));
            long.push((b'a' + (i / 10_000) as u8) as char);
        }
        let e = parse_lang_region(&long).unwrap_err().to_string();
        assert!(e.contains("unregistered"), "{}", &e[..200.min(e.len())]);
        // At most the 120 registered variants can stand in one tag without a repeat: a long run of
        // registered ones repeats, and is refused as such.
        let e = parse_lang_region(&format!("de{}", "-1901-1996".repeat(20_000))).unwrap_err();
        assert!(e.to_string().contains("at most once"), "{e}");
    }
}
