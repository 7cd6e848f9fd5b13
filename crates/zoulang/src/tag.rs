//! Language tags: BCP-47 strings, with the aliases users type (`zh-TW`, `zh_HK`, `tl`, `in`, `cmn`, ISO 639-3).
//!
//! A [`LanguageTag`] is always canonical and always one zoulang knows; parsing an unknown tag is an error,
//! never a silent default.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// A canonical BCP-47 language tag known to zoulang (`en`, `zh-Hans`, `fil`, `und`, …).
///
/// Cheap to copy and compare. Build one with [`LanguageTag::parse`] (which accepts aliases) or use the
/// constants.
///
/// ```
/// use zoulang::LanguageTag;
/// assert_eq!(LanguageTag::parse("zh-TW").unwrap(), LanguageTag::ZH_HANT);
/// assert_eq!(LanguageTag::parse("tl").unwrap().as_str(), "fil");
/// assert_eq!(LanguageTag::parse("zsm").unwrap().as_str(), "ms");
/// assert!(LanguageTag::parse("klingon").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageTag(u8);

/// One known language: canonical tag, English name, ISO 639-3 code, and extra aliases (lower case).
struct Known {
    tag: &'static str,
    name: &'static str,
    iso3: &'static str,
    aliases: &'static [&'static str],
}

macro_rules! known {
    ($( $tag:literal, $name:literal, $iso3:literal, [$($alias:literal),*] ;)*) => {
        &[$(Known { tag: $tag, name: $name, iso3: $iso3, aliases: &[$($alias),*] }),*]
    };
}

/// The table of every tag zoulang knows: the China–ASEAN targets first, then every language `whatlang`
/// detects. Aliases are matched case-insensitively with `_` read as `-`.
const KNOWN: &[Known] = known! {
    "und", "Undetermined", "und", [];
    "en", "English", "eng", ["en-us", "en-gb", "en-sg", "en-my", "en-ph"];
    "zh", "Chinese", "zho", ["chi", "cmn", "zh-cmn", "zh-hani"];
    "zh-Hans", "Chinese (Simplified)", "zho", ["zh-cn", "zh-sg", "zh-my", "zhs", "zh-chs", "cmn-hans", "zh-hans-cn", "zh-hans-sg"];
    "zh-Hant", "Chinese (Traditional)", "zho", ["zh-tw", "zh-hk", "zh-mo", "zht", "zh-cht", "cmn-hant", "zh-hant-tw", "zh-hant-hk", "zh-hant-mo"];
    "yue", "Cantonese", "yue", ["zh-yue", "yue-hant", "yue-hk"];
    "vi", "Vietnamese", "vie", ["vi-vn"];
    "th", "Thai", "tha", ["th-th"];
    "lo", "Lao", "lao", ["lo-la"];
    "km", "Khmer", "khm", ["km-kh"];
    "my", "Burmese", "mya", ["bur", "my-mm"];
    "ms", "Malay", "msa", ["may", "zsm", "ms-my", "ms-bn", "ms-sg"];
    "id", "Indonesian", "ind", ["in", "id-id"];
    "fil", "Filipino", "fil", ["tl", "tgl", "fil-ph", "tl-ph"];
    "ja", "Japanese", "jpn", ["ja-jp"];
    "ko", "Korean", "kor", ["ko-kr"];
    "tet", "Tetum", "tet", [];
    "pt", "Portuguese", "por", ["pt-pt", "pt-br", "pt-tl"];
    "af", "Afrikaans", "afr", [];
    "ak", "Akan", "aka", [];
    "am", "Amharic", "amh", [];
    "ar", "Arabic", "ara", [];
    "az", "Azerbaijani", "aze", [];
    "be", "Belarusian", "bel", [];
    "bg", "Bulgarian", "bul", [];
    "bn", "Bengali", "ben", [];
    "ca", "Catalan", "cat", [];
    "cs", "Czech", "ces", ["cze"];
    "cy", "Welsh", "cym", ["wel"];
    "da", "Danish", "dan", [];
    "de", "German", "deu", ["ger"];
    "el", "Greek", "ell", ["gre"];
    "eo", "Esperanto", "epo", [];
    "es", "Spanish", "spa", [];
    "et", "Estonian", "est", [];
    "fa", "Persian", "fas", ["per", "pes"];
    "fi", "Finnish", "fin", [];
    "fr", "French", "fra", ["fre"];
    "gu", "Gujarati", "guj", [];
    "he", "Hebrew", "heb", ["iw"];
    "hi", "Hindi", "hin", [];
    "hr", "Croatian", "hrv", [];
    "hu", "Hungarian", "hun", [];
    "hy", "Armenian", "hye", ["arm"];
    "it", "Italian", "ita", [];
    "jv", "Javanese", "jav", [];
    "ka", "Georgian", "kat", ["geo"];
    "kn", "Kannada", "kan", [];
    "la", "Latin", "lat", [];
    "lt", "Lithuanian", "lit", [];
    "lv", "Latvian", "lav", [];
    "mk", "Macedonian", "mkd", ["mac"];
    "ml", "Malayalam", "mal", [];
    "mr", "Marathi", "mar", [];
    "nb", "Norwegian Bokmål", "nob", ["no", "nor"];
    "ne", "Nepali", "nep", [];
    "nl", "Dutch", "nld", ["dut"];
    "or", "Odia", "ori", [];
    "pa", "Punjabi", "pan", [];
    "pl", "Polish", "pol", [];
    "ro", "Romanian", "ron", ["rum", "mo"];
    "ru", "Russian", "rus", [];
    "si", "Sinhala", "sin", [];
    "sk", "Slovak", "slk", ["slo"];
    "sl", "Slovenian", "slv", [];
    "sn", "Shona", "sna", [];
    "sr", "Serbian", "srp", [];
    "sv", "Swedish", "swe", [];
    "ta", "Tamil", "tam", [];
    "te", "Telugu", "tel", [];
    "tk", "Turkmen", "tuk", [];
    "tr", "Turkish", "tur", [];
    "uk", "Ukrainian", "ukr", [];
    "ur", "Urdu", "urd", [];
    "uz", "Uzbek", "uzb", [];
    "yi", "Yiddish", "yid", [];
    "zu", "Zulu", "zul", [];
};

impl LanguageTag {
    /// Undetermined (`und`).
    pub const UND: LanguageTag = LanguageTag(index_of("und"));
    /// English.
    pub const EN: LanguageTag = LanguageTag(index_of("en"));
    /// Chinese, script not determined.
    pub const ZH: LanguageTag = LanguageTag(index_of("zh"));
    /// Chinese in Simplified characters.
    pub const ZH_HANS: LanguageTag = LanguageTag(index_of("zh-Hans"));
    /// Chinese in Traditional characters.
    pub const ZH_HANT: LanguageTag = LanguageTag(index_of("zh-Hant"));
    /// Vietnamese.
    pub const VI: LanguageTag = LanguageTag(index_of("vi"));
    /// Thai.
    pub const TH: LanguageTag = LanguageTag(index_of("th"));
    /// Lao.
    pub const LO: LanguageTag = LanguageTag(index_of("lo"));
    /// Khmer.
    pub const KM: LanguageTag = LanguageTag(index_of("km"));
    /// Burmese.
    pub const MY: LanguageTag = LanguageTag(index_of("my"));
    /// Malay.
    pub const MS: LanguageTag = LanguageTag(index_of("ms"));
    /// Indonesian.
    pub const ID: LanguageTag = LanguageTag(index_of("id"));
    /// Filipino (Tagalog).
    pub const FIL: LanguageTag = LanguageTag(index_of("fil"));
    /// Japanese.
    pub const JA: LanguageTag = LanguageTag(index_of("ja"));
    /// Korean.
    pub const KO: LanguageTag = LanguageTag(index_of("ko"));

    /// The 13 languages zoulang is built for (plus their Chinese scripts), in a stable order.
    ///
    /// ```
    /// assert_eq!(zoulang::LanguageTag::TARGETS.len(), 13);
    /// ```
    pub const TARGETS: [LanguageTag; 13] = [
        Self::EN,
        Self::ZH_HANS,
        Self::ZH_HANT,
        Self::VI,
        Self::TH,
        Self::LO,
        Self::KM,
        Self::MY,
        Self::MS,
        Self::ID,
        Self::FIL,
        Self::JA,
        Self::KO,
    ];

    /// Parses a tag or alias (case-insensitive, `_` or `-`), returning the canonical tag.
    ///
    /// Region subtags of known languages (`vi-VN`, `en-AU`) reduce to the language; `zh` regions choose the
    /// script (`zh-TW` → `zh-Hant`, `zh-CN` → `zh-Hans`), also after `cmn`, `zho` or `chi` (`cmn-TW` →
    /// `zh-Hant`); `zh-Hani` (Han script, Simplified or Traditional unstated) is plain `zh`.
    ///
    /// Worst case: O(n + s·k) time for an input of n bytes with s subtags, k known tags (≈ 80); comparisons
    /// stop at the length check, so a long input costs O(n).
    ///
    /// ```
    /// use zoulang::LanguageTag;
    /// assert_eq!(LanguageTag::parse("ZH_hk").unwrap().as_str(), "zh-Hant");
    /// assert_eq!(LanguageTag::parse("en-AU").unwrap().as_str(), "en");
    /// assert_eq!(LanguageTag::parse("ind").unwrap().as_str(), "id");
    /// assert_eq!(LanguageTag::parse("cmn-TW").unwrap().as_str(), "zh-Hant");
    /// ```
    pub fn parse(input: &str) -> Result<LanguageTag> {
        let norm = input.trim().replace('_', "-").to_ascii_lowercase();
        if norm.is_empty() {
            return Err(Error::UnknownLanguage {
                tag: input.to_string(),
            });
        }
        let zh = chinese_as_zh(&norm);
        let norm: &str = &zh;
        if let Some(t) = Self::lookup(norm) {
            return Ok(t);
        }
        // Strip trailing region/variant subtags one at a time: `vi-Latn-VN` → `vi-Latn` → `vi`. No known tag or
        // alias is longer than `longest`, so a long input jumps straight to its first prefix that could match
        // (without this, `x-x-x-…` costs one table scan per subtag: found by benches/worst_case.rs).
        let mut cut = norm;
        let longest = Self::longest_known();
        if cut.len() > longest {
            // A `-` is ASCII, so its byte position is a character boundary.
            let pos = cut.as_bytes()[..=longest].iter().rposition(|&b| b == b'-');
            cut = &cut[..pos.unwrap_or(0)];
            if let Some(t) = Self::lookup(cut) {
                return Ok(t);
            }
        }
        while let Some(pos) = cut.rfind('-') {
            cut = &cut[..pos];
            if let Some(t) = Self::lookup(cut) {
                return Ok(t);
            }
        }
        Err(Error::UnknownLanguage {
            tag: input.to_string(),
        })
    }

    /// The length of the longest known tag or alias.
    fn longest_known() -> usize {
        static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        *LONGEST.get_or_init(|| {
            KNOWN
                .iter()
                .flat_map(|k| std::iter::once(k.tag).chain(k.aliases.iter().copied()))
                .map(str::len)
                .max()
                .unwrap_or(0)
        })
    }

    /// The known tag that `norm` (lower case, `-` between subtags) names exactly as a tag, ISO 639-3 code or
    /// alias, without reducing subtags. O(k) for k known tags.
    pub(crate) fn lookup(norm: &str) -> Option<LanguageTag> {
        KNOWN
            .iter()
            .position(|k| {
                k.tag.eq_ignore_ascii_case(norm)
                    || (k.iso3 == norm && k.tag != "zh-Hans" && k.tag != "zh-Hant")
                    || k.aliases.contains(&norm)
            })
            .map(|i| LanguageTag(i as u8))
    }

    /// The canonical tag string.
    ///
    /// ```
    /// assert_eq!(zoulang::LanguageTag::FIL.as_str(), "fil");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.known().tag
    }

    /// The English name of the language.
    ///
    /// ```
    /// assert_eq!(zoulang::LanguageTag::MY.name(), "Burmese");
    /// ```
    pub fn name(self) -> &'static str {
        self.known().name
    }

    /// The ISO 639-3 code (`zho` for every Chinese tag, `und` for undetermined).
    ///
    /// ```
    /// assert_eq!(zoulang::LanguageTag::VI.iso639_3(), "vie");
    /// ```
    pub fn iso639_3(self) -> &'static str {
        self.known().iso3
    }

    /// Whether this is a Chinese tag (`zh`, `zh-Hans`, `zh-Hant`, `yue`).
    ///
    /// ```
    /// assert!(zoulang::LanguageTag::ZH_HANT.is_chinese());
    /// ```
    pub fn is_chinese(self) -> bool {
        matches!(self.as_str(), "zh" | "zh-Hans" | "zh-Hant" | "yue")
    }

    /// Whether this is `und`.
    ///
    /// ```
    /// assert!(zoulang::LanguageTag::UND.is_und());
    /// ```
    pub fn is_und(self) -> bool {
        self == Self::UND
    }

    /// Every tag zoulang knows, canonical forms only.
    ///
    /// ```
    /// assert!(zoulang::LanguageTag::all().any(|t| t.as_str() == "km"));
    /// ```
    pub fn all() -> impl Iterator<Item = LanguageTag> {
        (0..KNOWN.len()).map(|i| LanguageTag(i as u8))
    }

    fn known(self) -> &'static Known {
        &KNOWN[self.0 as usize]
    }
}

// A tag is its row's index as one byte.
const _: () = assert!(KNOWN.len() <= 256);

/// The row of `tag` in [`KNOWN`], at compile time (a tag that is not there does not compile).
const fn index_of(tag: &str) -> u8 {
    let mut i = 0;
    while i < KNOWN.len() {
        if eq_bytes(KNOWN[i].tag.as_bytes(), tag.as_bytes()) {
            return i as u8;
        }
        i += 1;
    }
    panic!("not a known tag")
}

/// Byte-wise equality usable in a `const fn`.
const fn eq_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Tags sort by their canonical string (as when a tag was its string): `en` < `fil` < `zh-Hans`.
impl Ord for LanguageTag {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for LanguageTag {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A lower-cased, `-`-separated tag with Chinese named otherwise (`cmn-`, `zho-`, `chi-`, `zh-cmn-`)
/// spelled `zh-`, so that its region or script chooses the script as for `zh` (`cmn-TW` is `zh-TW`,
/// `zh-Hant`). O(|norm|).
pub(crate) fn chinese_as_zh(norm: &str) -> std::borrow::Cow<'_, str> {
    ["zh-cmn-", "cmn-", "zho-", "chi-"]
        .iter()
        .find_map(|p| norm.strip_prefix(p))
        .map_or(std::borrow::Cow::Borrowed(norm), |rest| {
            std::borrow::Cow::Owned(format!("zh-{rest}"))
        })
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({})", self.as_str())
    }
}

impl std::str::FromStr for LanguageTag {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        LanguageTag::parse(s)
    }
}

impl Serialize for LanguageTag {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LanguageTag::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_normalise() {
        for (alias, want) in [
            ("zh-CN", "zh-Hans"),
            ("zh-TW", "zh-Hant"),
            ("zh_HK", "zh-Hant"),
            ("zh-Hant-TW", "zh-Hant"),
            ("tl", "fil"),
            ("in", "id"),
            ("cmn", "zh"),
            // Review 5b, defect 8: Chinese by another name with a region (read as plain zh before).
            ("cmn-TW", "zh-Hant"),
            ("zho-TW", "zh-Hant"),
            ("chi_TW", "zh-Hant"),
            ("cmn-CN", "zh-Hans"),
            ("zh-cmn-HK", "zh-Hant"),
            ("zho-Hans", "zh-Hans"),
            ("zh-Hani", "zh"),
            ("zsm", "ms"),
            ("mya", "my"),
            ("khm", "km"),
            ("lao", "lo"),
            ("tha", "th"),
            ("vie", "vi"),
            ("EN", "en"),
            ("en-US", "en"),
            ("und", "und"),
        ] {
            assert_eq!(LanguageTag::parse(alias).unwrap().as_str(), want, "{alias}");
        }
    }

    #[test]
    fn long_inputs_reduce_to_their_known_prefix() {
        let long = format!("zh-tw{}", "-x".repeat(100_000));
        assert_eq!(LanguageTag::parse(&long).unwrap(), LanguageTag::ZH_HANT);
        let long = format!("zh-hant-hk{}", "-abc".repeat(1_000));
        assert_eq!(LanguageTag::parse(&long).unwrap(), LanguageTag::ZH_HANT);
        assert!(LanguageTag::parse(&"x-".repeat(100_000)).is_err());
        assert!(LanguageTag::parse(&"中-".repeat(100)).is_err());
    }

    #[test]
    fn unknown_is_error() {
        for bad in ["", "  ", "xx", "english", "zz-Hans", "-"] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn table_is_consistent() {
        // A tag is its row's index as one byte.
        assert!(KNOWN.len() <= 256);
        assert_eq!(std::mem::size_of::<LanguageTag>(), 1);
        // Tags sort by their strings, whatever the table's order.
        let mut all: Vec<LanguageTag> = LanguageTag::all().collect();
        all.sort();
        assert!(all.windows(2).all(|w| w[0].as_str() < w[1].as_str()));
        assert_eq!(LanguageTag::all().count(), KNOWN.len());
        let mut seen = std::collections::HashSet::new();
        for k in KNOWN {
            assert!(
                seen.insert(k.tag.to_ascii_lowercase()),
                "duplicate tag {}",
                k.tag
            );
            assert_eq!(LanguageTag::parse(k.tag).unwrap().as_str(), k.tag);
            for a in k.aliases {
                assert_eq!(*a, a.to_ascii_lowercase());
                assert_eq!(LanguageTag::parse(a).unwrap().as_str(), k.tag, "alias {a}");
            }
        }
    }

    #[test]
    fn serde_round_trip() {
        let t = LanguageTag::ZH_HANT;
        let j = serde_json::to_string(&t).unwrap();
        assert_eq!(j, "\"zh-Hant\"");
        assert_eq!(serde_json::from_str::<LanguageTag>(&j).unwrap(), t);
        assert!(serde_json::from_str::<LanguageTag>("\"nope\"").is_err());
    }
}
