//! Glossary terms as a jieba user dictionary.
//!
//! jieba (PyPI jieba 0.42 and jieba-rs 0.11 alike) first cuts the text into runs of the characters of its
//! `re_han_default` class — CJK ideographs, ASCII letters and digits, `+#&._%-` — and only then looks
//! words up, so a user word holding any other character (`—`, `（）`, `：`, a space) is never found
//! whole: `中国—东盟博览会` comes out as `中国 / — / 东盟 / 博览会` whatever the dictionary says. Such
//! a name is exported in the forms jieba can keep: with its dashes written `-` and without them
//! (`中国-东盟博览会`, `中国东盟博览会`, as the name is also written), and as the pieces between the
//! characters jieba cuts at (`东盟博览会`), so that each piece at least stays whole.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::glossary::model::Glossary;
use crate::text::script::letter_script;

/// A character jieba's default tokenizer keeps inside a run (PyPI jieba's `re_han_default`,
/// `[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]`, the narrower of the two).
fn jieba_keeps(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FD5}')
        || c.is_ascii_alphanumeric()
        || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

/// A dash that may join the two halves of a Chinese name (`中国—东盟`): `-` or one of the variants the
/// fold makes `-` ([`crate::text::normalize::is_dash`]).
fn is_dash(c: char) -> bool {
    c == '-' || crate::text::normalize::is_dash(c)
}

/// Whether `w` holds a Han character.
fn has_han(w: &str) -> bool {
    w.chars().any(|ch| letter_script(ch) == Some("Han"))
}

/// The forms of the Chinese name `w` that jieba can keep whole (see the module doc): `w` itself when it
/// holds only characters jieba keeps; else its forms with dashes as `-` and without dashes (when those
/// hold only such characters), then its pieces of at least two characters between the others.
fn jieba_forms(w: &str) -> Vec<String> {
    if w.chars().all(jieba_keeps) {
        return vec![w.to_string()];
    }
    let mut out = Vec::new();
    let dashes_out: String = w
        .chars()
        .filter(|&c| !is_dash(c) && !c.is_whitespace())
        .collect();
    let hyphened: String = w
        .split(|c: char| c.is_whitespace() || is_dash(c))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    for form in [hyphened, dashes_out] {
        if form.chars().all(jieba_keeps) && !out.contains(&form) {
            out.push(form);
        }
    }
    for piece in w.split(|c: char| !jieba_keeps(c)) {
        if piece.chars().count() >= 2 && has_han(piece) && !out.iter().any(|o| o == piece) {
            out.push(piece.to_string());
        }
    }
    out
}

impl Glossary {
    /// Every Chinese term as jieba user-dictionary lines (`word freq nz`), each word once, so that
    /// segmentation keeps the names whole. jieba never finds a word holding a character outside its
    /// default tokenizer's class (CJK, ASCII letters and digits, `+#&._%-`): a name with `—`, `（）`, `：`
    /// or a space is exported instead with its dashes written `-` and without them (`中国-东盟博览会`,
    /// `中国东盟博览会`), and as the pieces between such characters (`东盟博览会`), which jieba does keep
    /// whole. zoulang's own [`crate::WordSegmenter::add_words`] keeps any user word whole, dashes and all.
    /// O(total term length).
    ///
    /// ```
    /// let dict = zoulang::Glossary::builtin().jieba_user_words(100_000);
    /// let words: Vec<&str> = dict.lines().map(|l| l.split(' ').next().unwrap()).collect();
    /// assert!(words.contains(&"中国-东盟博览会") && words.contains(&"中国东盟博览会"));
    /// assert!(words.contains(&"东盟博览会") && !words.contains(&"中国—东盟博览会"));
    /// ```
    pub fn jieba_user_words(&self, freq: u32) -> String {
        let mut seen = HashSet::new();
        let mut out = String::new();
        for c in self.concepts() {
            for t in &c.terms {
                let w = t.text.trim();
                if !has_han(w) {
                    continue;
                }
                for form in jieba_forms(w) {
                    if seen.insert(form.clone()) {
                        writeln!(out, "{form} {freq} nz").expect("writing to a String");
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::io::BufReader;

    use jieba_rs::Jieba;

    use super::*;
    use crate::WordSegmenter;

    /// Review finding: names with `—`, `（）`, `：` were exported as they are, and jieba (PyPI 0.42.1 and
    /// jieba-rs alike) cut them apart before consulting the user dictionary.
    #[test]
    fn jieba_rs_keeps_every_exported_word_whole() {
        let dict = Glossary::builtin().jieba_user_words(100_000);
        let mut jieba = Jieba::new();
        jieba
            .load_dict(&mut BufReader::new(dict.as_bytes()))
            .unwrap();
        let mut split = Vec::new();
        for line in dict.lines() {
            let w = line.split(' ').next().unwrap();
            let text = format!("他们在{w}举行了会议");
            if !jieba.cut(&text, true).iter().any(|t| t.word == w) {
                split.push(w.to_string());
            }
        }
        assert!(split.is_empty(), "split by jieba-rs: {split:?}");
    }

    #[test]
    fn names_jieba_cannot_keep_are_exported_in_forms_it_can() {
        assert_eq!(
            jieba_forms("中国—东盟博览会"),
            ["中国-东盟博览会", "中国东盟博览会", "中国", "东盟博览会"]
        );
        assert_eq!(
            jieba_forms("中国（广西）自由贸易试验区"),
            ["中国", "广西", "自由贸易试验区"]
        );
        assert_eq!(
            jieba_forms("中老人工智能创新合作中心"),
            ["中老人工智能创新合作中心"]
        );
        // zoulang's own segmentation keeps the name whole as a user word, dash and all.
        let mut seg = WordSegmenter::new("zh-Hans").unwrap();
        seg.add_words(["中国—东盟博览会", "中国（广西）自由贸易试验区"])
            .unwrap();
        let words: Vec<&str> = seg
            .segment("在中国—东盟博览会和中国（广西）自由贸易试验区")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            ["在", "中国—东盟博览会", "和", "中国（广西）自由贸易试验区"]
        );
    }
}
