//! Sentence splitting: UAX #29 sentence breaks (icu_segmenter) as candidates, our own candidates for what UAX #29
//! cannot see (list items, spaced ellipses, Thai and Lao spaces, quotes), and one rule layer that decides
//! every candidate (see [`super::decide`]).
//!
//! Worst case everywhere: linear time in the text length, memory linear in the number of candidates.

use std::ops::Range;

use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakInvariantOptions;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::chars::*;
use super::decide::{Cand, Ctx, Profile, flags};
use super::lang::{IntoLang, Lang};
use crate::error::Result;

/// One sentence: its byte span `[start, end)` in the text given and its text (no leading or trailing
/// whitespace; the whitespace between sentences belongs to no sentence).
///
/// ```
/// let s = zoulang::split_sentences("Hi there.  Bye.", "en").unwrap();
/// assert_eq!(s[1], zoulang::Sentence { start: 11, end: 15, text: "Bye.".into() });
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The sentence, `text[start..end]`.
    pub text: String,
}

/// Options for [`SentenceSplitter`].
///
/// ```
/// let opts = zoulang::SplitOptions { hard_wrap: true, ..Default::default() };
/// let s = zoulang::SentenceSplitter::new("en", opts).unwrap();
/// assert_eq!(s.split("A line that\nwraps. Next.").len(), 2);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SplitOptions {
    /// Hard-wrapped text: a single line break is a space; only a blank line (or sentence punctuation) ends a
    /// sentence. Off by default: every line break ends a sentence.
    pub hard_wrap: bool,
    /// Semicolons (`;`, `；`) end sentences. Off by default (treebanks keep them inside sentences); turn it on
    /// for alignment of Chinese, where `；` often separates what English writes as sentences.
    pub semicolons: bool,
}

/// A configured sentence splitter: language rules plus options. Cheap to build and to clone; `Sync`.
///
/// ```
/// use zoulang::{SentenceSplitter, SplitOptions};
/// let s = SentenceSplitter::new("zh-Hans", SplitOptions::default()).unwrap();
/// let out = s.split("我们明天一起去看《摔跤吧！爸爸》好吗？好！");
/// assert_eq!(out.len(), 2);
/// assert_eq!(out[0].text, "我们明天一起去看《摔跤吧！爸爸》好吗？");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceSplitter {
    lang: Lang,
    options: SplitOptions,
}

impl SentenceSplitter {
    /// A splitter for `lang` (a tag, `"auto"`, a [`crate::LanguageTag`] or a [`Lang`]).
    ///
    /// Errors: [`crate::Error::UnknownLanguage`] for an unknown tag. O(1).
    ///
    /// ```
    /// assert!(zoulang::SentenceSplitter::new("xx-Nope", Default::default()).is_err());
    /// ```
    pub fn new(lang: impl IntoLang, options: SplitOptions) -> Result<SentenceSplitter> {
        Ok(SentenceSplitter {
            lang: lang.into_lang()?,
            options,
        })
    }

    /// The language this splitter was built for. O(1).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("zh-TW", Default::default()).unwrap();
    /// assert_eq!(s.lang().to_string(), "zh-Hant");
    /// ```
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The options. O(1).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    /// assert!(!s.options().hard_wrap);
    /// ```
    pub fn options(&self) -> SplitOptions {
        self.options
    }

    /// Splits `text` into sentences. O(n).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    /// let v: Vec<_> = s.split("Mr. Smith left. He was late.").into_iter().map(|s| s.text).collect();
    /// assert_eq!(v, ["Mr. Smith left.", "He was late."]);
    /// ```
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        self.spans(text)
            .into_iter()
            .map(|r| Sentence {
                start: r.start,
                end: r.end,
                text: text[r.clone()].to_string(),
            })
            .collect()
    }

    /// The sentence spans only (byte ranges, no copies). O(n).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("km", Default::default()).unwrap();
    /// assert_eq!(s.spans("សួស្តី។ អរគុណ។").len(), 2);
    /// ```
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let profile = Profile::new(self.lang, self.options, text);
        split_spans(text, &profile)
    }

    /// Splits many texts in parallel (rayon); results in input order. O(total length / threads).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    /// let out = s.split_batch(&["Hi. Bye.", "C."]);
    /// assert_eq!(out.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
    /// ```
    pub fn split_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Vec<Sentence>> {
        texts.par_iter().map(|t| self.split(t.as_ref())).collect()
    }
}

/// Bytes at the start of a text that `auto` reads to identify its language (for its abbreviation list).
pub(crate) const AUTO_HEAD: usize = 2000;

impl SentenceSplitter {
    /// How many bytes from the start of a text `auto` reads to identify its language: the `head` that
    /// [`SentenceSplitter::stream`] needs (fewer only when the input is shorter).
    ///
    /// ```
    /// assert_eq!(zoulang::segment::SentenceSplitter::AUTO_HEAD, 2000);
    /// ```
    pub const AUTO_HEAD: usize = AUTO_HEAD;

    /// Whether `line` (one line as [`std::io::BufRead::read_line`] gives it, terminator included) closes a
    /// paragraph for [`SentenceStream::split_paragraph`]: every line when single line breaks end sentences,
    /// a blank (whitespace-only) line with [`SplitOptions::hard_wrap`]. No sentence ever spans such a
    /// paragraph end. O(line).
    ///
    /// ```
    /// use zoulang::{SentenceSplitter, SplitOptions};
    /// let s = SentenceSplitter::new("en", SplitOptions::default()).unwrap();
    /// assert!(s.ends_paragraph("Some text\n"));
    /// let hw = SentenceSplitter::new("en", SplitOptions { hard_wrap: true, ..Default::default() }).unwrap();
    /// assert!(!hw.ends_paragraph("wrapped text\n") && hw.ends_paragraph(" \r\n"));
    /// ```
    pub fn ends_paragraph(&self, line: &str) -> bool {
        if self.options.hard_wrap {
            line.trim().is_empty()
        } else {
            line.ends_with('\n')
        }
    }

    /// A splitter for text that arrives paragraph by paragraph (a stream), in bounded memory: feed it the
    /// paragraphs in order ([`SentenceStream::split_paragraph`]), each cut after a line for which
    /// [`Self::ends_paragraph`] holds (or at the end of the input). The spans are then exactly those
    /// [`Self::spans`] finds in the whole text: no sentence spans a paragraph end, and what a paragraph
    /// leaves to the next (an open CJK bracket, the numbering of a list) is carried on. `head` is the start
    /// of the input, at least [`Self::AUTO_HEAD`] bytes of it when there are that many: `auto` identifies
    /// the language there, as [`Self::spans`] does (a fixed language ignores it). O(head).
    ///
    /// ```
    /// use zoulang::{SentenceSplitter, SplitOptions};
    /// let s = SentenceSplitter::new("auto", SplitOptions::default()).unwrap();
    /// let text = "Hi there. Bye.\n（他说：\n我们走吧。你呢？）\n";
    /// let mut stream = s.stream(text);
    /// let mut got = Vec::new();
    /// for para in text.split_inclusive('\n') {
    ///     let base = stream.offset();
    ///     got.extend(stream.split_paragraph(para).into_iter().map(|r| base + r.start..base + r.end));
    /// }
    /// assert_eq!(got, s.spans(text));
    /// ```
    pub fn stream(&self, head: &str) -> SentenceStream {
        SentenceStream {
            profile: Profile::new(self.lang, self.options, head),
            state: ScanState::default(),
            offset: 0,
        }
    }
}

/// Sentence splitting over a stream of paragraphs, from [`SentenceSplitter::stream`]: memory is bounded by
/// the longest paragraph (plus the few integers a paragraph leaves to the next).
///
/// ```
/// let s = zoulang::SentenceSplitter::new("th", Default::default()).unwrap();
/// let mut stream = s.stream("");
/// assert_eq!(stream.split_paragraph("สวัสดีครับ\n"), [0..30]);
/// assert_eq!(stream.offset(), 31);
/// ```
pub struct SentenceStream {
    profile: Profile,
    state: ScanState,
    offset: usize,
}

impl std::fmt::Debug for SentenceStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentenceStream")
            .field("offset", &self.offset)
            .finish_non_exhaustive()
    }
}

impl SentenceStream {
    /// Splits the next paragraph (its line terminators and any blank lines after it included): the sentence
    /// spans, byte ranges into `paragraph` (add [`Self::offset`], read before the call, for offsets into
    /// the whole input). O(paragraph).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    /// let mut stream = s.stream("");
    /// assert_eq!(stream.split_paragraph("1. One. 2. Two.\n"), [0..7, 8..15]);
    /// ```
    pub fn split_paragraph(&mut self, paragraph: &str) -> Vec<Range<usize>> {
        let spans = split_spans_with(paragraph, &self.profile, &mut self.state);
        self.offset += paragraph.len();
        spans
    }

    /// Bytes fed so far: the offset in the whole input of the next paragraph. O(1).
    ///
    /// ```
    /// let s = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    /// let mut stream = s.stream("");
    /// stream.split_paragraph("Hi.\n");
    /// assert_eq!(stream.offset(), 4);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }
}

/// Splits `text` into sentences with the rules of `lang` (`"en"`, `"zh-Hant"`, `"auto"`, a
/// [`crate::LanguageTag`] …) and default [`SplitOptions`].
///
/// Sentences never lose or duplicate a character: their texts and the whitespace between them give back the
/// input (a byte-order mark, U+FEFF, counts as whitespace: it is kept out of the sentences, and offsets
/// count it). Errors: [`crate::Error::UnknownLanguage`] for an unknown tag. Worst case O(n).
///
/// ```
/// let s = zoulang::split_sentences("广西与东盟合作。2025年，论坛在南宁举行！", "zh-Hans").unwrap();
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].text, "2025年，论坛在南宁举行！");
/// let t = zoulang::split_sentences("He met Dr. Lee at 5 p.m. on Friday. They talked.", "en").unwrap();
/// assert_eq!(t.len(), 2);
/// ```
pub fn split_sentences(text: &str, lang: impl IntoLang) -> Result<Vec<Sentence>> {
    Ok(SentenceSplitter::new(lang, SplitOptions::default())?.split(text))
}

/// [`split_sentences`] over many texts in parallel; results in input order. O(total length / threads).
///
/// ```
/// let out = zoulang::split_sentences_batch(&["Hi. Bye.", "ok"], "en").unwrap();
/// assert_eq!(out[0].len(), 2);
/// ```
pub fn split_sentences_batch<S: AsRef<str> + Sync>(
    texts: &[S],
    lang: impl IntoLang,
) -> Result<Vec<Vec<Sentence>>> {
    Ok(SentenceSplitter::new(lang, SplitOptions::default())?.split_batch(texts))
}

/// UAX #29 sentence breaks, as candidate ends (before the whitespace of the break).
fn icu_candidates(text: &str) -> Vec<Cand> {
    let seg = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let mut out = Vec::new();
    // Trim each break back over whitespace only as far as the previous break, so a long run of line
    // breaks (one UAX #29 break each) costs linear time, not quadratic.
    let (mut last_b, mut last_end) = (0, 0);
    for b in seg.segment_str(text) {
        if b == 0 || b >= text.len() {
            continue;
        }
        // UAX #29 keeps opening brackets and quotes after a terminator with the sentence before
        // (`。“好` and `。《人民日报》` break after `“` and `《`): they start the next one. (Straight
        // quotes, which may close, stay, unless a gap comes before them: UAX #29 ignores U+FEFF as a
        // format character, so `Hi.\u{FEFF}"There.` breaks after the quote, where `Hi. "There.` breaks
        // before it.)
        // Only openers written straight after a terminator or closer move, and not before a line break
        // (the break ends a sentence there anyway; a line-final opener is left where the break puts it).
        let tail = text[last_b..b].trim_end();
        let at_break = text[last_b + tail.len()..b].contains(['\n', '\r']);
        // (A gap left before a moved opener goes with it, so the candidate is the terminator's own.)
        let bare = trim_openers(tail).trim_end_matches(is_gap);
        let tail = if !at_break && bare.ends_with(|c: char| is_terminator(c) || is_closer(c)) {
            bare
        } else {
            tail
        };
        let end = if tail.is_empty() {
            last_end
        } else {
            last_b + tail.len()
        };
        (last_b, last_end) = (b, end);
        if end > 0 && out.last().is_none_or(|c: &Cand| c.end < end) {
            out.push(Cand {
                end,
                flags: flags::ICU,
            });
        }
    }
    out
}

/// List-marker state of the scan: the last numbered or lettered item seen.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Marker {
    alpha: bool,
    style: u8,
    value: u32,
}

/// Parses a list marker at `i` (`1.`, `2)`, `3.)`, `a.`, `b)`), followed by whitespace.
fn list_marker(bytes: &[u8], i: usize) -> Option<Marker> {
    let mut j = i;
    let alpha = bytes[i].is_ascii_alphabetic();
    let value = if alpha {
        j += 1;
        u32::from(bytes[i].to_ascii_lowercase() - b'a') + 1
    } else {
        let mut v = 0u32;
        while j < bytes.len() && j - i < 3 && bytes[j].is_ascii_digit() {
            v = v * 10 + u32::from(bytes[j] - b'0');
            j += 1;
        }
        if j < bytes.len() && bytes[j].is_ascii_digit() {
            return None;
        }
        v
    };
    let style = match (bytes.get(j), bytes.get(j + 1)) {
        (Some(b'.'), Some(b')')) => {
            j += 2;
            3
        }
        (Some(b')'), _) => {
            j += 1;
            2
        }
        (Some(b'.'), _) => {
            j += 1;
            1
        }
        _ => return None,
    };
    match bytes.get(j) {
        Some(b' ' | b'\t' | b'\n' | b'\r') => Some(Marker {
            alpha,
            style,
            value,
        }),
        _ => None,
    }
}

/// `tail` without the opening brackets and quotes at its end. A straight quote (`"`, `'`, `＂`), which may
/// close as well as open, counts as opening only after a gap ([`is_gap`]), as it would after a space.
/// O(openers).
fn trim_openers(tail: &str) -> &str {
    let mut bare = tail;
    while let Some(c) = bare.chars().next_back().filter(|&c| is_opener(c)) {
        let rest = &bare[..bare.len() - c.len_utf8()];
        if matches!(c, '"' | '\'' | '＂') && !rest.ends_with(is_gap) {
            break;
        }
        bare = rest;
    }
    bare
}

/// Our own candidates, in one left-to-right scan: ends of terminator runs (with closing quotes and
/// brackets), list items, spaced ellipses after a period, and spaces in Thai and Lao text. Also records the
/// CJK bracket events and straight double quotes the rules consult.
fn scan_candidates(text: &str, p: &Profile, state: &mut ScanState) -> Vec<Cand> {
    let ctx = &mut state.ctx;
    let bytes = text.as_bytes();
    let mut out: Vec<Cand> = Vec::new();
    let push = |out: &mut Vec<Cand>, end: usize, f: u8| {
        if end == 0 {
            return;
        }
        match out.last_mut() {
            Some(c) if c.end == end => c.flags |= f,
            Some(c) if c.end > end => {
                // Rare: a list item right after a candidate inside its own whitespace; keep order.
                let k = out.partition_point(|c| c.end < end);
                if out[k].end == end {
                    out[k].flags |= f;
                } else {
                    out.insert(k, Cand { end, flags: f });
                }
            }
            _ => out.push(Cand { end, flags: f }),
        }
    };
    let marker = &mut state.marker;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast path for ASCII letters, digits and line breaks: only a word start can begin a list marker.
        if b.is_ascii_alphanumeric() || b == b'\n' || b == b'\r' {
            if b.is_ascii_alphanumeric()
                && (prev.is_none_or(|p| is_gap(p) || is_bullet(p)))
                && let Some(m) = list_marker(bytes, i)
            {
                let before = text[..i].trim_end_matches([' ', '\t', '\u{FEFF}']);
                let starts = i == 0 || before.is_empty() || before.ends_with(['\n', '\r', ':']);
                match *marker {
                    Some(last)
                        if last.alpha == m.alpha
                            && last.style == m.style
                            && m.value == last.value + 1 =>
                    {
                        push(&mut out, trim_back_ws(text, i), flags::LIST);
                        *marker = Some(m);
                    }
                    _ if m.value == 1 && starts => *marker = Some(m),
                    _ => {}
                }
            }
            let run = if b.is_ascii_alphanumeric() {
                bytes[i..]
                    .iter()
                    .position(|d| !d.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - i)
            } else {
                1
            };
            i += run;
            prev = Some(char::from(bytes[i - 1]));
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        let after_ws = prev.is_none_or(is_gap);
        if is_terminator(c) || (p.semicolons && is_semicolon(c)) {
            // A period or full-width period between digits is a decimal point or a thousands separator.
            let next = char_at(text, i + c.len_utf8());
            let digit_dot =
                matches!(c, '.' | '．') && prev.is_some_and(is_digit) && next.is_some_and(is_digit);
            // Khmer "។ល។" is "and so on", not a sentence end.
            let khmer_etc = c == '។'
                && next == Some('ល')
                && char_at(text, i + c.len_utf8() + 'ល'.len_utf8()) == Some('។');
            if !digit_dot && !khmer_etc {
                let attached = !after_ws && prev != Some('.');
                let mut end = i + c.len_utf8();
                let mut dots = usize::from(c == '.');
                let mut spaced = false;
                // The rest of the run: more terminators, and spaced dots (". . .").
                loop {
                    match char_at(text, end) {
                        Some(d) if is_terminator(d) || (p.semicolons && is_semicolon(d)) => {
                            dots += usize::from(d == '.');
                            end += d.len_utf8();
                        }
                        Some(' ') if dots > 0 && bytes.get(end + 1) == Some(&b'.') => {
                            spaced = true;
                            dots += 1;
                            end += 2;
                        }
                        _ => break,
                    }
                }
                // Closing quotes and brackets, and terminators after them ("？”。").
                let mut closers = 0;
                while let Some(d) = char_at(text, end) {
                    if is_closer(d) && closers < 8 {
                        closers += 1;
                    } else if !(closers > 0 && is_terminator(d)) {
                        break;
                    }
                    end += d.len_utf8();
                }
                if c == '.' && attached && spaced && dots >= 4 {
                    push(&mut out, i + 1, flags::PRE_ELLIPSIS);
                }
                push(&mut out, end, flags::TERM);
                // Continue the scan after the run (its characters start nothing else).
                for (j, d) in text[i..end].char_indices() {
                    ctx.note(i + j, d);
                    prev = Some(d);
                }
                i = end;
                continue;
            }
        } else if after_ws && i > 0 {
            let dash_bullet = (c == '-' || c == '*')
                && text[..i]
                    .trim_end_matches([' ', '\t'])
                    .ends_with(['\n', '\r'])
                && next_is_space(bytes, i + 1);
            if is_bullet(c) || dash_bullet {
                push(&mut out, trim_back_ws(text, i), flags::LIST);
            }
        }
        if (p.thai || p.lao)
            && matches!(c, ' ' | '\t' | '\u{A0}')
            && let Some(pc) = prev
            && !matches!(pc, ' ' | '\t' | '\u{A0}')
        {
            // Spaces in Thai and Lao text are where their sentences end, if anywhere.
            let script_ok = |d: char| (p.thai && is_thai(d)) || (p.lao && is_lao(d));
            let left = if is_closer(pc) {
                char_before(text, i - pc.len_utf8()).is_some_and(script_ok)
            } else {
                script_ok(pc)
            };
            let ws_end = i + text[i..]
                .find(|d: char| !matches!(d, ' ' | '\t' | '\u{A0}'))
                .unwrap_or(text.len() - i);
            let right = char_at(text, ws_end).is_some_and(|d| script_ok(d) || is_opener(d));
            if left && right {
                push(&mut out, i, flags::SPACE);
            }
        }
        ctx.note(i, c);
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

fn next_is_space(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i), Some(b' ' | b'\t'))
}

/// Merges two sorted candidate lists, OR-ing the flags of equal ends. O(a + b).
fn merge(a: Vec<Cand>, b: Vec<Cand>) -> Vec<Cand> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.end == y.end => {
                i += 1;
                j += 1;
                Cand {
                    end: x.end,
                    flags: x.flags | y.flags,
                }
            }
            (Some(x), Some(y)) if x.end < y.end => {
                i += 1;
                *x
            }
            (Some(x), None) => {
                i += 1;
                *x
            }
            (_, Some(y)) => {
                j += 1;
                *y
            }
            (None, None) => unreachable!(),
        };
        match out.last_mut() {
            Some(Cand { end, flags }) if *end == next.end => *flags |= next.flags,
            _ => out.push(next),
        }
    }
    out
}

/// What one paragraph's scan leaves to the next one's in a stream ([`SentenceStream`]): the CJK bracket
/// depth and the list numbering. A whole text is split as one paragraph with a fresh state.
#[derive(Default)]
pub(crate) struct ScanState {
    ctx: Ctx,
    marker: Option<Marker>,
}

/// The sentence spans of `text` under `p`. O(n).
pub(crate) fn split_spans(text: &str, p: &Profile) -> Vec<Range<usize>> {
    split_spans_with(text, p, &mut ScanState::default())
}

/// The sentence spans of `text` under `p`, `state` carried on from the text before it (the scan's
/// events are dropped at the end, so memory stays bounded by `text`). O(n).
fn split_spans_with(text: &str, p: &Profile, state: &mut ScanState) -> Vec<Range<usize>> {
    let spans = split_spans_inner(text, p, state);
    state.ctx.end_paragraph(text.len());
    spans
}

fn split_spans_inner(text: &str, p: &Profile, state: &mut ScanState) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let first = skip_ws(text, 0);
    if first == text.len() {
        // Nothing to split, but list markers cannot appear in whitespace and brackets are not noted.
        return spans;
    }
    let ours = scan_candidates(text, p, state);
    let ctx = &mut state.ctx;
    let cands = merge(icu_candidates(text), ours);
    let mut start = first;
    for cand in cands {
        if cand.end <= start {
            continue;
        }
        let next = skip_ws(text, cand.end);
        if next >= text.len() {
            break;
        }
        if p.decide(text, &cand, start, next, ctx) {
            // A byte-order mark (U+FEFF) that the break left at the end goes to the gap.
            spans.push(start..trim_back_ws(text, cand.end));
            start = next;
        }
    }
    let end = trim_back_ws(text, text.len());
    if start < end {
        spans.push(start..end);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const LANGS: [&str; 14] = [
        "en", "zh-Hans", "zh-Hant", "vi", "th", "lo", "km", "my", "ms", "id", "fil", "ja", "ko",
        "auto",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn lossless_on_any_text(text in "[a-zA-Z0-9 .!?。！？\n\"“”「」()（）…•;ก-ฮ ກ-ຮ ក-អ ။។中文Mr\u{FEFF}]{0,80}", k in 0usize..14) {
            let s = SentenceSplitter::new(LANGS[k], SplitOptions { hard_wrap: k % 2 == 0, semicolons: k % 3 == 0 }).unwrap();
            crate::segment::assert_only_whitespace_between(&text, &s.spans(&text));
        }

        /// A stream of paragraphs gives exactly the spans of the whole text (CJK brackets and list numbers
        /// carried across paragraphs, `auto` reading the same head).
        #[test]
        fn stream_matches_whole_text(text in "[a-zA-Z0-9 .!?。！？\n\r\t\"“”「」《》()（）…•;ก-ฮ ກ-ຮ ក-អ ။។中文Mr1.2)\u{FEFF}]{0,120}", k in 0usize..14, hw: bool) {
            let s = SentenceSplitter::new(LANGS[k], SplitOptions { hard_wrap: hw, semicolons: k % 3 == 0 }).unwrap();
            prop_assert_eq!(streamed(&s, &text), s.spans(&text));
        }

        #[test]
        fn lossless_on_arbitrary_unicode(text in "\\PC{0,60}", k in 0usize..14) {
            let s = SentenceSplitter::new(LANGS[k], SplitOptions::default()).unwrap();
            crate::segment::assert_only_whitespace_between(&text, &s.spans(&text));
        }
    }

    /// `text` split as a stream: lines grouped into paragraphs by [`SentenceSplitter::ends_paragraph`].
    fn streamed(s: &SentenceSplitter, text: &str) -> Vec<Range<usize>> {
        let mut stream = s.stream(text);
        let mut out = Vec::new();
        let mut para_start = 0;
        let mut feed = |stream: &mut SentenceStream, para: &str| {
            let base = stream.offset();
            out.extend(
                stream
                    .split_paragraph(para)
                    .into_iter()
                    .map(|r| base + r.start..base + r.end),
            );
        };
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            pos += line.len();
            if s.ends_paragraph(line) {
                feed(&mut stream, &text[para_start..pos]);
                para_start = pos;
            }
        }
        if para_start < text.len() {
            feed(&mut stream, &text[para_start..]);
        }
        out
    }

    #[test]
    fn a_byte_order_mark_is_no_part_of_a_sentence() {
        // Review finding: a Windows file's BOM stayed at the start of the first sentence.
        let text = "\u{FEFF}中国很大。东盟也很大。\r\n";
        let s = SentenceSplitter::new("zh-Hans", SplitOptions::default()).unwrap();
        let got: Vec<&str> = s.spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["中国很大。", "东盟也很大。"]);
        assert_eq!(streamed(&s, text), s.spans(text));
        // Second review: a list marker after a BOM, and an opener after 。 and a BOM.
        let split = |lang: &str, opts: SplitOptions, text: &str| -> Vec<String> {
            let s = SentenceSplitter::new(lang, opts).unwrap();
            s.spans(text)
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        let hw = SplitOptions {
            hard_wrap: true,
            ..Default::default()
        };
        let list = "\u{FEFF}1. Introduction to the plan\n2. Methods of work\n";
        assert_eq!(
            split("en", hw, list),
            ["1. Introduction to the plan", "2. Methods of work"]
        );
        let quote = "他走了。\u{FEFF}「回来！」她说。";
        assert_eq!(
            split("zh-Hans", SplitOptions::default(), quote),
            ["他走了。", "「回来！」", "她说。"]
        );
    }

    #[test]
    fn a_straight_quote_after_a_byte_order_mark_opens_as_after_a_space() {
        // Reliability finding: in `Hi.\u{FEFF}"There.` the quote became a sentence of its own (UAX #29
        // ignores U+FEFF and kept the quote with `Hi.`; the rules then cut it away from `There.`).
        let split = |lang: &str, text: &str| -> Vec<String> {
            let s = SentenceSplitter::new(lang, SplitOptions::default()).unwrap();
            let got: Vec<String> = s.spans(text).into_iter().map(|r| text[r].into()).collect();
            assert_eq!(streamed(&s, text), s.spans(text));
            got
        };
        assert_eq!(split("en", "Hi.\u{FEFF}\"There.\""), ["Hi.", "\"There.\""]);
        // U+FEFF decides as a space would, wherever it stands around a straight quote.
        for (lang, text) in [
            ("en", "Hi.\u{FEFF}\"There.\" She left."),
            ("en", "Hi.\u{FEFF}'There.' She left."),
            ("en", "Hi.\u{FEFF}＂There.＂ She left."),
            ("en", "Mr.\u{FEFF}\"Smith\" came."),
            ("en", "He said \"Hi.\u{FEFF}\" Then he left."),
            ("en", "He said \"Hi.\"\u{FEFF}Then he left."),
            ("zh-Hans", "他走了。\u{FEFF}\"回来！\"她说。"),
        ] {
            let got: Vec<String> = split(lang, text)
                .iter()
                .map(|s| s.replace('\u{FEFF}', " "))
                .collect();
            assert_eq!(got, split(lang, &text.replace('\u{FEFF}', " ")), "{text:?}");
        }
    }

    #[test]
    fn stream_carries_brackets_and_lists_across_paragraphs() {
        let hw = SplitOptions {
            hard_wrap: true,
            ..Default::default()
        };
        for (lang, opts, text) in [
            // A quotation over two lines: the bracket opened on the first keeps 。 inside it on the second.
            (
                "zh-Hans",
                SplitOptions::default(),
                "「他说：\n我们走吧。你呢？」好。\n",
            ),
            // List numbering goes on from one line to the next.
            ("en", SplitOptions::default(), "1. One\n2. Two 3. Three\n"),
            (
                "en",
                hw,
                "A line that\nwraps. Next one.\n\n\nNew paragraph.\r\n \nLast",
            ),
            (
                "th",
                SplitOptions::default(),
                "ผมกินข้าวแล้วครับ วันนี้\nอากาศดีมาก ส่วนพรุ่งนี้ฝนตก",
            ),
            // A spaced ellipsis at the end of a line stays with its sentence in both (review finding).
            (
                "en",
                SplitOptions::default(),
                "It means bad luck. . . .\nThe men laughed.\n",
            ),
            ("en", hw, "It means bad luck. . . .\n\nThe men laughed.\n"),
            (
                "zh-Hans",
                SplitOptions::default(),
                "他点了点头。“好吧，”他说。\n论坛开幕。《人民日报》报道。",
            ),
        ] {
            let s = SentenceSplitter::new(lang, opts).unwrap();
            assert_eq!(streamed(&s, text), s.spans(text), "{text:?}");
        }
        let s = SentenceSplitter::new("zh-Hans", SplitOptions::default()).unwrap();
        let got: Vec<_> = streamed(&s, "「他说：\n我们走吧。你呢？」好。\n");
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn bad_input_has_correct_answers() {
        for lang in LANGS {
            assert!(split_sentences("", lang).unwrap().is_empty());
            assert!(split_sentences(" \n\t\u{3000} ", lang).unwrap().is_empty());
            let t = "no punctuation at all";
            assert_eq!(split_sentences(t, lang).unwrap()[0].text, t);
        }
        let mixed = "广西 Guangxi 与 ASEAN ຮ່ວມມື ก็ดี 合作。Next one.";
        let s = split_sentences(mixed, "auto").unwrap();
        assert_eq!(s.len(), 2);
        assert!(matches!(
            split_sentences("x", "xx-Nope"),
            Err(crate::Error::UnknownLanguage { .. })
        ));
        // A long line without punctuation: one sentence, found in linear time (see benches for timing).
        let long = "word ".repeat(20_000);
        assert_eq!(split_sentences(&long, "en").unwrap().len(), 1);
        let newlines = format!("a{}b", "\n".repeat(200_000));
        assert_eq!(split_sentences(&newlines, "en").unwrap().len(), 2);
        let long_th = "คำ ".repeat(20_000);
        assert!(!split_sentences(&long_th, "th").unwrap().is_empty());
    }

    #[test]
    fn options() {
        let text = "Semicolons here； and there. Done";
        let on = SentenceSplitter::new(
            "zh-Hans",
            SplitOptions {
                semicolons: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(on.split(text).len(), 3);
        assert_eq!(split_sentences(text, "zh-Hans").unwrap().len(), 2);
        let wrapped = "A sentence that is\nwrapped. And\nanother.";
        assert_eq!(split_sentences(wrapped, "en").unwrap().len(), 4);
        let hw = SentenceSplitter::new(
            "en",
            SplitOptions {
                hard_wrap: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(hw.split(wrapped).len(), 2);
        assert_eq!(hw.lang(), Lang::Tag(crate::LanguageTag::EN));
        assert!(hw.options().hard_wrap);
    }

    #[test]
    fn batch_matches_single() {
        let texts = ["Hi. Bye.", "中文。好！", ""];
        let b = split_sentences_batch(&texts, "auto").unwrap();
        for (t, got) in texts.iter().zip(b) {
            assert_eq!(got, split_sentences(t, "auto").unwrap());
        }
    }
}
