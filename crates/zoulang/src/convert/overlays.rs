//! Regional usage overlays: opt-in replacements applied after an OpenCC conversion, for characters where the
//! standards OpenCC follows and everyday usage disagree. Off by default, so default output stays OpenCC-exact.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text::offsets::{OffsetMap, OffsetMapBuilder};

/// One regional usage overlay: a few replacements applied to the converted text.
///
/// | overlay | replaces | why |
/// |---|---|---|
/// | `tai` | 臺 → 台 | 台 is the everyday form in Taiwan and Hong Kong (台灣, 台北); OpenCC writes the standard 臺 |
/// | `li` | 裏 → 裡 | 裡 is the Taiwan form; OpenCC's standard Traditional writes 裏 |
/// | `zhe` | 着 → 著 | 著 is the usual Traditional form of the particle; OpenCC keeps 着 in places |
/// | `shuo` | 説 → 說 | 説 is the Japanese / Hong Kong variant; 說 is the common Traditional form |
/// | `jihua` | 計劃 → 計畫 | 計畫 is the usual Taiwan spelling of "plan"; only where jieba reads 計劃 as a word (not 統計\|劃分) |
///
/// ```
/// use zoulang::convert::{Config, Converter, Overlay};
/// let c = Converter::new(Config::S2tw);
/// assert_eq!(c.convert("台湾"), "臺灣");
/// assert_eq!(c.with_overlays(&[Overlay::Tai]).convert("台湾"), "台灣");
/// assert_eq!("jihua".parse::<Overlay>().unwrap(), Overlay::Jihua);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Overlay {
    /// 臺 → 台.
    Tai,
    /// 裏 → 裡.
    Li,
    /// 着 → 著.
    Zhe,
    /// 説 → 說.
    Shuo,
    /// 計劃 → 計畫.
    Jihua,
}

impl Overlay {
    /// All overlays.
    pub const ALL: [Overlay; 5] = [
        Overlay::Tai,
        Overlay::Li,
        Overlay::Zhe,
        Overlay::Shuo,
        Overlay::Jihua,
    ];

    /// The overlay's name (`"tai"`, `"li"`, …).
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Overlay::Shuo.name(), "shuo");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Overlay::Tai => "tai",
            Overlay::Li => "li",
            Overlay::Zhe => "zhe",
            Overlay::Shuo => "shuo",
            Overlay::Jihua => "jihua",
        }
    }

    /// The replacements, (from, to).
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Overlay::Jihua.replacements(), &[("計劃", "計畫")]);
    /// ```
    pub fn replacements(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Overlay::Tai => &[("臺", "台")],
            Overlay::Li => &[("裏", "裡")],
            Overlay::Zhe => &[("着", "著")],
            Overlay::Shuo => &[("説", "說")],
            Overlay::Jihua => &[("計劃", "計畫")],
        }
    }

    /// Parses an overlay name. Fails with [`Error::UnknownValue`] listing the valid names.
    ///
    /// ```
    /// assert!(zoulang::convert::Overlay::parse("xx").is_err());
    /// ```
    pub fn parse(name: &str) -> Result<Overlay> {
        Overlay::ALL
            .into_iter()
            .find(|o| o.name().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                Error::unknown_value("overlay", name, Overlay::ALL.iter().map(|o| o.name()))
            })
    }
}

impl fmt::Display for Overlay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Overlay {
    type Err = Error;
    fn from_str(s: &str) -> Result<Overlay> {
        Overlay::parse(s)
    }
}

/// Applies `overlays` to `text`, left to right, longest replacement first at each position; returns the
/// result and its map (`None` when no replacement's first character occurs; an identity map when one
/// occurs but nothing is replaced).
///
/// O(n · r) in the length of `text` and the number of replacements (at most a handful), plus a word
/// segmentation of a bounded window around each occurrence of a multi-character replacement (one cut of
/// the jieba block around it, shared by the occurrences in that block, when the block fits in the window;
/// see `segment::WordsAt`).
pub(crate) fn apply(overlays: &[Overlay], text: &str) -> Option<(String, OffsetMap)> {
    let mut pairs: Vec<(&str, &str)> = overlays
        .iter()
        .flat_map(|o| o.replacements().iter().copied())
        .collect();
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    let firsts: Vec<char> = pairs.iter().filter_map(|p| p.0.chars().next()).collect();
    let first_hit = text.find(|c| firsts.contains(&c))?;
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMapBuilder::default();
    out.push_str(&text[..first_hit]);
    map.copy(first_hit);
    let mut pos = first_hit;
    let mut words = crate::segment::WordsAt::new(text);
    while pos < text.len() {
        let rest = &text[pos..];
        // A replacement of more than one character is a word: it applies only where the word segmenter
        // reads one there (計劃 in 這個計劃, not in 統計劃分).
        let hit = pairs.iter().find(|(from, _)| {
            rest.starts_with(from)
                && (from.chars().nth(1).is_none() || words.is_word_at(pos, pos + from.len()))
        });
        if let Some((from, to)) = hit {
            out.push_str(to);
            map.push_str_pair(from, to);
            pos += from.len();
        } else {
            let n = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..n]);
            map.copy(n);
            pos += n;
        }
    }
    Some((out, map.finish()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlays_replace_and_map() {
        let (out, map) = apply(&Overlay::ALL, "臺北的計劃裏説着").unwrap();
        assert_eq!(out, "台北的計畫裡說著");
        let i = out.find("計畫").unwrap();
        assert_eq!(map.to_source(i..i + "計畫".len()), i..i + "計劃".len());
        assert!(apply(&Overlay::ALL, "沒有").is_none());
    }

    #[test]
    fn jihua_replaces_the_word_only() {
        // Review finding: 計劃 was replaced across word boundaries (統計|劃分, 設計|劃分, 預計|劃時代).
        let jihua = |t: &str| apply(&[Overlay::Jihua], t).map_or(t.to_string(), |(s, _)| s);
        assert_eq!(jihua("統計劃分"), "統計劃分");
        assert_eq!(jihua("設計劃分"), "設計劃分");
        assert_eq!(jihua("預計劃時代"), "預計劃時代");
        assert_eq!(jihua("會計劃分"), "會計劃分");
        assert_eq!(
            jihua("這個計劃很好，計劃書也寫好了。"),
            "這個計畫很好，計畫書也寫好了。"
        );
        assert_eq!(jihua("我們計劃明年去"), "我們計畫明年去");
        // Second review: a compound ending in 計劃 is a word that holds it.
        assert_eq!(jihua("五年計劃、行動計劃"), "五年計畫、行動計畫");
        // Reliability finding: 24 characters into a text the cut merged 統計 and 劃分 (an offset bug).
        let far = format!("{}統計劃分", "我們".repeat(20));
        assert_eq!(jihua(&far), far);
        let (out, map) = apply(&[Overlay::Jihua], "統計劃分的計劃").unwrap();
        assert_eq!(out, "統計劃分的計畫");
        assert_eq!(
            map.to_source(out.len() - 6..out.len()),
            out.len() - 6..out.len()
        );
    }

    #[test]
    fn jihua_on_text_dense_with_it() {
        // Reliability finding: every 計劃 cost a jieba cut of a 48-character window; now one cut per
        // clause serves every 計劃 in it (segment::WordsAt, checked against the windowed answer there).
        let clause = "五年計劃、統計劃分的計劃書，我們計劃明年去。";
        let text = clause.repeat(40);
        let (out, _) = apply(&[Overlay::Jihua], &text).unwrap();
        assert_eq!(
            out,
            "五年計畫、統計劃分的計畫書，我們計畫明年去。".repeat(40)
        );
    }

    #[test]
    fn names_round_trip() {
        for o in Overlay::ALL {
            assert_eq!(Overlay::parse(o.name()).unwrap(), o);
        }
        assert!(
            Overlay::parse("nope")
                .unwrap_err()
                .to_string()
                .contains("jihua")
        );
    }
}
