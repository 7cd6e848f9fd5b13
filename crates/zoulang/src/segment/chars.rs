//! Character classes the sentence rules look at, and small cursor helpers. All O(1) per call unless noted.

/// Sentence-final punctuation we handle ourselves (ICU's other STerms are trusted as they are).
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '‽' | '．' | '﹒'
    ) || is_hard_terminator(c)
}

/// Terminators that end a sentence whatever follows (no letter case to consult): CJK, Khmer, Burmese, Indic.
pub(crate) fn is_hard_terminator(c: char) -> bool {
    matches!(
        c,
        '。' | '！'
            | '？'
            | '｡'
            | '︒'
            | '﹗'
            | '﹖'
            | '។'
            | '៕'
            | '။'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '።'
            | '፧'
    )
}

/// Semicolons, terminators only when [`super::SplitOptions::semicolons`] is set.
pub(crate) fn is_semicolon(c: char) -> bool {
    matches!(c, ';' | '；')
}

/// Closing quotes and brackets that stay with the sentence before them.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '）'
            | '］'
            | '｝'
            | '】'
            | '〕'
            | '〗'
            | '〙'
            | '〛'
            | '＂'
            | '＇'
            | '｣'
    )
}

/// Opening quotes and brackets.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '「'
            | '『'
            | '《'
            | '〈'
            | '（'
            | '［'
            | '｛'
            | '【'
            | '〔'
            | '〖'
            | '〘'
            | '〚'
            | '＂'
            | '｢'
    )
}

/// CJK brackets and quotes inside which a terminator does not end the sentence: `+1` opens, `-1` closes.
pub(crate) fn cjk_bracket(c: char) -> i8 {
    match c {
        '「' | '『' | '《' | '〈' | '（' | '【' | '〔' | '〖' | '“' => 1,
        '」' | '』' | '》' | '〉' | '）' | '】' | '〕' | '〗' | '”' => -1,
        _ => 0,
    }
}

/// List bullets that start a new item when written after a space.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '➢'
            | '►'
            | '▶'
            | '✓'
            | '✔'
            | '·'
    )
}

/// ASCII or full-width digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether `c` breaks a line.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Thai block (letters, vowel marks, digits, ๆ, ฯ).
pub(crate) fn is_thai(c: char) -> bool {
    ('\u{0E01}'..='\u{0E5B}').contains(&c)
}

/// Lao block.
pub(crate) fn is_lao(c: char) -> bool {
    ('\u{0E81}'..='\u{0EDF}').contains(&c)
}

/// Hangul or kana (Korean and Japanese quotation particles follow closing quotes without a space).
pub(crate) fn is_hangul_or_kana(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c) || ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// A Latin letter (ASCII or accented), the scripts whose case the period rules read.
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The char starting at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Whether `c` belongs between sentences: white space, or U+FEFF (the byte-order mark that Windows tools
/// put at the start of a UTF-8 file; as a zero-width no-break space it is deprecated).
pub(crate) fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// The first byte at or after `i` that is not a gap character ([`is_gap`]). O(gap run).
pub(crate) fn skip_ws(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    i + (rest.len() - rest.trim_start_matches(is_gap).len())
}

/// The byte after the last non-gap char at or before `i`. O(gap run).
pub(crate) fn trim_back_ws(text: &str, i: usize) -> usize {
    text[..i].trim_end_matches(is_gap).len()
}

/// Number of line breaks in `gap` (`\r\n` counts once).
pub(crate) fn line_breaks(gap: &str) -> usize {
    let mut n = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        if c == '\n' && prev_cr {
            prev_cr = false;
            continue;
        }
        if is_line_break(c) {
            n += 1;
        }
        prev_cr = c == '\r';
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(skip_ws("a  b", 1), 3);
        assert_eq!(trim_back_ws("a  b", 3), 1);
        assert_eq!(line_breaks(" \r\n \n"), 2);
        assert_eq!(line_breaks("\r\r"), 2);
        assert_eq!(char_before("aé", 3), Some('é'));
        assert_eq!(char_at("aé", 1), Some('é'));
        assert!(is_digit('３') && !is_digit('a'));
        assert!(is_latin_letter('ắ') && !is_latin_letter('中'));
        assert_eq!(cjk_bracket('「') + cjk_bracket('」'), 0);
    }
}
