//! Joining the lines of hard-wrapped text as its script writes them.

use crate::text::script::is_unspaced;

/// `text` with its line breaks unwrapped: each run of whitespace holding a line break becomes one space,
/// or nothing next to a character of unspaced writing (Han, kana, CJK punctuation, full-width forms),
/// so `中国与东\n盟` becomes `中国与东盟` and `hard-\nwrapped` stays hyphenated as `hard- wrapped`; a
/// break at the start or end is dropped, other whitespace is kept. Meant for showing a sentence on one
/// line (the `text` output of `zoulang split`); the offsets of a [`Sentence`](super::Sentence) refer to
/// the original text. O(n).
///
/// ```
/// use zoulang::segment::unwrap_lines;
/// assert_eq!(unwrap_lines("中国与东\n盟的合作不断深\r\n化。"), "中国与东盟的合作不断深化。");
/// assert_eq!(unwrap_lines("A line that\n  wraps."), "A line that wraps.");
/// assert_eq!(unwrap_lines("东盟\nASEAN  Expo"), "东盟ASEAN  Expo");
/// ```
pub fn unwrap_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['\n', '\r']) {
        // The whitespace run around the break.
        let before = rest[..i].trim_end();
        let after = rest[i..].trim_start();
        out.push_str(before);
        if let (Some(l), Some(n)) = (out.chars().next_back(), after.chars().next())
            && !(is_unspaced(l) || is_unspaced(n))
        {
            out.push(' ');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_become_a_space_or_nothing_by_script() {
        for (text, want) in [
            ("", ""),
            ("\n\r\n", ""),
            ("\nLead and trail\n", "Lead and trail"),
            ("one\ntwo\n\nthree", "one two three"),
            ("keep  inner   spaces", "keep  inner   spaces"),
            ("会議が\n終わった。", "会議が終わった。"),
            ("寮國與\n泰國", "寮國與泰國"),
            ("ผมกิน\nข้าว", "ผมกิน ข้าว"),
            ("비가\n왔다", "비가 왔다"),
            ("东盟\nASEAN", "东盟ASEAN"),
            ("ＡＢ\nCD", "ＡＢCD"),
        ] {
            assert_eq!(unwrap_lines(text), want, "{text:?}");
        }
    }
}
