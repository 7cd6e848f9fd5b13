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

use super::tables::{CharInfo, Dict, second_bit};

/// Receives the result of a scan, left to right.
pub(crate) trait Handler {
    /// An unmatched stretch (never empty; consecutive unmatched text arrives as one stretch).
    fn gap(&mut self, text: &str);
    /// A dictionary match: the key as found in the text, and its value.
    fn matched(&mut self, key: &str, value: &'static str);
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
    drive(text, h, |text, pos, c, clen| {
        let b = text.as_bytes();
        let info = dict.char_info(c);
        if !chars_only && let Some((klen, value)) = phrase_at(dict, c, info, &b[pos..], clen) {
            return Step::Match(klen, value);
        }
        if let Some(value) = dict.char_value(info) {
            return Step::Match(clen, value);
        }
        if ids_arity(c) > 0
            && let Some(l) = ids_len(&text[pos..])
        {
            // The whole IDS is passed over unconverted.
            return Step::Skip(l);
        }
        Step::Skip(clen)
    });
}

/// What to do at one position: replace `len` bytes by a value, or pass `len` bytes over unconverted.
enum Step {
    Match(usize, &'static str),
    Skip(usize),
}

/// Walks `text` left to right, asking `step` (text, position, character, its length) what to do at each
/// position, and reports matches and the unmatched stretches between them to `h`.
#[inline(always)]
fn drive<H: Handler>(text: &str, h: &mut H, mut step: impl FnMut(&str, usize, u32, usize) -> Step) {
    let b = text.as_bytes();
    let mut run_start = 0;
    let mut pos = 0;
    while pos < b.len() {
        let (c, clen) = decode(b, pos);
        match step(text, pos, c, clen) {
            Step::Match(klen, value) => {
                if pos > run_start {
                    h.gap(&text[run_start..pos]);
                }
                let e = pos + klen;
                h.matched(&text[pos..e], value);
                pos = e;
                run_start = e;
            }
            Step::Skip(n) => pos += n,
        }
    }
    if run_start < b.len() {
        h.gap(&text[run_start..]);
    }
}

/// The longest phrase of `dict` that `b` starts with, given its first character `c` (`clen` bytes) and what
/// the dictionary holds for it: (key length, value).
#[inline(always)]
fn phrase_at(
    dict: &Dict,
    c: u32,
    info: CharInfo,
    b: &[u8],
    clen: usize,
) -> Option<(usize, &'static str)> {
    if info.seconds == 0 || clen >= b.len() {
        return None;
    }
    let c2 = decode(b, clen).0;
    if info.seconds & second_bit(c2) == 0 || !dict.may_start_phrase(c, c2) {
        return None;
    }
    dict.longest_phrase(c, c2, b)
}

/// Whether segmentation with `seg` matches at the start of `b` (a phrase or a single-character key).
fn seg_matches_at(seg: &Dict, b: &[u8]) -> bool {
    let (c, clen) = decode(b, 0);
    let info = seg.char_info(c);
    seg.char_value(info).is_some() || phrase_at(seg, c, info, b, clen).is_some()
}

/// Segmentation and a precomposed gap dictionary in one pass, for text without IDS operators (checked by the
/// caller). Equivalent to [`scan`] with `seg` whose unmatched stretches are scanned with `gap`: a position
/// where `seg` matches is a segment of its own; elsewhere `gap` applies, and a `gap` phrase is cut short
/// before the first position inside it where `seg` matches (where the unmatched stretch would end).
///
/// O(n) in practice, like [`scan`].
pub(crate) fn scan_segmented<H: Handler>(seg: &Dict, gap: &Dict, text: &str, h: &mut H) {
    drive(text, h, |text, pos, c, clen| {
        let b = text.as_bytes();
        let seg_info = seg.char_info(c);
        let matched = phrase_at(seg, c, seg_info, &b[pos..], clen)
            .or_else(|| seg.char_value(seg_info).map(|v| (clen, v)))
            .or_else(|| {
                let info = gap.char_info(c);
                phrase_at(gap, c, info, &b[pos..], clen)
                    .and_then(|(klen, value)| {
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
                    })
                    .or_else(|| gap.char_value(info).map(|v| (clen, v)))
            });
        match matched {
            Some((klen, value)) => Step::Match(klen, value),
            None => Step::Skip(clen),
        }
    });
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
    let first = text.chars().next()?;
    if ids_arity(first as u32) == 0 {
        return None;
    }
    let mut code_points = 0;
    ids_consume(text, 16, &mut code_points)
}

fn ids_consume(text: &str, depth_left: usize, code_points: &mut usize) -> Option<usize> {
    const MAX_CODE_POINTS: usize = 64;
    if depth_left == 0 || *code_points >= MAX_CODE_POINTS {
        return None;
    }
    let c = text.chars().next()?;
    *code_points += 1;
    let mut offset = c.len_utf8();
    for _ in 0..ids_arity(c as u32) {
        if offset >= text.len() {
            return None;
        }
        offset += ids_consume(&text[offset..], depth_left - 1, code_points)?;
    }
    Some(offset)
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
