//! Forward maximum matching with OpenCC's rules, over one compiled dictionary.
//!
//! At each position the longest dictionary key starting there is taken; where none starts, one character is
//! passed over, or a whole ideographic description sequence (IDS, e.g. `⿰氵青`) when one starts there, so
//! the components of a described character are never converted on their own.
//!
//! Phrases (multi-character keys) are looked up only where the first two characters are those of some phrase
//! (a 32-bit filter of second characters per first character, then a filter of pairs); the lookup
//! then compares the phrases with those two first characters, longest first. Single characters are a table
//! lookup.

use super::tables::{Dict, Entry, second_bit};

/// Receives the result of a scan, left to right.
pub(crate) trait Handler {
    /// An unmatched stretch (never empty; consecutive unmatched text arrives as one stretch).
    fn gap(&mut self, text: &str);
    /// A dictionary match: the key as found in the text, and its value.
    fn matched(&mut self, key: &str, value: &str);
    /// A dictionary match whose value is the single character `value`.
    #[inline]
    fn matched_char(&mut self, key: &str, value: char) {
        self.matched(key, value.encode_utf8(&mut [0; 4]));
    }
}

/// Decodes the character starting at byte `i` of valid UTF-8: (code point, length).
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let x = b[i] as u32;
    if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if x < 0xF0 {
        (
            ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((x & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    }
}

/// Scans `text` (one segment) with `dict`, reporting gaps and matches to `h`. With `chars_only`, the
/// multi-character keys are ignored (the caller knows none can start in `text`).
///
/// O(n · k) in the length of `text` and the longest key (k ≤ 16 characters), O(n) in practice: a phrase lookup
/// runs only where a phrase's first two characters occur.
pub(crate) fn scan<H: Handler>(dict: &Dict, text: &str, h: &mut H, chars_only: bool) {
    drive(text, h, |pos, c, clen| {
        scan_step(dict, text, pos, c, clen, chars_only)
    });
}

/// What [`scan`] does at byte `pos` of `text`, where character `c` (`clen` bytes) starts.
#[inline(always)]
fn scan_step(dict: &Dict, text: &str, pos: usize, c: u32, clen: usize, chars_only: bool) -> Step {
    let b = text.as_bytes();
    let e = dict.entry(c);
    if !chars_only && let Some((klen, value)) = phrase_at(dict, c, e.seconds(), &b[pos..], clen) {
        return Step::Match(klen, value);
    }
    if let Some(step) = char_step(dict, c, e, clen) {
        return step;
    }
    if ids_arity(c) > 0
        && let Some(l) = ids_len(&text[pos..])
    {
        // The whole IDS is passed over unconverted.
        return Step::Skip(l);
    }
    Step::Skip(clen)
}

/// [`scan`] writing the output straight to `out`.
///
/// The hot path of conversion: per character one load of its [`Entry`], a test of its second-character
/// filter (then of the pair filter), and one push of the character it becomes; only where the filters pass is
/// the phrase table read, and a longer value or an IDS operator goes to [`scan_step`]. Same complexity as
/// [`scan`].
pub(crate) fn scan_plain(dict: &Dict, text: &str, out: &mut String, chars_only: bool) {
    let phrases = if chars_only { 0 } else { u32::MAX };
    let b = text.as_bytes();
    let entries = dict.entries();
    walk_plain(text, out, |pos, c, clen, next| {
        let e = entries.get(c);
        let may_phrase =
            (e.seconds() & phrases & second_bit(next) != 0) && dict.may_start_phrase(c, next);
        if may_phrase
            && let Some((klen, value)) = phrase_after_filters(dict, c, next, &b[pos..], clen)
        {
            return Step::Match(klen, value);
        }
        match char::from_u32(e.out()) {
            Some(ch) => Step::Char(clen, ch),
            // A longer value or an IDS operator (no phrase starts here: it was just looked up).
            None => scan_step(dict, text, pos, c, clen, true),
        }
    });
}

/// Walks `text` like [`drive`], writing to `out`; `step` also receives the next character (0 at the end).
#[inline(always)]
fn walk_plain(text: &str, out: &mut String, mut step: impl FnMut(usize, u32, usize, u32) -> Step) {
    let b = text.as_bytes();
    if b.is_empty() {
        return;
    }
    let mut pos = 0;
    let mut cur = decode(b, 0);
    while pos < b.len() {
        let (c, clen) = cur;
        let after = pos + clen;
        let next = if after < b.len() {
            decode(b, after)
        } else {
            (0, 0)
        };
        match step(pos, c, clen, next.0) {
            Step::Char(_, ch) => {
                out.push(ch);
                pos = after;
                cur = next;
                continue;
            }
            Step::Match(klen, value) => {
                out.push_str(value);
                pos += klen;
            }
            Step::Skip(n) => {
                out.push_str(&text[pos..pos + n]);
                pos += n;
            }
        }
        if pos < b.len() {
            cur = decode(b, pos);
        }
    }
}

/// The step for the single-character key of `c` (`clen` bytes) described by `e`, if there is one.
#[inline(always)]
fn char_step(dict: &Dict, c: u32, e: Entry, clen: usize) -> Option<Step> {
    if !e.has_key() {
        return None;
    }
    match char::from_u32(e.out()) {
        Some(ch) => Some(Step::Char(clen, ch)),
        // COMPLEX: a longer value, or an IDS operator with a key.
        None => dict
            .char_value(dict.char_info(c))
            .map(|value| Step::Match(clen, value)),
    }
}

/// What to do at one position: replace `len` bytes by a value (a string or a single character), or pass `len`
/// bytes over unconverted.
enum Step {
    Match(usize, &'static str),
    Char(usize, char),
    Skip(usize),
}

/// Walks `text` left to right, asking `step` (position, character, its length) what to do at each position,
/// and reports matches and the unmatched stretches between them to `h`.
#[inline(always)]
fn drive<H: Handler>(text: &str, h: &mut H, mut step: impl FnMut(usize, u32, usize) -> Step) {
    let b = text.as_bytes();
    let mut run_start = 0;
    let mut pos = 0;
    while pos < b.len() {
        let (c, clen) = decode(b, pos);
        let step = step(pos, c, clen);
        let klen = match step {
            Step::Skip(n) => {
                pos += n;
                continue;
            }
            Step::Char(klen, _) | Step::Match(klen, _) => klen,
        };
        if pos > run_start {
            h.gap(&text[run_start..pos]);
        }
        let (key, e) = (&text[pos..pos + klen], pos + klen);
        match step {
            Step::Char(_, ch) => h.matched_char(key, ch),
            Step::Match(_, value) => h.matched(key, value),
            Step::Skip(_) => {}
        }
        pos = e;
        run_start = e;
    }
    if run_start < b.len() {
        h.gap(&text[run_start..]);
    }
}

/// The longest phrase of `dict` that `b` starts with, given its first character `c` (`clen` bytes) and the
/// second-character filter of `c`: (key length, value).
#[inline(always)]
fn phrase_at(
    dict: &Dict,
    c: u32,
    seconds: u32,
    b: &[u8],
    clen: usize,
) -> Option<(usize, &'static str)> {
    if seconds == 0 || clen >= b.len() {
        return None;
    }
    let c2 = decode(b, clen).0;
    if seconds & second_bit(c2) == 0 || !dict.may_start_phrase(c, c2) {
        return None;
    }
    phrase_after_filters(dict, c, c2, b, clen)
}

/// [`phrase_at`] once the second-character and pair filters have passed for `c` then `c2`.
#[inline(always)]
fn phrase_after_filters(
    dict: &Dict,
    c: u32,
    c2: u32,
    b: &[u8],
    clen: usize,
) -> Option<(usize, &'static str)> {
    if clen >= b.len() {
        return None;
    }
    let c2len = utf8_len(b[clen]);
    let c3 = if clen + c2len < b.len() {
        decode(b, clen + c2len).0
    } else {
        0
    };
    if !dict.may_start_phrase3(c, c2, c3) {
        return None;
    }
    dict.longest_phrase(c, c2, b)
}

/// Length of the UTF-8 sequence that lead byte `x` starts.
#[inline(always)]
fn utf8_len(x: u8) -> usize {
    match x {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// Whether segmentation with `seg` matches at the start of `b` (a phrase or a single-character key).
fn seg_matches_at(seg: &Dict, b: &[u8]) -> bool {
    let (c, clen) = decode(b, 0);
    let e = seg.entry(c);
    e.has_key() || phrase_at(seg, c, e.seconds(), b, clen).is_some()
}

/// Segmentation and a precomposed gap dictionary in one pass, for text without IDS operators (checked by the
/// caller). Equivalent to [`scan`] with `seg` whose unmatched stretches are scanned with `gap`: a position
/// where `seg` matches is a segment of its own; elsewhere `gap` applies, and a `gap` phrase is cut short
/// before the first position inside it where `seg` matches (where the unmatched stretch would end).
///
/// O(n) in practice, like [`scan`].
pub(crate) fn scan_segmented<H: Handler>(seg: &Dict, gap: &Dict, text: &str, h: &mut H) {
    drive(text, h, |pos, c, clen| {
        segmented_step(seg, gap, text, pos, c, clen)
    });
}

/// [`scan_segmented`] writing the output straight to `out` (the hot path, as [`scan_plain`]).
pub(crate) fn scan_segmented_plain(seg: &Dict, gap: &Dict, text: &str, out: &mut String) {
    let (seg_entries, gap_entries) = (seg.entries(), gap.entries());
    walk_plain(text, out, |pos, c, clen, next| {
        let (seg_e, e) = (seg_entries.get(c), gap_entries.get(c));
        let bit = second_bit(next);
        let may_phrase = ((seg_e.seconds() & bit != 0) & seg.may_start_phrase(c, next))
            | ((e.seconds() & bit != 0) & gap.may_start_phrase(c, next));
        match char::from_u32(e.out()) {
            Some(ch) if !may_phrase && !seg_e.has_key() => Step::Char(clen, ch),
            _ => segmented_step(seg, gap, text, pos, c, clen),
        }
    });
}

/// What [`scan_segmented`] does at byte `pos` of `text`, where character `c` (`clen` bytes) starts.
#[inline(always)]
fn segmented_step(seg: &Dict, gap: &Dict, text: &str, pos: usize, c: u32, clen: usize) -> Step {
    let b = text.as_bytes();
    let seg_e = seg.entry(c);
    if let Some((klen, value)) = phrase_at(seg, c, seg_e.seconds(), &b[pos..], clen) {
        return Step::Match(klen, value);
    }
    if let Some(step) = char_step(seg, c, seg_e, clen) {
        return step;
    }
    let e = gap.entry(c);
    let phrase = phrase_at(gap, c, e.seconds(), &b[pos..], clen).and_then(|(klen, value)| {
        // The unmatched stretch ends where segmentation next matches.
        let mut q = pos + clen;
        while q < pos + klen {
            if seg_matches_at(seg, &b[q..]) {
                let cut = &b[pos..q];
                return (q - pos > clen)
                    .then(|| gap.longest_phrase(c, decode(cut, clen).0, cut))
                    .flatten();
            }
            q += decode(b, q).1;
        }
        Some((klen, value))
    });
    if let Some((klen, value)) = phrase {
        return Step::Match(klen, value);
    }
    char_step(gap, c, e, clen).unwrap_or(Step::Skip(clen))
}

/// Arity of an ideographic description operator, 0 for any other character.
fn ids_arity(c: u32) -> usize {
    match c {
        0x2FF2 | 0x2FF3 => 3,
        0x2FFE | 0x2FFF => 1,
        0x2FF0..=0x2FFD => 2,
        _ => 0,
    }
}

/// Byte length of the complete IDS starting `text`, or `None` when `text` does not start with an IDS
/// operator or the sequence is incomplete or too deep (OpenCC's limits: depth 16, 64 code points).
pub(crate) fn ids_len(text: &str) -> Option<usize> {
    ids_status(text).ok()
}

/// Why no complete IDS starts a text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum NotIds {
    /// It does not start with an IDS operator, or the sequence breaks OpenCC's limits: so whatever follows.
    Invalid,
    /// The text ends before the sequence is complete: more text could complete it.
    Truncated,
}

/// Byte length of the complete IDS starting `text`, or why there is none. Reads at most 64 code points.
pub(crate) fn ids_status(text: &str) -> Result<usize, NotIds> {
    let first = text.chars().next().ok_or(NotIds::Truncated)?;
    if ids_arity(first as u32) == 0 {
        return Err(NotIds::Invalid);
    }
    let mut code_points = 0;
    ids_consume(text, 16, &mut code_points)
}

fn ids_consume(text: &str, depth_left: usize, code_points: &mut usize) -> Result<usize, NotIds> {
    const MAX_CODE_POINTS: usize = 64;
    if depth_left == 0 || *code_points >= MAX_CODE_POINTS {
        return Err(NotIds::Invalid);
    }
    let c = text.chars().next().ok_or(NotIds::Truncated)?;
    *code_points += 1;
    let mut offset = c.len_utf8();
    for _ in 0..ids_arity(c as u32) {
        if offset >= text.len() {
            return Err(NotIds::Truncated);
        }
        offset += ids_consume(&text[offset..], depth_left - 1, code_points)?;
    }
    Ok(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_lengths() {
        assert_eq!(ids_len("⿰氵青x"), Some("⿰氵青".len()));
        assert_eq!(ids_len("⿲木木木"), Some("⿲木木木".len()));
        assert_eq!(ids_len("⿱⿰木木火!"), Some("⿱⿰木木火".len()));
        assert_eq!(ids_len("⿰氵"), None, "incomplete");
        assert_eq!(ids_len("氵青"), None, "no operator");
        assert_eq!(ids_len(""), None);
        let deep = "⿰".repeat(20) + &"木".repeat(21);
        assert_eq!(ids_len(&deep), None, "deeper than 16");
        assert_eq!(ids_status("⿰氵"), Err(NotIds::Truncated));
        assert_eq!(ids_status(&deep), Err(NotIds::Invalid));
        assert_eq!(ids_status("氵"), Err(NotIds::Invalid));
    }

    #[test]
    fn ids_is_passed_over_and_can_swallow_a_phrase_start() {
        use crate::convert::{Config, Converter};
        // 干 alone converts (s2t: 幹), but not as a component inside an IDS.
        let c = Converter::new(Config::S2t);
        assert_eq!(c.convert("⿰氵干 干"), "⿰氵干 幹");
        // 头发 is a phrase (頭髮); its start inside a complete IDS is swallowed.
        assert_eq!(c.convert("⿰氵头发"), "⿰氵头發");
        // An incomplete IDS is an ordinary character.
        assert_eq!(c.convert("⿰"), "⿰");
    }
}
