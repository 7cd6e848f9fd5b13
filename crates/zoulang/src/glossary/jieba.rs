//! Glossary terms as a jieba user dictionary.
//!
//! jieba (PyPI jieba 0.42 and jieba-rs 0.11 alike) first cuts the text into runs of the characters of its
//! `re_han_default` class — CJK ideographs, ASCII letters and digits, `+#&._%-` — and only then looks
//! words up, so a user word holding any other character (`—`, `（）`, `：`, a space) is never found
//! whole: `中国—东盟博览会` comes out as `中国 / — / 东盟 / 博览会` whatever the dictionary says. Such
//! a name is exported in the forms jieba can keep: with its dashes written `-` and without them
//! (`中国-东盟博览会`, `中国东盟博览会`, as the name is also written), and as the pieces between the
//! characters jieba cuts at (`东盟博览会`), so that each piece at least stays whole.
//!
//! Only words jieba's default dictionary lacks are written, so that loading the export changes how jieba
//! cuts ordinary text only where a glossary name stands. A word jieba has (`中国`, `东盟`, `广西`) is left
//! out: jieba keeps it whole already, and raising its frequency would make jieba cut its own longer words
//! around it (`东盟国家` into `东盟 / 国家`, then `国家有关`). A name gets the caller's frequency; a piece,
//! which is not a name, a modest one from jieba's own counts (see `piece_freq`), never more than the
//! caller's.

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

/// The forms of the Chinese name `w` that jieba can keep whole (see the module doc): the whole name's
/// forms (`w` itself when it holds only characters jieba keeps; else its forms with dashes as `-` and
/// without dashes, when those hold only such characters), then its pieces of at least two characters
/// between the others.
fn jieba_forms(w: &str) -> (Vec<String>, Vec<String>) {
    if w.chars().all(jieba_keeps) {
        return (vec![w.to_string()], Vec::new());
    }
    let mut whole = Vec::new();
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
        if form.chars().all(jieba_keeps) && !whole.contains(&form) {
            whole.push(form);
        }
    }
    let mut pieces: Vec<String> = Vec::new();
    for piece in w.split(|c: char| !jieba_keeps(c)) {
        if piece.chars().count() >= 2
            && has_han(piece)
            && !whole.iter().chain(&pieces).any(|o| o == piece)
        {
            pieces.push(piece.to_string());
        }
    }
    (whole, pieces)
}

/// The frequency a piece of a name (a word jieba lacks) is exported with: what jieba's `suggest_freq`
/// gives it, raised to the frequency of the commonest word jieba cuts it into, so that the piece also
/// wins over that word in context (`東盟中心` against `中心`). It matters only where the piece's own
/// characters stand. O(|piece|).
fn piece_freq(jieba: &jieba_rs::Jieba, piece: &str) -> usize {
    let commonest = jieba
        .cut(piece, false)
        .iter()
        .map(|t| jieba.suggest_freq(t.word))
        .max()
        .unwrap_or(1);
    jieba.suggest_freq(piece).max(commonest)
}

impl Glossary {
    /// Every Chinese term that jieba's default dictionary lacks, as jieba user-dictionary lines
    /// (`word freq nz`), each word once, so that segmentation keeps the names whole. jieba never finds a
    /// word holding a character outside its default tokenizer's class (CJK, ASCII letters and digits,
    /// `+#&._%-`): a name with `—`, `（）`, `：` or a space is exported instead with its dashes written `-`
    /// and without them (`中国-东盟博览会`, `中国东盟博览会`), and as the pieces between such characters
    /// (`东盟博览会`), which jieba does keep whole. Names get `freq`; pieces a frequency from jieba's own
    /// counts (that of the commonest word jieba would cut the piece into, at most `freq`), and words
    /// jieba's dictionary already has (`中国`, `东盟`) are left out, so that ordinary text is cut as
    /// before (see the module doc).
    /// zoulang's own [`crate::WordSegmenter::add_words`] keeps any user word whole, dashes and all.
    /// O(total term length · log dictionary size), plus loading jieba's dictionary on first use.
    ///
    /// ```
    /// let dict = zoulang::Glossary::builtin().jieba_user_words(100_000);
    /// let words: Vec<&str> = dict.lines().map(|l| l.split(' ').next().unwrap()).collect();
    /// assert!(words.contains(&"中国-东盟博览会") && words.contains(&"中国东盟博览会"));
    /// assert!(words.contains(&"东盟博览会") && !words.contains(&"中国—东盟博览会"));
    /// assert!(dict.lines().any(|l| l == "中国东盟博览会 100000 nz"));
    /// assert!(!words.contains(&"中国") && !words.contains(&"东盟")); // jieba has them
    /// ```
    pub fn jieba_user_words(&self, freq: u32) -> String {
        let jieba = crate::segment::jieba();
        // jieba's words count as seen: never written.
        let mut seen = HashSet::new();
        let mut out = String::new();
        let mut pieces = Vec::new();
        for c in self.concepts() {
            for t in &c.terms {
                let w = t.text.trim();
                if !has_han(w) {
                    continue;
                }
                let (whole, parts) = jieba_forms(w);
                for form in whole {
                    if !jieba.has_word(&form) && seen.insert(form.clone()) {
                        writeln!(out, "{form} {freq} nz").expect("writing to a String");
                    }
                }
                pieces.extend(parts);
            }
        }
        // Pieces after every name, so that a piece that is also a name keeps the name's frequency.
        for piece in pieces {
            if !jieba.has_word(&piece) && seen.insert(piece.clone()) {
                let f = piece_freq(jieba, &piece).min(freq as usize);
                writeln!(out, "{piece} {f} nz").expect("writing to a String");
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
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            jieba_forms("中国—东盟博览会"),
            (
                strings(&["中国-东盟博览会", "中国东盟博览会"]),
                strings(&["中国", "东盟博览会"])
            )
        );
        assert_eq!(
            jieba_forms("中国（广西）自由贸易试验区"),
            (vec![], strings(&["中国", "广西", "自由贸易试验区"]))
        );
        assert_eq!(
            jieba_forms("中老人工智能创新合作中心"),
            (strings(&["中老人工智能创新合作中心"]), vec![])
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

    /// Review leftover: pieces of names (`中国`, `东盟`, `广西` from `中国（广西）…`, `东盟—…`) went out
    /// at the caller's frequency, so jieba cut ordinary text around them differently (`东盟国家` into
    /// `东盟 / 国家`). Sentences without a glossary name must be cut as jieba cuts them alone.
    #[test]
    fn pieces_of_names_leave_ordinary_text_as_jieba_cuts_it() {
        use crate::glossary::{Concept, Term};
        use crate::tag::LanguageTag;
        let g = Glossary::new(vec![
            Concept::new("ftz", "zone").term(Term::new(
                LanguageTag::ZH_HANS,
                "中国（广西）自由贸易试验区",
            )),
            Concept::new("council", "organisation")
                .term(Term::new(LanguageTag::ZH_HANS, "东盟—中国商务理事会")),
        ])
        .unwrap();
        let dict = g.jieba_user_words(100_000);
        let words: Vec<&str> = dict.lines().map(|l| l.split(' ').next().unwrap()).collect();
        assert_eq!(
            words,
            [
                "东盟-中国商务理事会",
                "东盟中国商务理事会",
                "自由贸易试验区",
                "中国商务理事会"
            ]
        );
        // Pieces get a modest frequency, names the caller's.
        let freq = |w: &str| -> usize {
            let line = dict
                .lines()
                .find(|l| l.starts_with(&format!("{w} ")))
                .unwrap();
            line.split(' ').nth(1).unwrap().parse().unwrap()
        };
        assert_eq!(freq("东盟中国商务理事会"), 100_000);
        assert!(freq("自由贸易试验区") < 10_000, "{dict}");
        let base = Jieba::new();
        let mut with = Jieba::new();
        with.load_dict(&mut BufReader::new(dict.as_bytes()))
            .unwrap();
        let cut = |j: &Jieba, s: &str| -> Vec<String> {
            j.cut(s, true).iter().map(|t| t.word.to_string()).collect()
        };
        for s in [
            "东盟国家与中国有关方面加强合作",
            "广西南宁是中国面向东盟的门户",
            "发展中国家和中国人民银行",
            "这是中国和广西的经验",
        ] {
            assert!(g.find(s).is_empty(), "{s} holds no glossary name");
            assert_eq!(cut(&with, s), cut(&base, s), "{s}");
        }
        // Only where a piece jieba lacks stands whole does the cut change: it is kept together.
        assert_eq!(
            cut(&with, "上海自由贸易试验区的经验"),
            ["上海", "自由贸易试验区", "的", "经验"]
        );
        // The names themselves are kept whole.
        let s = "东盟-中国商务理事会在中国（广西）自由贸易试验区开会";
        let got = cut(&with, s);
        assert!(
            got.iter().any(|w| w == "东盟-中国商务理事会")
                && got.iter().any(|w| w == "自由贸易试验区"),
            "{got:?}"
        );
    }
}
