//! Script profiles: the share of each Unicode script among the letters of a text, and its runs of one script.
//!
//! Worst case: linear time; memory linear in the number of runs.

use serde::Serialize;
use unicode_script::{Script, UnicodeScript};

/// The share of each script over letters, and the runs of each script.
///
/// ```
/// let p = zoulang::script_profile("中国与东盟 ASEAN");
/// assert_eq!(p.letters, 10);
/// assert_eq!(p.dominant(), Some("Han"));
/// assert_eq!(p.share("Latin"), 0.5);
/// assert_eq!(p.runs.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScriptProfile {
    /// Number of letters counted (alphabetic characters of a specific script).
    pub letters: usize,
    /// `(script name, share of letters)`, largest share first; shares sum to 1 when `letters > 0`.
    pub shares: Vec<(&'static str, f64)>,
    /// Maximal runs of one script, in order, covering the whole text (byte offsets in Rust). Characters of
    /// no particular script (spaces, digits, punctuation) join the run before them, or the first run when
    /// they lead the text. A text with no letters is one `Common` run.
    pub runs: Vec<ScriptRun>,
}

/// A run of text in one script: `[start, end)` and the script's Unicode name (`Han`, `Latin`, `Thai`, …).
///
/// ```
/// let p = zoulang::script_profile("ลาว Lao");
/// assert_eq!(p.runs[0].script, "Thai");
/// assert_eq!((p.runs[1].start, p.runs[1].end), (10, 13));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ScriptRun {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Unicode script name.
    pub script: &'static str,
}

impl ScriptProfile {
    /// The share of `script` (by Unicode name) among the letters, 0 when absent. O(s) for s scripts.
    pub fn share(&self, script: &str) -> f64 {
        self.shares
            .iter()
            .find(|(s, _)| *s == script)
            .map_or(0.0, |&(_, f)| f)
    }

    /// The script with the largest share, if the text has letters.
    pub fn dominant(&self) -> Option<&'static str> {
        self.shares.first().map(|&(s, _)| s)
    }
}

/// The script of one character as zoulang counts it: `None` for characters of no particular script
/// (Common, Inherited, Unknown) and for non-letters. O(log u) in the size of Unicode's script table.
///
/// ```
/// assert_eq!(zoulang::text::script::letter_script('ກ'), Some("Lao"));
/// assert_eq!(zoulang::text::script::letter_script('7'), None);
/// ```
pub fn letter_script(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some("Latin");
    }
    let s = c.script();
    if matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
        return None;
    }
    // Letters, and the script's own combining vowel signs (Thai, Lao, Khmer, Burmese write vowels as marks).
    (c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)).then(|| s.full_name())
}

/// Whether `c` belongs to writing that puts no space between words or sentences and no space where a line
/// is wrapped: Han, kana, CJK punctuation and full-width forms (Hangul, Thai and Lao text puts spaces
/// between phrases or sentences, so they are not counted). O(1).
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x312F | 0x3190..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Profiles the scripts of `text` (see [`ScriptProfile`]).
///
/// Worst case: O(n·s) time for n characters of s distinct scripts (s ≤ 170, the Unicode scripts), O(r)
/// memory for r runs.
///
/// ```
/// let p = zoulang::script_profile("123 !!");
/// assert_eq!(p.letters, 0);
/// assert_eq!(p.runs[0].script, "Common");
/// ```
pub fn script_profile(text: &str) -> ScriptProfile {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    let mut runs: Vec<ScriptRun> = Vec::new();
    let mut letters = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let script = if c.is_ascii() {
            c.is_ascii_alphabetic().then_some("Latin")
        } else {
            letter_script(c)
        };
        match script {
            Some(s) => {
                letters += 1;
                // The last script counted is almost always the one seen again.
                match counts.iter_mut().rev().find(|(n, _)| *n == s) {
                    Some(e) => e.1 += 1,
                    None => counts.push((s, 1)),
                }
                match runs.last_mut() {
                    Some(r) if r.script == s => r.end = end,
                    Some(r) if r.script == "Common" => {
                        r.script = s;
                        r.end = end;
                    }
                    _ => runs.push(ScriptRun {
                        start: i,
                        end,
                        script: s,
                    }),
                }
            }
            None => match runs.last_mut() {
                Some(r) => r.end = end,
                None => runs.push(ScriptRun {
                    start: i,
                    end,
                    script: "Common",
                }),
            },
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let shares = counts
        .into_iter()
        .map(|(s, n)| (s, n as f64 / letters as f64))
        .collect();
    ScriptProfile {
        letters,
        shares,
        runs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_text() {
        let t = "“AI”是人工智能 (ปัญญาประดิษฐ์) ၊ မြန်မာ";
        let p = script_profile(t);
        assert_eq!(p.runs.first().unwrap().start, 0);
        assert_eq!(p.runs.last().unwrap().end, t.len());
        for w in p.runs.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert_ne!(w[0].script, w[1].script);
        }
        let names: Vec<_> = p.runs.iter().map(|r| r.script).collect();
        assert_eq!(names, ["Latin", "Han", "Thai", "Myanmar"]);
    }

    #[test]
    fn empty_text() {
        let p = script_profile("");
        assert_eq!(p.letters, 0);
        assert!(p.runs.is_empty() && p.shares.is_empty());
    }
}
