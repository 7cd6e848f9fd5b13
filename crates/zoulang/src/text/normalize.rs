//! Unicode normalisation with width, dash, quote and whitespace folding, each switchable, with an
//! [`OffsetMap`] back to the input.
//!
//! Worst case: linear time and memory in the input length.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{
    canonical_combining_class, decompose_compatible, is_combining_mark,
};

use crate::error::{Error, Result};
use crate::text::offsets::OffsetMap;

/// A Unicode normalisation form (or none).
///
/// ```
/// use zoulang::normalize::Form;
/// assert_eq!("nfkc".parse::<Form>().unwrap(), Form::Nfkc);
/// assert!("nfx".parse::<Form>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// Canonical composition (the default).
    #[default]
    Nfc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility composition (folds full-width letters, ligatures, circled digits, …).
    Nfkc,
    /// Compatibility decomposition.
    Nfkd,
    /// No normalisation form: only the folding options apply.
    None,
}

impl Form {
    /// All forms, by name.
    pub const NAMES: [&'static str; 5] = ["nfc", "nfd", "nfkc", "nfkd", "none"];

    /// The name as used by the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Nfc => "nfc",
            Form::Nfd => "nfd",
            Form::Nfkc => "nfkc",
            Form::Nfkd => "nfkd",
            Form::None => "none",
        }
    }
}

impl FromStr for Form {
    type Err = Error;
    fn from_str(s: &str) -> Result<Form> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "nfc" => Form::Nfc,
            "nfd" => Form::Nfd,
            "nfkc" => Form::Nfkc,
            "nfkd" => Form::Nfkd,
            "none" => Form::None,
            _ => return Err(Error::unknown_value("normalization form", s, Form::NAMES)),
        })
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Width folding direction.
///
/// ```
/// assert_eq!("half".parse::<zoulang::normalize::Width>().unwrap(), zoulang::normalize::Width::Half);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Width {
    /// Full-width ASCII forms (Ａ１，！), the ideographic space and full-width symbols (￥￡) become their
    /// ordinary (half-width) forms.
    Half,
    /// ASCII letters, digits and punctuation and the space become full-width; half-width katakana, hangul
    /// and CJK punctuation (ｶ ｡ ｢) become their full-width forms.
    Full,
}

impl Width {
    /// All widths, by name.
    pub const NAMES: [&'static str; 2] = ["half", "full"];

    /// The name as used by the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            Width::Half => "half",
            Width::Full => "full",
        }
    }
}

impl FromStr for Width {
    type Err = Error;
    fn from_str(s: &str) -> Result<Width> {
        match s.to_ascii_lowercase().as_str() {
            "half" => Ok(Width::Half),
            "full" => Ok(Width::Full),
            _ => Err(Error::unknown_value("width", s, Width::NAMES)),
        }
    }
}

/// What [`normalize`] does. Every option is independent; the default is NFC and nothing else.
///
/// ```
/// use zoulang::normalize::{normalize, NormalizeOptions, Width};
/// let opts = NormalizeOptions { width: Some(Width::Half), dashes: true, ..Default::default() };
/// assert_eq!(normalize("中国—东盟（ＡＩ）", &opts), "中国-东盟(AI)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct NormalizeOptions {
    /// Unicode normalisation form, applied first.
    pub form: Form,
    /// Width folding, if any.
    pub width: Option<Width>,
    /// Map dash variants (‐ ‑ ‒ – — ― − ﹘ ﹣ － ⸺ ⸻) to ASCII `-`.
    pub dashes: bool,
    /// Map curly and angle quotes (“ ” „ ‟ 〝 〞 « » ＂ → `"`, ‘ ’ ‚ ‛ ＇ → `'`) to ASCII quotes.
    pub quotes: bool,
    /// Map every horizontal white space (NBSP, ideographic space, tabs, …) to a space and collapse runs of
    /// it to one; line breaks are kept.
    pub whitespace: bool,
}

impl NormalizeOptions {
    /// NFKC and nothing else.
    pub fn nfkc() -> Self {
        NormalizeOptions {
            form: Form::Nfkc,
            ..Default::default()
        }
    }

    /// The folding used for matching: NFKC, half width, dashes, quotes and white space.
    ///
    /// ```
    /// let o = zoulang::normalize::NormalizeOptions::matching();
    /// assert!(o.dashes && o.quotes && o.whitespace);
    /// ```
    pub fn matching() -> Self {
        NormalizeOptions {
            form: Form::Nfkc,
            width: Some(Width::Half),
            dashes: true,
            quotes: true,
            whitespace: true,
        }
    }
}

/// Normalises `text` as `opts` say.
///
/// ```
/// use zoulang::normalize::{normalize, NormalizeOptions};
/// assert_eq!(normalize("ｶﾞ①", &NormalizeOptions::nfkc()), "ガ1");
/// ```
pub fn normalize(text: &str, opts: &NormalizeOptions) -> String {
    normalize_with_offsets(text, opts).0
}

/// Normalises `text` and returns the [`OffsetMap`] from the result back to `text` (byte offsets).
///
/// ```
/// use zoulang::normalize::{normalize_with_offsets, NormalizeOptions};
/// let text = "老挝\u{3000}Lào";
/// let opts = NormalizeOptions { whitespace: true, ..Default::default() };
/// let (out, map) = normalize_with_offsets(text, &opts);
/// assert_eq!(out, "老挝 Lào");
/// let lao = out.find("Lào").unwrap();
/// assert_eq!(&text[map.to_source(lao..out.len())], "Lào");
/// ```
pub fn normalize_with_offsets(text: &str, opts: &NormalizeOptions) -> (String, OffsetMap) {
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::builder();
    let mut piece = String::new();
    let mut pending_ws: Option<(usize, usize)> = None; // (start, end) in `text` of a horizontal space run
    let mut start = 0;
    let ascii_fixed = opts.width != Some(Width::Full);
    let bytes = text.as_bytes();
    while start < text.len() {
        // Fast path: a run of ASCII that no option changes is copied as it is. Its last byte stays out when a
        // non-ASCII character follows, since that character may combine with it (e + U+0302).
        if ascii_fixed && pending_ws.is_none() {
            let run = bytes[start..]
                .iter()
                .position(|&b| !b.is_ascii() || (opts.whitespace && (b == b' ' || b == b'\t')))
                .unwrap_or(bytes.len() - start);
            let run = match bytes.get(start + run) {
                Some(b) if !b.is_ascii() => run.saturating_sub(1),
                _ => run,
            };
            if run > 0 {
                out.push_str(&text[start..start + run]);
                map.copy(run);
                start += run;
                continue;
            }
        }
        let end = chunk_end(text, start);
        let chunk = &text[start..end];
        if opts.whitespace && is_horizontal_space(chunk) {
            pending_ws = Some((pending_ws.map_or(start, |p| p.0), end));
            start = end;
            continue;
        }
        if let Some((ws, we)) = pending_ws.take() {
            emit_space(&text[ws..we], &mut out, &mut map);
        }
        piece.clear();
        transform_chunk(chunk, opts, &mut piece);
        map.push_str_pair(chunk, &piece);
        out.push_str(&piece);
        start = end;
    }
    if let Some((ws, we)) = pending_ws {
        emit_space(&text[ws..we], &mut out, &mut map);
    }
    (out, map.finish())
}

/// Normalises many texts in parallel (rayon), in order.
///
/// Worst case: linear in the total length, spread over the available cores.
///
/// ```
/// use zoulang::normalize::{normalize_batch, NormalizeOptions};
/// let out = normalize_batch(&["ＡＩ", "中国—东盟"], &NormalizeOptions::matching());
/// assert_eq!(out, ["AI", "中国-东盟"]);
/// ```
pub fn normalize_batch<S: AsRef<str> + Sync>(texts: &[S], opts: &NormalizeOptions) -> Vec<String> {
    use rayon::prelude::*;
    texts
        .par_iter()
        .map(|t| normalize(t.as_ref(), opts))
        .collect()
}

fn emit_space(run: &str, out: &mut String, map: &mut crate::text::offsets::OffsetMapBuilder) {
    map.push_str_pair(run, " ");
    out.push(' ');
}

fn is_horizontal_space(chunk: &str) -> bool {
    let mut it = chunk.chars();
    matches!((it.next(), it.next()), (Some(c), None) if c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'))
}

/// The end of the normalisation chunk starting at `start`: one character plus everything that may combine
/// with it (combining marks, Hangul vowel and final jamo), so that normalising chunk by chunk equals
/// normalising the whole text.
fn chunk_end(text: &str, start: usize) -> usize {
    let mut it = text[start..].char_indices();
    let (_, first) = it.next().expect("chunk_end called at end of text");
    let mut end = start + first.len_utf8();
    if first.is_ascii() && text.as_bytes().get(end).is_none_or(|b| b.is_ascii()) {
        return end;
    }
    for (off, c) in it {
        if joins_previous(c) {
            end = start + off + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn joins_previous(c: char) -> bool {
    !c.is_ascii()
        && (canonical_combining_class(c) != 0
            || is_combining_mark(c)
            || ('\u{1160}'..='\u{11FF}').contains(&c)
            || ('\u{D7B0}'..='\u{D7FF}').contains(&c)
            || c == '\u{200D}'
            || ('\u{FE00}'..='\u{FE0F}').contains(&c)
            || ('\u{E0100}'..='\u{E01EF}').contains(&c)
            || ('\u{FF9E}'..='\u{FF9F}').contains(&c))
}

fn transform_chunk(chunk: &str, opts: &NormalizeOptions, out: &mut String) {
    let push_folded = |c: char, out: &mut String| fold_char(c, opts, out);
    match opts.form {
        Form::Nfc => chunk.nfc().for_each(|c| push_folded(c, out)),
        Form::Nfd => chunk.nfd().for_each(|c| push_folded(c, out)),
        Form::Nfkc => chunk.nfkc().for_each(|c| push_folded(c, out)),
        Form::Nfkd => chunk.nfkd().for_each(|c| push_folded(c, out)),
        Form::None => chunk.chars().for_each(|c| push_folded(c, out)),
    }
}

fn fold_char(c: char, opts: &NormalizeOptions, out: &mut String) {
    if opts.dashes && is_dash(c) {
        out.push('-');
        return;
    }
    if opts.quotes {
        match c {
            '“' | '”' | '„' | '‟' | '〝' | '〞' | '〟' | '«' | '»' | '＂' => {
                out.push('"');
                return;
            }
            '‘' | '’' | '‚' | '‛' | '＇' | '‹' | '›' => {
                out.push('\'');
                return;
            }
            _ => {}
        }
    }
    match opts.width {
        Some(Width::Half) if matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}' | '\u{FFE0}'..='\u{FFE6}') =>
        {
            decompose_compatible(c, |d| out.push(d));
        }
        Some(Width::Full) if matches!(c, '!'..='~') => {
            out.push(char::from_u32(c as u32 - 0x21 + 0xFF01).expect("full-width ASCII block"));
        }
        Some(Width::Full) if c == ' ' => out.push('\u{3000}'),
        Some(Width::Full) if matches!(c, '\u{FF61}'..='\u{FFDC}' | '\u{FFE8}'..='\u{FFEE}') => {
            decompose_compatible(c, |d| out.push(d));
        }
        _ => out.push(c),
    }
}

/// Whether `c` is one of the dash variants folded by `dashes`.
///
/// ```
/// assert!(zoulang::normalize::is_dash('—'));
/// assert!(!zoulang::normalize::is_dash('ー'));
/// ```
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
                | '\u{2E3A}'
                | '\u{2E3B}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dashes_unify_china_asean() {
        let o = NormalizeOptions {
            dashes: true,
            ..Default::default()
        };
        for s in [
            "中国—东盟",
            "中国-东盟",
            "中国–东盟",
            "中国－东盟",
            "中国‐东盟",
            "中国―东盟",
        ] {
            assert_eq!(normalize(s, &o), "中国-东盟", "{s}");
        }
    }

    #[test]
    fn width_both_ways() {
        let half = NormalizeOptions {
            width: Some(Width::Half),
            form: Form::None,
            ..Default::default()
        };
        assert_eq!(
            normalize("ＡＳＥＡＮ　２０２５，ｏｋ！￥", &half),
            "ASEAN 2025,ok!¥"
        );
        let full = NormalizeOptions {
            width: Some(Width::Full),
            form: Form::None,
            ..Default::default()
        };
        assert_eq!(normalize("AI 3.0", &full), "ＡＩ　３．０");
        assert_eq!(normalize("ｶｷ｡", &full), "カキ。");
    }

    #[test]
    fn whitespace_collapses_but_keeps_lines() {
        let o = NormalizeOptions {
            whitespace: true,
            ..Default::default()
        };
        assert_eq!(normalize("a \u{a0}\t b\n\u{3000}c  ", &o), "a b\n c ");
    }

    #[test]
    fn nfc_of_decomposed_vietnamese() {
        let nfd = "Vie\u{0302}\u{0323}t Nam";
        assert_eq!(normalize(nfd, &NormalizeOptions::default()), "Việt Nam");
        let (out, map) = normalize_with_offsets(nfd, &NormalizeOptions::default());
        let i = out.find("Việt").unwrap();
        assert_eq!(
            &nfd[map.to_source(i..i + "Việt".len())],
            "Vie\u{0302}\u{0323}t"
        );
    }

    proptest! {
        #[test]
        fn chunked_equals_whole(s in "\\PC{0,60}") {
            for form in [Form::Nfc, Form::Nfd, Form::Nfkc, Form::Nfkd] {
                let opts = NormalizeOptions { form, ..Default::default() };
                let whole: String = match form {
                    Form::Nfc => s.nfc().collect(),
                    Form::Nfd => s.nfd().collect(),
                    Form::Nfkc => s.nfkc().collect(),
                    Form::Nfkd => s.nfkd().collect(),
                    Form::None => unreachable!(),
                };
                prop_assert_eq!(normalize(&s, &opts), whole);
            }
        }

        #[test]
        fn maps_cover_and_land_on_char_boundaries(s in "[ a-zＡ-Ｚ中国—–\u{3000}\u{0301}\u{0E01}-\u{0E4B}\u{1000}-\u{1039}]{0,40}") {
            let (out, map) = normalize_with_offsets(&s, &NormalizeOptions::matching());
            prop_assert_eq!(map.source_len(), s.len());
            prop_assert_eq!(map.target_len(), out.len());
            for (i, _) in out.char_indices() {
                let r = map.to_source(i..out.len());
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
            prop_assert_eq!(map.to_source(0..out.len()), 0..s.len());
        }
    }
}
