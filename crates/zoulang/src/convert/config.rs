//! The 16 OpenCC conversion configurations, by name.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::tables::CONFIG_SPECS;
use crate::error::{Error, Result};

/// One of OpenCC's 16 conversion configurations (`s2t`, `t2s`, `s2twp`, …).
///
/// Each runs OpenCC 1.4.2's chain for that name: CJK compatibility normalisation, optional segmentation by
/// forward maximum matching, then its dictionary stages. Parse a name with [`Config::parse`] or
/// [`str::parse`]; unknown names are an [`Error::UnknownValue`] listing the valid ones.
///
/// ```
/// use zoulang::convert::Config;
/// let c: Config = "s2twp".parse().unwrap();
/// assert_eq!(c, Config::S2twp);
/// assert_eq!(c.name(), "s2twp");
/// assert!(Config::parse("s2x").unwrap_err().to_string().contains("s2twp"));
/// assert_eq!(Config::ALL.len(), 16);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Config {
    /// Simplified → Traditional (OpenCC standard).
    S2t,
    /// Traditional (OpenCC standard) → Simplified.
    T2s,
    /// Simplified → Traditional (Taiwan standard).
    S2tw,
    /// Traditional (Taiwan standard) → Simplified.
    Tw2s,
    /// Simplified → Traditional (Taiwan standard, with Taiwan phrases).
    S2twp,
    /// Traditional (Taiwan standard) → Simplified, with mainland phrases.
    Tw2sp,
    /// Simplified → Traditional (Hong Kong variant).
    S2hk,
    /// Traditional (Hong Kong variant) → Simplified.
    Hk2s,
    /// Simplified → Traditional (Hong Kong variant, with phrases).
    S2hkp,
    /// Traditional (Hong Kong variant) → Simplified, with phrases.
    Hk2sp,
    /// Traditional (OpenCC standard) → Taiwan standard.
    T2tw,
    /// Taiwan standard → Traditional (OpenCC standard).
    Tw2t,
    /// Traditional (OpenCC standard) → Hong Kong variant.
    T2hk,
    /// Hong Kong variant → Traditional (OpenCC standard).
    Hk2t,
    /// Japanese Kyūjitai → Shinjitai.
    T2jp,
    /// Japanese Shinjitai → Kyūjitai.
    Jp2t,
}

impl Config {
    /// All 16 configurations, in the order of OpenCC's documentation.
    pub const ALL: [Config; 16] = [
        Config::S2t,
        Config::T2s,
        Config::S2tw,
        Config::Tw2s,
        Config::S2twp,
        Config::Tw2sp,
        Config::S2hk,
        Config::Hk2s,
        Config::S2hkp,
        Config::Hk2sp,
        Config::T2tw,
        Config::Tw2t,
        Config::T2hk,
        Config::Hk2t,
        Config::T2jp,
        Config::Jp2t,
    ];

    /// Parses a configuration name (`"s2t"`, case-insensitive, an optional `.json` suffix accepted).
    ///
    /// O(1). Fails with [`Error::UnknownValue`] listing the valid names.
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Config::parse("T2S.json").unwrap().name(), "t2s");
    /// ```
    pub fn parse(name: &str) -> Result<Config> {
        let trimmed = name.trim();
        let stem = trimmed.strip_suffix(".json").unwrap_or(trimmed);
        Config::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(stem))
            .ok_or_else(|| {
                Error::unknown_value(
                    "conversion config",
                    name,
                    Config::ALL.iter().map(|c| c.name()),
                )
            })
    }

    /// The configuration's name, e.g. `"s2twp"`.
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Config::Hk2s.name(), "hk2s");
    /// ```
    pub fn name(self) -> &'static str {
        CONFIG_SPECS[self as usize].name
    }

    /// OpenCC's description of the configuration.
    ///
    /// ```
    /// assert!(zoulang::convert::Config::S2t.description().contains("Simplified Chinese to Traditional"));
    /// ```
    pub fn description(self) -> &'static str {
        CONFIG_SPECS[self as usize].description
    }

    /// Whether the output is Traditional Chinese (the script the regional overlays write).
    pub(crate) fn writes_traditional(self) -> bool {
        !matches!(
            self,
            Config::T2s
                | Config::Tw2s
                | Config::Tw2sp
                | Config::Hk2s
                | Config::Hk2sp
                | Config::T2jp
        )
    }

    /// The names of all configurations.
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Config::names().next(), Some("s2t"));
    /// ```
    pub fn names() -> impl Iterator<Item = &'static str> {
        Config::ALL.into_iter().map(Config::name)
    }
}

impl fmt::Display for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Config {
    type Err = Error;
    fn from_str(s: &str) -> Result<Config> {
        Config::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_compiled_specs() {
        for (i, c) in Config::ALL.into_iter().enumerate() {
            assert_eq!(c as usize, i);
            assert_eq!(Config::parse(c.name()).unwrap(), c);
        }
    }

    #[test]
    fn unknown_name_lists_valid_names() {
        let e = Config::parse("zh2tw").unwrap_err();
        assert!(matches!(
            e,
            Error::UnknownValue {
                kind: "conversion config",
                ..
            }
        ));
        let msg = e.to_string();
        for c in Config::ALL {
            assert!(msg.contains(c.name()), "{msg}");
        }
    }
}
