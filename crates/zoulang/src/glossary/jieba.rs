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
//! around it (`东盟国家` into `东盟 / 国家`, then `国家有关`). So is a Traditional spelling of a word jieba
//! has, where jieba alone keeps it whole (`中國`, `緬甸`, `東盟`: jieba's HMM joins characters its
//! Simplified dictionary lacks): exported, it made jieba cut the Traditional text around it
//! (`發展中國家` into `發展 / 中國 / 家`, `緬甸語` into `緬甸 / 語`); left out, jieba cuts it as it would
//! alone. One jieba alone cuts apart (`雅加達` into `雅加 / 達`, `廣西壯族自治區`) is written like a
//! name jieba lacks (see `left_to_jieba`).
//!
//! A name of more than four characters gets the caller's frequency. A shorter one (a language, a country:
//! `越南文`, `寮國`) gets that of the rarest word jieba cuts its Simplified form into (`越南` 1532, `老挝`
//! 286; see `short_name_freq`): where it stands whole it still wins, but jieba's own commoner longer words
//! win over it (`越南文化` stays `越南 / 文化`; at the caller's frequency it was `越南文 / 化`). A piece,
//! which is not a name, gets a modest frequency from jieba's own counts (see `piece_freq`), never more
//! than the caller's.
//!
//! Limits (seen with jieba-rs 0.11 and PyPI jieba 0.42.1, HMM on, which cut alike with the export):
//! - A word left out gets no `nz` tag: posseg tags it as jieba does alone (`中国`, `中國` as `ns`).
//! - A name jieba has is cut as jieba cuts it, also where jieba's own longer word takes part of it
//!   (`中国日报社` is `中国 / 日报社`, not `中国日报 / 社`).
//! - A short name still wins over a word of jieba's that crosses its edge where that word is rare next to
//!   the characters it would leave (`越南文学` becomes `越南文 / 学`, `越南文明` `越南文 / 明`; jieba alone
//!   cuts `越南 / 文学`, `越南 / 文明`).
//! - In Traditional text jieba's Simplified dictionary lacks most words, so a short name takes a character
//!   of the word after it: `菲律賓文化` becomes `菲律賓文 / 化`, `緬甸文化` `緬甸文 / 化`, `越南文學`
//!   `越南文 / 學` (jieba alone: `菲律賓 / 文化`, `緬甸 / 文化`, `越南 / 文學`). Folding the text to
//!   Simplified before cutting ([`crate::fold_to_simplified`], as zoulang's own word segmentation does)
//!   avoids this.
//! - A Traditional spelling left out (`廣西`, `緬甸`) is cut as jieba alone cuts it in context, which can
//!   split it: `廣西南寧` is `廣 / 西南 / 寧`, `在緬甸國內` `在 / 緬甸國 / 內`, as without the export (the
//!   Simplified `广西南宁` stays `广西 / 南宁`). Writing it, even at frequency 1, mends these but changes
//!   ordinary text elsewhere (`位於` becomes `位 / 於`, `發展中國家` `發展 / 中國 / 家`), so it is left
//!   out; fold Traditional text to Simplified before cutting.
//! - The words left out and the frequencies are reckoned against jieba's default dictionary (`dict.txt`,
//!   the same in both); with another main dictionary (PyPI jieba's `dict.txt.big`, which has Traditional
//!   words) they are not that dictionary's counts, and words it has may still be written.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::convert::{Config, Converter};
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

/// Names of at most this many characters get a modest frequency ([`short_name_freq`]).
const SHORT_NAME: usize = 4;

/// The frequency a short name (a language or a country: `越南文`, `寮國`) is exported with: that of the
/// rarest word jieba alone cuts its Simplified form ([`crate::fold_to_simplified`], the glossary
/// matcher's fold: `寮國` is `老挝`) into. Where the name stands whole it then still beats that cut (whose
/// probability is at most the rarest word's), but not jieba's own longer words that begin or end with it
/// (`越南文化` stays `越南 / 文化`: at the caller's frequency, `越南文` made it `越南文 / 化`). O(|name|).
fn short_name_freq(jieba: &jieba_rs::Jieba, name: &str) -> usize {
    let (simplified, _) = crate::fold_to_simplified(name);
    jieba
        .cut(&simplified, false)
        .iter()
        .map(|t| jieba.suggest_freq(t.word))
        .min()
        .unwrap_or(1)
}

/// Whether the word `w` is left to jieba rather than exported: jieba's default dictionary has it, or has
/// its Simplified spelling (`w` with Traditional characters, OpenCC standard, Taiwan or Hong Kong forms,
/// written Simplified: `中國`, `緬甸` are `中国`, `缅甸`) and jieba alone, HMM on, already keeps `w`
/// whole. Such a Traditional spelling, exported at the frequency of jieba's Simplified word (`中國` at
/// `中国`'s 129470), would make jieba cut the Traditional text around it (`發展中國家`, `緬甸語`),
/// where jieba lacks the longer words, as it never cuts the Simplified. One jieba alone cuts apart
/// (`雅加達` into `雅加 / 達`, `廣西壯族自治區`) is exported as a name jieba lacks. Only the spelling
/// counts, not the fold's regional vocabulary: `寮國` is spelt `寮国`, which jieba lacks, though the fold
/// makes it `老挝`, which jieba has. O(|w|).
fn left_to_jieba(jieba: &jieba_rs::Jieba, spellings: &[Converter], w: &str) -> bool {
    if jieba.has_word(w) {
        return true;
    }
    let spelt_as_jieba_word = spellings.iter().any(|c| {
        let s = c.convert(w);
        s != w && jieba.has_word(&s)
    });
    spelt_as_jieba_word && matches!(jieba.cut(w, true).as_slice(), [t] if t.word == w)
}

impl Glossary {
    /// Every Chinese term that jieba's default dictionary lacks, as jieba user-dictionary lines
    /// (`word freq nz`), each word once, so that segmentation keeps the names whole. jieba never finds a
    /// word holding a character outside its default tokenizer's class (CJK, ASCII letters and digits,
    /// `+#&._%-`): a name with `—`, `（）`, `：` or a space is exported instead with its dashes written `-`
    /// and without them (`中国-东盟博览会`, `中国东盟博览会`), and as the pieces between such characters
    /// (`东盟博览会`), which jieba does keep whole. Words jieba's dictionary has (`中国`, `东盟`) are left
    /// out, and so are Traditional spellings of them that jieba alone keeps whole (`中國`, `緬甸`), which
    /// jieba then cuts as it would alone. Names of more than four characters get `freq`; shorter ones
    /// (`越南文`, `寮國`) that of the rarest word jieba cuts their Simplified form into (`越南` 1532,
    /// `老挝` 286), so that jieba's own commoner longer words still win (`越南文化` stays `越南 / 文化`);
    /// pieces a frequency from jieba's own counts (that of the commonest word jieba would cut the piece
    /// into); none more than `freq`. Ordinary text is then cut as before, but for the limits the module
    /// doc lists: words left out get no `nz` tag; a name jieba has is cut as jieba cuts it (`中国日报社`
    /// as `中国 / 日报社`); a short name still beats a rarer word of jieba's across its edge (`越南文学`
    /// as `越南文 / 学`), and in Traditional text the Traditional word after it (`菲律賓文化` as
    /// `菲律賓文 / 化`: fold to Simplified first); the counts are those of jieba's default dictionary,
    /// not `dict.txt.big`'s; a Traditional spelling left out is cut as jieba alone cuts it in context
    /// (`廣西南寧` as `廣 / 西南 / 寧`: fold to Simplified first). A `freq` of 0 is taken as 1 (jieba
    /// would ignore a word of frequency 0).
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
    /// assert!(!words.contains(&"中國")); // jieba has 中国 and keeps 中國 whole alone
    /// assert!(dict.lines().any(|l| l == "越南文 1532 nz")); // as rare as 越南 in jieba
    /// ```
    pub fn jieba_user_words(&self, freq: u32) -> String {
        let jieba = crate::segment::jieba();
        let spellings = [Converter::new(Config::Tw2s), Converter::new(Config::Hk2s)];
        let freq = freq.max(1) as usize;
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
                    if !left_to_jieba(jieba, &spellings, &form) && seen.insert(form.clone()) {
                        let f = if form.chars().count() <= SHORT_NAME {
                            short_name_freq(jieba, &form).min(freq)
                        } else {
                            freq
                        };
                        writeln!(out, "{form} {f} nz").expect("writing to a String");
                    }
                }
                pieces.extend(parts);
            }
        }
        // Pieces after every name, so that a piece that is also a name keeps the name's frequency.
        for piece in pieces {
            if !left_to_jieba(jieba, &spellings, &piece) && seen.insert(piece.clone()) {
                let f = piece_freq(jieba, &piece).min(freq);
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

    /// jieba-rs alone, and with the user dictionary `dict` loaded.
    fn jieba_without_and_with(dict: &str) -> (Jieba, Jieba) {
        let mut with = Jieba::new();
        with.load_dict(&mut BufReader::new(dict.as_bytes()))
            .unwrap();
        (Jieba::new(), with)
    }

    /// How `j` cuts `s`, HMM on.
    fn cut(j: &Jieba, s: &str) -> Vec<String> {
        j.cut(s, true).iter().map(|t| t.word.to_string()).collect()
    }

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
        let (base, with) = jieba_without_and_with(&dict);
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

    /// Review findings on the built-in export at a high frequency: short names (`越南文`, `印尼文`,
    /// `高棉文`) made jieba cut its own longer words around them (`越南文化` into `越南文 / 化`), and
    /// Traditional spellings of words jieba has (`中國`, `緬甸`) made it cut Traditional text around them
    /// (`發展中國家` into `發展 / 中國 / 家`, `緬甸語` into `緬甸 / 語`). Ordinary text must be cut as
    /// jieba cuts it alone, the names still kept whole.
    #[test]
    fn a_frequency_of_zero_is_taken_as_one() {
        let dict = Glossary::builtin().jieba_user_words(0);
        assert!(!dict.is_empty());
        for line in dict.lines() {
            assert!(line.ends_with(" 1 nz"), "{line}");
        }
    }

    #[test]
    fn builtin_export_leaves_ordinary_text_as_jieba_cuts_it() {
        let dict = Glossary::builtin().jieba_user_words(100_000);
        let freq = |w: &str| -> Option<usize> {
            let line = dict.lines().find(|l| l.starts_with(&format!("{w} ")))?;
            Some(line.split(' ').nth(1).unwrap().parse().unwrap())
        };
        // Short names: the count of the rarest word jieba cuts their Simplified form into (越南 / 文;
        // 寮國 folds to 老挝); longer names the caller's.
        assert_eq!(freq("越南文"), Some(1532), "{dict}");
        assert_eq!(freq("寮國"), Some(286));
        assert_eq!(freq("中老人工智能创新合作中心"), Some(100_000));
        // Traditional spellings of jieba's words that jieba alone keeps whole are left to it.
        for w in ["中國", "緬甸", "泰國", "東盟", "廣西", "老撾"] {
            assert_eq!(freq(w), None, "{w}");
        }
        let (base, with) = jieba_without_and_with(&dict);
        for s in [
            "越南文化和中国文化",
            "印尼文化节",
            "高棉文化遗产",
            "菲律宾文化",
            "發展中國家",
            "緬甸語",
            "越南文化節",
            "高棉文化遺產",
            "東盟國家",
            "泰國文化",
            "中國人民銀行",
            "东盟国家与中国有关方面加强合作",
            "广西南宁是中国面向东盟的门户",
            "发展中国家和中国人民银行",
            "这是中国和广西的经验",
            "他去了緬甸旅行",
            // jieba's own cut of a name it has (中国日报), left as it is.
            "中国日报社",
            // Review: a Traditional spelling left out is cut as jieba alone cuts it in context, split
            // or not (廣西南寧 as 廣 / 西南 / 寧, asserted below).
            "廣西南寧",
            "位於廣西南寧市",
            "在緬甸國內",
        ] {
            assert_eq!(cut(&with, s), cut(&base, s), "{s}");
        }
        // Known limits (see the module doc): a short name still beats a word of jieba's across its edge
        // that is rare next to the character it would leave, and in Traditional text jieba lacks the
        // word after a short name, or the name's first word, and the name takes a character of it.
        assert_eq!(cut(&base, "越南文学"), ["越南", "文学"]);
        assert_eq!(cut(&with, "越南文学"), ["越南文", "学"]);
        assert_eq!(cut(&base, "菲律賓文化"), ["菲律賓", "文化"]);
        assert_eq!(cut(&with, "菲律賓文化"), ["菲律賓文", "化"]);
        assert_eq!(cut(&with, "廣西南寧"), ["廣", "西南", "寧"]);
        // The names are kept whole.
        for (s, name) in [
            ("他去了寮國旅行", "寮國"),
            ("他会说越南文和高棉文", "越南文"),
            ("他会说越南文和高棉文", "高棉文"),
            ("中国-东盟博览会在南宁举行", "中国-东盟博览会"),
            ("中国东盟博览会在南宁举行", "中国东盟博览会"),
            ("中国—东盟博览会在南宁举行", "东盟博览会"),
            ("中國—東盟博覽會在南寧舉行", "東盟博覽會"),
            ("中老人工智能创新合作中心成立", "中老人工智能创新合作中心"),
            // Traditional spellings jieba alone cuts apart (雅加 / 達) are exported.
            ("他们在雅加達举行了会议", "雅加達"),
            ("他在廣西壯族自治區工作", "廣西壯族自治區"),
        ] {
            let got = cut(&with, s);
            assert!(got.iter().any(|w| w == name), "{name} in {got:?}");
        }
    }
}
