//! Which language's rules to segment with: a [`LanguageTag`] or `auto`.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::tag::LanguageTag;

/// The language to segment as: a known tag, or [`Lang::Auto`] to decide from the text itself.
///
/// Parse one with [`str::parse`] (`"auto"`, `"und"` or any tag or alias [`LanguageTag::parse`] accepts) or
/// convert from a [`LanguageTag`]. Unknown tags are an [`Error::UnknownLanguage`].
///
/// ```
/// use zoulang::{Lang, LanguageTag};
/// assert_eq!("auto".parse::<Lang>().unwrap(), Lang::Auto);
/// assert_eq!("zh-TW".parse::<Lang>().unwrap(), Lang::Tag(LanguageTag::ZH_HANT));
/// assert_eq!(Lang::from(LanguageTag::TH).to_string(), "th");
/// assert!("xx-Nope".parse::<Lang>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    /// Decide per text: rules that handle every script at once (and mixed-script text), with the
    /// abbreviation list of the Latin-script language [`crate::detect`] finds in the start of the text.
    Auto,
    /// A known language.
    Tag(LanguageTag),
}

impl FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Lang> {
        if s.trim().eq_ignore_ascii_case("auto") {
            return Ok(Lang::Auto);
        }
        let tag = LanguageTag::parse(s)?;
        Ok(if tag.is_und() {
            Lang::Auto
        } else {
            Lang::Tag(tag)
        })
    }
}

impl From<LanguageTag> for Lang {
    fn from(tag: LanguageTag) -> Lang {
        if tag.is_und() {
            Lang::Auto
        } else {
            Lang::Tag(tag)
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lang::Auto => f.write_str("auto"),
            Lang::Tag(t) => f.write_str(t.as_str()),
        }
    }
}

/// Anything that names a [`Lang`]: `&str` / `String` (parsed, so it can fail), [`LanguageTag`] or [`Lang`].
///
/// ```
/// use zoulang::{IntoLang, Lang, LanguageTag};
/// assert_eq!("en".into_lang().unwrap(), Lang::Tag(LanguageTag::EN));
/// assert_eq!(LanguageTag::KM.into_lang().unwrap(), Lang::Tag(LanguageTag::KM));
/// assert!("klingon".into_lang().is_err());
/// ```
pub trait IntoLang {
    /// Converts, failing with [`Error::UnknownLanguage`] for an unknown tag.
    fn into_lang(self) -> Result<Lang>;
}

impl IntoLang for Lang {
    fn into_lang(self) -> Result<Lang> {
        Ok(self)
    }
}
impl IntoLang for LanguageTag {
    fn into_lang(self) -> Result<Lang> {
        Ok(Lang::from(self))
    }
}
impl IntoLang for &str {
    fn into_lang(self) -> Result<Lang> {
        self.parse()
    }
}
impl IntoLang for &String {
    fn into_lang(self) -> Result<Lang> {
        self.parse()
    }
}
impl IntoLang for String {
    fn into_lang(self) -> Result<Lang> {
        self.parse()
    }
}
