//! Word segmentation: jieba for Chinese (Traditional text folded to Simplified for cutting and mapped back),
//! icu_segmenter's dictionary models for Thai, Lao, Khmer, Burmese and Japanese, UAX #29 words for the
//! rest; user words (glossary terms) always come out as one token.
//!
//! Worst case: linear time in the text length (jieba's DAG is linear for a bounded longest word; ICU's
//! models are linear), plus O(m) to overlay user words found by one Aho-Corasick pass.

use std::ops::Range;
use std::sync::OnceLock;

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter as IcuWordSegmenter, WordSegmenterBorrowed};
use jieba_rs::Jieba;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::chars::is_latin_letter;
use super::lang::{IntoLang, Lang};
use crate::error::{Error, Result};
use crate::tag::LanguageTag;

/// One word (or punctuation mark, or number): byte span `[start, end)` and its text, borrowed from the
/// input (no copy, as jieba-rs's own tokens). Whitespace is never a token.
///
/// ```
/// let t = zoulang::segment_words("AI 走廊", "zh-Hans").unwrap();
/// assert_eq!(t[1], zoulang::Token { start: 3, end: 9, text: "走廊" });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token<'a> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The token, `text[start..end]`.
    pub text: &'a str,
}

/// The one shared jieba instance (default dictionary), built on first use.
pub(crate) fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// The one shared ICU word segmenter: dictionary models for Thai, Lao, Khmer, Burmese, Chinese and Japanese
/// (about 30 MB/s on Thai; the LSTM models are ~100x slower), UAX #29 rules otherwise.
pub(crate) fn icu() -> &'static WordSegmenterBorrowed<'static> {
    static ICU: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    ICU.get_or_init(|| IcuWordSegmenter::new_dictionary(WordBreakInvariantOptions::default()))
}

/// Tokens of jieba over `text` folded to mainland Simplified ([`crate::fold_to_simplified`]: Traditional,
/// Taiwan and Hong Kong forms), mapped back to `text`, offsets shifted by `base`. A token that maps into
/// the same source characters as the one before (a folded phrase cut in two) joins it, so tokens never
/// overlap. O(n).
fn folded_jieba_spans(text: &str, base: usize) -> Vec<Range<usize>> {
    let (folded, map) = crate::fold_to_simplified(text);
    if map.is_identity() {
        return jieba_spans(text, base);
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in jieba_spans(&folded, 0) {
        let src = map.to_source(r);
        let src = base + src.start..base + src.end;
        match out.last_mut() {
            Some(last) if src.start < last.end => last.end = last.end.max(src.end),
            _ if src.is_empty() => {}
            _ => out.push(src),
        }
    }
    out
}

/// Whether jieba, cutting the text around `text[start..end]` (Chinese in any script; 24 characters either
/// side), keeps the span inside one word (計劃 in 這個計劃 or 五年計劃, not in 統計|劃分): the check that
/// keeps a regional overlay (計劃 → 計畫) to whole words. O(1) for a bounded window. [`WordsAt`] gives the
/// same answers for many spans of one text at less cost.
pub(crate) fn is_word_at(text: &str, start: usize, end: usize) -> bool {
    let window = word_window(text, start, end);
    folded_jieba_spans(&text[window.clone()], window.start)
        .iter()
        .any(|r| r.start <= start && r.end >= end)
}

/// The window [`is_word_at`] cuts around `text[start..end]`: 24 characters either side. O(1).
fn word_window(text: &str, start: usize, end: usize) -> Range<usize> {
    const WINDOW: usize = 24;
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(WINDOW - 1)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(WINDOW)
        .map_or(text.len(), |(i, _)| end + i);
    from..to
}

/// The characters jieba cuts together (its `RE_HAN_DEFAULT`: CJK ideographs, ASCII letters and digits,
/// `+#&._%-`). jieba cuts each maximal run of them on its own and every other character alone.
fn in_jieba_block(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
        | 'a'..='z' | 'A'..='Z' | '0'..='9'
        | '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

/// The characters outside jieba's blocks that the fold may join to a block or change into block characters:
/// those of fold entries that mix the two (· in 丹尼·鮑伊 → 丹尼·博伊爾), and of entries whose values hold
/// one of them (a stage may feed the next). Sorted. Built once, O(entries) a pass.
fn fold_bridges() -> &'static [char] {
    static BRIDGES: OnceLock<Vec<char>> = OnceLock::new();
    BRIDGES.get_or_init(|| {
        let mut bridges: Vec<char> = Vec::new();
        loop {
            let before = bridges.len();
            let mut found = Vec::new();
            crate::convert::for_each_fold_entry(|_, key, value| {
                let mut all = key.chars().chain(value.chars());
                let class = all.next().map(in_jieba_block);
                let mixed = all.any(|c| Some(in_jieba_block(c)) != class)
                    || value.contains(|c| bridges.binary_search(&c).is_ok());
                if mixed {
                    found.extend(
                        key.chars()
                            .chain(value.chars())
                            .filter(|&c| !in_jieba_block(c)),
                    );
                }
            });
            bridges.extend(found);
            bridges.sort_unstable();
            bridges.dedup();
            if bridges.len() == before {
                return bridges;
            }
        }
    })
}

/// [`is_word_at`] for many spans of one text, cheaper: a span whose jieba block (the maximal run of
/// [`in_jieba_block`] characters around it) lies inside the span's window is answered from one cut of that
/// block, shared by every span in it. The answer is the same: jieba cuts the window's blocks independently,
/// and the fold to Simplified keeps the boundary of a block bounded by characters outside [`fold_bridges`]
/// (no fold key crosses it, and no value joins it), so the window's cut of the block is the block's own cut.
/// Any other block is cut inside the span's window, as [`is_word_at`] cuts it.
///
/// Each span costs O(1) (a bounded window), and at most one cut of its window or block.
pub(crate) struct WordsAt<'a> {
    text: &'a str,
    /// The last block cut, and its words (offsets in `text`).
    block: Range<usize>,
    words: Vec<Range<usize>>,
}

impl<'a> WordsAt<'a> {
    /// Prepares to answer for spans of `text`. O(1).
    pub(crate) fn new(text: &'a str) -> Self {
        WordsAt {
            text,
            block: 0..0,
            words: Vec::new(),
        }
    }

    /// Whether `text[start..end]` lies inside one word, as [`is_word_at`] answers. O(1).
    pub(crate) fn is_word_at(&mut self, start: usize, end: usize) -> bool {
        let window = word_window(self.text, start, end);
        let Some(block) = self.block_within(start, end, &window) else {
            return is_word_at(self.text, start, end);
        };
        if block != self.block {
            self.words = folded_jieba_spans(&self.text[block.clone()], block.start);
            self.block = block;
        }
        self.words.iter().any(|r| r.start <= start && r.end >= end)
    }

    /// The jieba block around `start..end` if it lies inside `window`, bounded by characters the fold
    /// cannot join to it ([`fold_bridges`]), in a window without IDS operators (which change how the fold
    /// runs); None otherwise, or if the span is not all block characters. O(window).
    fn block_within(
        &self,
        start: usize,
        end: usize,
        window: &Range<usize>,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let bridges = fold_bridges();
        if !text[start..end].chars().all(in_jieba_block)
            || text[window.clone()].contains(|c| ('\u{2FF0}'..='\u{2FFF}').contains(&c))
        {
            return None;
        }
        let from = match text[window.start..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| !in_jieba_block(c))
        {
            Some((_, c)) if bridges.binary_search(&c).is_ok() => return None,
            Some((i, c)) => window.start + i + c.len_utf8(),
            None if text[..window.start]
                .chars()
                .next_back()
                .is_none_or(|c| !in_jieba_block(c)) =>
            {
                window.start
            }
            None => return None,
        };
        let to = match text[end..window.end]
            .char_indices()
            .find(|&(_, c)| !in_jieba_block(c))
        {
            Some((_, c)) if bridges.binary_search(&c).is_ok() => return None,
            Some((i, _)) => end + i,
            None if text[window.end..]
                .chars()
                .next()
                .is_none_or(|c| !in_jieba_block(c)) =>
            {
                window.end
            }
            None => return None,
        };
        Some(from..to)
    }
}

/// A word segmenter for one language, with optional user words that always stay one token.
///
/// ```
/// use zoulang::WordSegmenter;
/// let mut seg = WordSegmenter::new("zh-Hans").unwrap();
/// seg.add_words(["中国—东盟信息港"]).unwrap();
/// let words: Vec<_> = seg.segment("建设中国—东盟信息港").into_iter().map(|t| t.text).collect();
/// assert_eq!(words, ["建设", "中国—东盟信息港"]);
/// ```
#[derive(Clone)]
pub struct WordSegmenter {
    lang: Lang,
    user_words: Vec<String>,
    automaton: Option<DoubleArrayAhoCorasick<u32>>,
}

impl std::fmt::Debug for WordSegmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordSegmenter")
            .field("lang", &self.lang)
            .field("user_words", &self.user_words.len())
            .finish()
    }
}

/// How a text (or a run of it) is cut.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Engine {
    Jieba,
    Icu,
}

impl WordSegmenter {
    /// A segmenter for `lang` (tag, `"auto"`, [`LanguageTag`] or [`Lang`]). O(1); the models load on first
    /// use (jieba's dictionary: ~0.2 s once per process).
    ///
    /// Errors: [`Error::UnknownLanguage`] for an unknown tag.
    ///
    /// ```
    /// assert!(zoulang::WordSegmenter::new("th").is_ok());
    /// assert!(zoulang::WordSegmenter::new("nope-x").is_err());
    /// ```
    pub fn new(lang: impl IntoLang) -> Result<WordSegmenter> {
        Ok(WordSegmenter {
            lang: lang.into_lang()?,
            user_words: Vec::new(),
            automaton: None,
        })
    }

    /// The language. O(1).
    ///
    /// ```
    /// assert_eq!(zoulang::WordSegmenter::new("auto").unwrap().lang(), zoulang::Lang::Auto);
    /// ```
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The user words, in the order added. O(1).
    ///
    /// ```
    /// let mut s = zoulang::WordSegmenter::new("km").unwrap();
    /// s.add_words(["ភ្នំពេញ"]).unwrap();
    /// assert_eq!(s.user_words(), ["ភ្នំពេញ"]);
    /// ```
    pub fn user_words(&self) -> &[String] {
        &self.user_words
    }

    /// Adds words that must come out as single tokens (glossary terms, names). O(total length of all user
    /// words): the matcher is rebuilt.
    ///
    /// Errors: [`Error::InvalidArgument`] for an empty or whitespace-only word.
    ///
    /// ```
    /// let mut seg = zoulang::WordSegmenter::new("en").unwrap();
    /// seg.add_words(["China-ASEAN Information Harbor"]).unwrap();
    /// let t = seg.segment("The China-ASEAN Information Harbor opened.");
    /// assert_eq!(t[1].text, "China-ASEAN Information Harbor");
    /// assert!(seg.add_words([" "]).is_err());
    /// ```
    pub fn add_words<I, S>(&mut self, words: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            let w = w.as_ref();
            if w.trim().is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "user word {w:?} is empty or only whitespace"
                )));
            }
            if !self.user_words.iter().any(|u| u == w) {
                self.user_words.push(w.to_string());
            }
        }
        self.automaton = if self.user_words.is_empty() {
            None
        } else {
            Some(
                DoubleArrayAhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&self.user_words)
                    .map_err(|e| Error::InvalidArgument(format!("user words: {e}")))?,
            )
        };
        Ok(())
    }

    /// Cuts `text` into tokens (whitespace dropped). O(n).
    ///
    /// ```
    /// let seg = zoulang::WordSegmenter::new("th").unwrap();
    /// let t = seg.segment("ทุกสองสัปดาห์");
    /// assert_eq!(t.iter().map(|t| t.text).collect::<Vec<_>>(), ["ทุก", "สอง", "สัปดาห์"]);
    /// ```
    pub fn segment<'a>(&self, text: &'a str) -> Vec<Token<'a>> {
        let spans = self.spans(text);
        spans
            .into_iter()
            .map(|r| Token {
                start: r.start,
                end: r.end,
                text: &text[r],
            })
            .collect()
    }

    /// The token spans only (byte ranges). O(n).
    ///
    /// ```
    /// let seg = zoulang::WordSegmenter::new("vi").unwrap();
    /// assert_eq!(seg.spans("Hà Nội"), [0..3, 4..9]);
    /// ```
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let base = self.base_spans(text);
        let spans = match &self.automaton {
            Some(ac) => overlay(text, base, ac),
            None => base,
        };
        // Engines may leave white space at a token's edge (UAX #29 joins U+202F to the letter after it; a user
        // word may start or end with a space): trim it, so tokens hold no outer white space.
        spans
            .into_iter()
            .filter_map(|r| trim_span(text, r))
            .collect()
    }

    /// Segments many texts in parallel (rayon); results in input order. O(total length / threads).
    ///
    /// ```
    /// let seg = zoulang::WordSegmenter::new("en").unwrap();
    /// assert_eq!(seg.segment_batch(&["a b", "c"]).iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
    /// ```
    pub fn segment_batch<'a, S: AsRef<str> + Sync>(&self, texts: &'a [S]) -> Vec<Vec<Token<'a>>> {
        texts.par_iter().map(|t| self.segment(t.as_ref())).collect()
    }

    fn base_spans(&self, text: &str) -> Vec<Range<usize>> {
        match self.lang {
            Lang::Tag(LanguageTag::ZH_HANS) => jieba_spans(text, 0),
            Lang::Tag(t) if t.is_chinese() => folded_jieba_spans(text, 0),
            Lang::Tag(_) => icu_spans(text, 0),
            Lang::Auto => auto_spans(text),
        }
    }
}

/// Tokens of jieba over `text`, offsets shifted by `base`, whitespace dropped.
fn jieba_spans(text: &str, base: usize) -> Vec<Range<usize>> {
    jieba()
        .cut(text, true)
        .into_iter()
        .filter(|t| !t.word.trim().is_empty())
        .map(|t| base + t.byte_start..base + t.byte_end)
        .collect()
}

/// Tokens of ICU's word segmenter over `text` (Thai and Lao breaks repaired, see [`super::repair`]),
/// offsets shifted by `base`, whitespace dropped.
pub(crate) fn icu_spans(text: &str, base: usize) -> Vec<Range<usize>> {
    let raw = super::repair::icu_raw(text, 0..text.len());
    super::repair::repair(text, raw)
        .into_iter()
        .map(|r| base + r.start..base + r.end)
        .collect()
}

/// `auto`: Han runs by jieba (unless the text has kana: Japanese goes to ICU's dictionary), the rest by
/// ICU, so mixed-script text is cut by the right engine run by run.
fn auto_spans(text: &str) -> Vec<Range<usize>> {
    let has_kana = text.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
    let engine_of = |script: &str| {
        if script == "Han" && !has_kana {
            Engine::Jieba
        } else {
            Engine::Icu
        }
    };
    let profile = crate::text::script::script_profile(text);
    let mut out = Vec::new();
    let mut run_start = 0;
    let mut current: Option<Engine> = None;
    for run in &profile.runs {
        let e = engine_of(run.script);
        match current {
            Some(c) if c == e => {}
            Some(c) => {
                cut_run(text, run_start..run.start, c, &mut out);
                run_start = run.start;
            }
            None => {}
        }
        current = Some(e);
    }
    if let Some(c) = current {
        cut_run(text, run_start..text.len(), c, &mut out);
    }
    out
}

fn cut_run(text: &str, r: Range<usize>, engine: Engine, out: &mut Vec<Range<usize>>) {
    let sub = &text[r.clone()];
    match engine {
        Engine::Jieba => out.extend(folded_jieba_spans(sub, r.start)),
        Engine::Icu => out.extend(icu_spans(sub, r.start)),
    }
}

/// Replaces the tokens under each user-word match with one token. Matches that would split a Latin word
/// (`AI` inside `SAID`) are ignored. O(tokens + matches).
fn overlay(
    text: &str,
    base: Vec<Range<usize>>,
    ac: &DoubleArrayAhoCorasick<u32>,
) -> Vec<Range<usize>> {
    let matches: Vec<Range<usize>> = ac
        .leftmost_find_iter(text)
        .map(|m| m.start()..m.end())
        .filter(|m| whole_word(text, m))
        .collect();
    if matches.is_empty() {
        return base;
    }
    let mut out = Vec::with_capacity(base.len());
    let mut k = 0;
    for tok in base {
        let mut piece = tok.clone();
        // Matches entirely before this token were emitted already.
        while piece.start < piece.end {
            while k < matches.len() && matches[k].end <= piece.start {
                k += 1;
            }
            match matches.get(k) {
                Some(m) if m.start < piece.end => {
                    if piece.start < m.start {
                        out.push(piece.start..m.start);
                    }
                    if out.last() != Some(m) {
                        out.push(m.clone());
                    }
                    piece.start = m.end.min(piece.end).max(piece.start);
                    if m.end >= tok.end {
                        break;
                    }
                }
                _ => {
                    out.push(piece.clone());
                    break;
                }
            }
        }
    }
    out
}

/// `r` without white space at either end; `None` when nothing else is left.
fn trim_span(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    (start < end).then_some(start..end)
}

fn whole_word(text: &str, m: &Range<usize>) -> bool {
    let inner_first = text[m.clone()].chars().next();
    let inner_last = text[m.clone()].chars().next_back();
    let before = text[..m.start].chars().next_back();
    let after = text[m.end..].chars().next();
    let latin_alnum = |c: char| is_latin_letter(c) || c.is_ascii_digit();
    let glued_before = inner_first.is_some_and(latin_alnum) && before.is_some_and(latin_alnum);
    let glued_after = inner_last.is_some_and(latin_alnum) && after.is_some_and(latin_alnum);
    !(glued_before || glued_after)
}

/// Cuts `text` into words with the engine for `lang` (`"zh-Hans"`, `"th"`, `"auto"`, …). Whitespace is
/// never a token; tokens never overlap and cover every other character.
///
/// Errors: [`Error::UnknownLanguage`] for an unknown tag. O(n).
///
/// ```
/// let t = zoulang::segment_words("ພາສາລາວ", "lo").unwrap();
/// assert!(t.len() >= 2);
/// let z = zoulang::segment_words("人工智能合作", "auto").unwrap();
/// assert_eq!(z.iter().map(|t| t.text).collect::<Vec<_>>(), ["人工智能", "合作"]);
/// ```
pub fn segment_words(text: &str, lang: impl IntoLang) -> Result<Vec<Token<'_>>> {
    Ok(WordSegmenter::new(lang)?.segment(text))
}

/// [`segment_words`] over many texts in parallel; results in input order. O(total length / threads).
///
/// ```
/// let out = zoulang::segment_words_batch(&["中国", "東盟"], "auto").unwrap();
/// assert_eq!(out.len(), 2);
/// ```
pub fn segment_words_batch<'a, S: AsRef<str> + Sync>(
    texts: &'a [S],
    lang: impl IntoLang,
) -> Result<Vec<Vec<Token<'a>>>> {
    Ok(WordSegmenter::new(lang)?.segment_batch(texts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts<'a>(tokens: &[Token<'a>]) -> Vec<&'a str> {
        tokens.iter().map(|t| t.text).collect()
    }

    #[test]
    fn fold_bridges_hold_what_joins_blocks() {
        let bridges = fold_bridges();
        eprintln!("{} fold bridges: {bridges:?}", bridges.len());
        assert!(bridges.contains(&'·') && !bridges.contains(&'，'));
        assert!(!bridges.iter().any(|&c| in_jieba_block(c)));
    }

    /// Every 計劃 of `text`: what [`WordsAt`] and [`is_word_at`] say.
    fn jihua_answers(text: &str) -> (Vec<bool>, Vec<bool>) {
        let mut words = WordsAt::new(text);
        text.match_indices("計劃")
            .map(|(i, w)| {
                (
                    words.is_word_at(i, i + w.len()),
                    is_word_at(text, i, i + w.len()),
                )
            })
            .unzip()
    }

    #[test]
    fn words_at_answers_as_is_word_at() {
        // Short clauses (one cut per block), a long run of Han text (cut window by window), Latin and
        // digits inside blocks, Traditional text the fold changes, and 計劃 at both ends.
        let text = "計劃五年計劃、統計劃分的計劃書，我們計劃明年去。設計劃分和會計劃分不是計劃。\
                    這個計劃很好計劃書也寫好了我們的計劃是按照五年計劃完成統計劃分和預計劃時代的工作計劃\
                    AI計劃2030年計劃，資訊港計劃；臺灣的計劃裏説着計劃 計劃\u{FEFF}計劃「計劃」計劃\
                    丹尼·鮑伊計劃，⿰氵計劃";
        let (fast, slow) = jihua_answers(text);
        assert!(fast.len() >= 25 && fast.contains(&true) && fast.contains(&false));
        assert_eq!(fast, slow);
    }

    proptest! {
        #[test]
        fn words_at_answers_as_is_word_at_on_any_mix(
            parts in prop::collection::vec(prop::sample::select(vec![
                "計劃", "統計", "劃分", "五年", "會計", "書", "的", "我們", "很好", "明年", "臺灣",
                "資訊", "A", "2030", "-", ".", "，", "。", " ", "\u{FEFF}", "「", "」", "ない", "x y",
                "丹尼", "·鮑伊", "⿰", "Ａ",
            ]), 0..60),
        ) {
            let text = parts.concat();
            let (fast, slow) = jihua_answers(&text);
            prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn folded_text_cut_after_the_start_keeps_its_words_apart() {
        // Reliability finding: folded_jieba_spans compared a span not yet shifted by `base` with shifted
        // ones, so Traditional text cut anywhere but at offset 0 (an `auto` run after Latin text, the
        // jihua overlay's windows) merged its words into one.
        let words = |t: &str, lang: &str| -> Vec<String> {
            segment_words(t, lang)
                .unwrap()
                .into_iter()
                .map(|t| t.text.to_string())
                .collect()
        };
        assert_eq!(words("會計劃分", "auto"), ["會計", "劃分"]);
        assert_eq!(words("AI 會計劃分", "auto"), ["AI", "會計", "劃分"]);
        let far = format!("{}統計劃分", "我們".repeat(20));
        assert!(!is_word_at(&far, far.len() - 9, far.len() - 3));
    }

    #[test]
    fn tokens_never_start_or_end_with_white_space() {
        // Found by fuzzing (fuzz/regressions/segment/): UAX #29 joins U+202F to the next letter, and a user
        // word that starts with a space, or overlaps a token ending in `\r`, left white space in a token.
        let seg = WordSegmenter::new("ms").unwrap();
        assert_eq!(texts(&seg.segment("a \u{202F}e b")), ["a", "e", "b"]);
        let mut seg = WordSegmenter::new("vi").unwrap();
        seg.add_words([" tỷ"]).unwrap();
        for t in seg.segment("1,5 tỷ. Ông") {
            assert_eq!(t.text, t.text.trim(), "{t:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn tokens_cover_text(text in "[a-z 中国东盟合作ไทยລາວខ្មែរမြန်မာ한국어にほん。,.]{0,40}", k in 0usize..6) {
            let lang = ["zh-Hans", "th", "auto", "en", "ja", "km"][k];
            let mut seg = WordSegmenter::new(lang).unwrap();
            seg.add_words(["东盟", "ab"]).unwrap();
            crate::segment::assert_only_whitespace_between(&text, &seg.spans(&text));
        }
    }

    #[test]
    fn engines() {
        assert_eq!(
            texts(&segment_words("中国与东盟合作", "zh-Hans").unwrap()),
            ["中国", "与", "东盟", "合作"]
        );
        let th = segment_words("ทุกสองสัปดาห์", "th").unwrap();
        assert_eq!(texts(&th), ["ทุก", "สอง", "สัปดาห์"]);
        let en = segment_words("The U.S. economy grew 3.5%.", "en").unwrap();
        assert_eq!(
            texts(&en),
            ["The", "U.S", ".", "economy", "grew", "3.5", "%", "."]
        );
        let mixed = segment_words("广西Guangxi与ลาว", "auto").unwrap();
        assert_eq!(texts(&mixed), ["广西", "Guangxi", "与", "ลาว"]);
        assert!(segment_words("", "my").unwrap().is_empty());
        assert!(segment_words("   ", "auto").unwrap().is_empty());
        assert!(matches!(
            segment_words("x", "zz-Nope"),
            Err(Error::UnknownLanguage { .. })
        ));
    }

    #[test]
    fn traditional_is_folded_for_cutting() {
        // Cut as Simplified (资讯港 → 信息港, 人工智慧 → 人工智能), reported in the original characters.
        let t = segment_words("中國—東盟資訊港推動人工智慧合作", "zh-Hant").unwrap();
        assert_eq!(
            texts(&t),
            ["中國", "—", "東盟", "資訊港", "推動", "人工智慧", "合作"]
        );
        let a = segment_words("中國—東盟資訊港推動人工智慧合作", "auto").unwrap();
        assert_eq!(a, t);
    }

    #[test]
    fn user_words_stay_whole() {
        let mut seg = WordSegmenter::new("th").unwrap();
        seg.add_words(["สองสัปดาห์"]).unwrap();
        assert_eq!(texts(&seg.segment("ทุกสองสัปดาห์")), ["ทุก", "สองสัปดาห์"]);
        let mut en = WordSegmenter::new("en").unwrap();
        en.add_words(["AI"]).unwrap();
        // Not inside another word.
        assert_eq!(texts(&en.segment("SAID AI")), ["SAID", "AI"]);
        assert_eq!(en.user_words(), ["AI"]);
        assert!(format!("{en:?}").contains("user_words: 1"));
    }
}
