//! Quoted and bracketed passages of Latin-script text: where an English sentence quotes Malay, or gives a
//! name in the original language in brackets.

/// Opening marks and their closing marks, for quotes and brackets that can enclose a passage in another
/// language. Single quotes are left out: `'` and `’` are apostrophes far more often than quotes.
const PAIRS: [(char, char); 7] = [
    ('"', '"'),
    ('“', '”'),
    ('„', '“'),
    ('«', '»'),
    ('‹', '›'),
    ('(', ')'),
    ('[', ']'),
];

/// Closing mark of an opening mark of [`PAIRS`].
fn closer(open: char) -> Option<char> {
    PAIRS.iter().find(|p| p.0 == open).map(|p| p.1)
}

/// The inner byte ranges of the outermost quoted or bracketed passages of `text`, in order. A mark that is
/// never closed encloses nothing (and hides no passage after it). Linear in the text length.
pub(crate) fn passages(text: &str) -> Vec<(usize, usize)> {
    // The last position of each closing mark: an opener with no closer after it opens nothing.
    let mut last_close: Vec<(char, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        if PAIRS.iter().any(|p| p.1 == c) {
            match last_close.iter_mut().find(|(k, _)| *k == c) {
                Some(e) => e.1 = i,
                None => last_close.push((c, i)),
            }
        }
    }
    let closes_after = |close: char, i: usize| last_close.iter().any(|&(k, j)| k == close && j > i);
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match open {
            Some((close, start)) if c == close => {
                out.push((start, i));
                open = None;
            }
            Some(_) => {}
            None => {
                if let Some(close) = closer(c).filter(|&k| closes_after(k, i)) {
                    open = Some((close, i + c.len_utf8()));
                }
            }
        }
    }
    out
}

/// `text` with every passage of [`passages`] replaced by one space: the frame the passages are quoted in.
/// Linear.
pub(crate) fn frame(text: &str, passages: &[(usize, usize)]) -> String {
    let mut s = String::with_capacity(text.len());
    let mut last = 0;
    for &(start, end) in passages {
        s.push_str(&text[last..start]);
        s.push(' ');
        last = end;
    }
    s.push_str(&text[last..]);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_outermost_closed_passages() {
        let t = r#"He said "Kerjasama (ini) baik" and (Kementerian Luar Negeri) left; it's “fine” « ok » (open"#;
        let got: Vec<&str> = passages(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            got,
            [
                "Kerjasama (ini) baik",
                "Kementerian Luar Negeri",
                "fine",
                " ok "
            ]
        );
        assert_eq!(frame("a (b c) d", &passages("a (b c) d")), "a ( ) d");
        assert!(passages("no quotes, it's all one").is_empty());
        // Second review: an unclosed bracket hid every later quote.
        let t = r#"The minister (said "Kerjasama ini" at the forum"#;
        let got: Vec<&str> = passages(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(got, ["Kerjasama ini"]);
    }
}
