//! [`ConvertStream`]: conversion of text that arrives in pieces, in bounded memory, with the same output as
//! converting the whole text at once.
//!
//! Why a cut is safe: no dictionary key or value holds a line break or an ideographic description operator
//! (U+2FF0..=U+2FFF; checked at build time), so no match runs across either. What can run across them is an
//! ideographic description sequence (IDS), which the converter passes over whole: `⿰` at a line end takes
//! the line break and the next line's first character as its operands. So, scanning from a point the
//! converter reaches, the converter also reaches every IDS operator that no earlier complete IDS covers (a
//! safe cut just before it), and every line break outside such an IDS (a safe cut just after it). The only
//! thing that must wait for more text is an IDS that the text so far leaves incomplete, and that is at most
//! 64 code points (OpenCC's limit on one IDS).
//!
//! One more case for configurations with several dictionary stages (s2tw, tw2sp, s2hkp, …): an operator that
//! is no IDS in the input (over OpenCC's limits) can become one in a later stage, whose text is the earlier
//! stage's output, where phrases may have changed length. Such an IDS spans at most 64 code points of that
//! stage's text, which a stage can only have shrunk from a bounded stretch of the input; so after such an
//! operator no cut is made for [`HOLD_AFTER_INVALID`] bytes (found by review: `tw2sp` on `⿳⿱\n⿱方便麪⿲泡麵⿳…`).

use super::converter::Converter;
use super::matcher::{NotIds, ids_status};

/// Converts text that arrives in pieces (the lines of a large file, reads from a socket), holding back only
/// what later text may still change; the concatenated output equals [`Converter::convert`] of the whole text.
///
/// Memory: after a piece that ends with a line break, at most 64 code points (256 bytes) are held back (an
/// IDS operator near the line end, waiting for operands that may come next); in general, the text since the
/// last line break or IDS operator. In multi-stage configurations, an operator that is no IDS (over
/// OpenCC's limits) also holds back the next [`HOLD_AFTER_INVALID`] bytes (64 KiB), so a text dense with such
/// operators is held until a stretch of 64 KiB without one.
///
/// ```
/// use zoulang::convert::{Config, Converter};
/// let mut s = Converter::new(Config::S2t).stream();
/// let mut out = s.push("头发\n这是⿰");
/// assert_eq!(out, "頭髮\n這是");
/// assert_eq!(s.held(), "⿰"); // the IDS may take the next characters as operands
/// out += &s.push("\n发\n");
/// out += &s.finish();
/// assert_eq!(out, Converter::new(Config::S2t).convert("头发\n这是⿰\n发\n"));
/// ```
#[derive(Debug, Clone)]
pub struct ConvertStream {
    converter: Converter,
    pending: String,
    /// Where to resume looking for cuts in `pending`: everything before it is settled.
    scanned: usize,
    /// Byte offset in `pending` of the last operator that is no IDS here but may become one in a later
    /// stage (multi-stage configurations only): no cut within [`HOLD_AFTER_INVALID`] bytes after it.
    last_invalid: Option<usize>,
}

/// Bytes after an operator that is no IDS in which a multi-stage conversion makes no cut: 64 code points of
/// IDS in a stage's text, each from at most 16 code points of the stage before (the longest dictionary key),
/// over up to three stages, at 4 bytes a code point — generous, and still only 64 KiB.
///
/// ```
/// assert_eq!(zoulang::convert::HOLD_AFTER_INVALID, 64 * 1024);
/// ```
pub const HOLD_AFTER_INVALID: usize = 64 * 16 * 16 * 4;

impl ConvertStream {
    pub(crate) fn new(converter: Converter) -> ConvertStream {
        ConvertStream {
            converter,
            pending: String::new(),
            scanned: 0,
            last_invalid: None,
        }
    }

    /// Appends `text` and returns the output that is now final (possibly empty).
    ///
    /// O(n) in the length of `text` plus the text held back (each IDS operator reads at most 64 code points
    /// ahead).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let mut s = Converter::new(Config::T2s).stream();
    /// assert_eq!(s.push("漢字\n轉"), "汉字\n");
    /// assert_eq!(s.finish(), "转");
    /// ```
    pub fn push(&mut self, text: &str) -> String {
        let guard = self.converter.stages() > 1;
        if self.pending.is_empty() {
            // Nothing held: convert straight from `text` and keep only its unsettled end (no copy of a line).
            let (cut, scanned) = find_cut(text, 0, guard, &mut self.last_invalid);
            self.pending.push_str(&text[cut..]);
            self.scanned = scanned - cut;
            self.last_invalid = self.last_invalid.and_then(|p| p.checked_sub(cut));
            return if cut == 0 {
                String::new()
            } else {
                self.converter.convert(&text[..cut])
            };
        }
        self.pending.push_str(text);
        let (cut, scanned) = find_cut(&self.pending, self.scanned, guard, &mut self.last_invalid);
        self.scanned = scanned - cut;
        self.last_invalid = self.last_invalid.and_then(|p| p.checked_sub(cut));
        if cut == 0 {
            return String::new();
        }
        let out = self.converter.convert(&self.pending[..cut]);
        self.pending.drain(..cut);
        out
    }

    /// Converts and returns what is held back (the end of the text).
    ///
    /// O(n) in the length of the text held back.
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let mut s = Converter::new(Config::S2t).stream();
    /// assert_eq!(s.push("干"), "");
    /// assert_eq!(s.finish(), "幹");
    /// ```
    pub fn finish(self) -> String {
        self.converter.convert(&self.pending)
    }

    /// The text held back, not yet converted.
    ///
    /// O(1).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let mut s = Converter::new(Config::S2t).stream();
    /// s.push("汉字\n这");
    /// assert_eq!(s.held(), "这");
    /// ```
    pub fn held(&self) -> &str {
        &self.pending
    }
}

/// The last safe cut in `text` (0 if none), looking from `scanned` (everything before it is settled), and
/// where to look from next time. With `guard` (a multi-stage configuration), `last_invalid` tracks the last
/// operator that is no IDS here, and no cut is made within [`HOLD_AFTER_INVALID`] bytes after it.
fn find_cut(
    text: &str,
    scanned: usize,
    guard: bool,
    last_invalid: &mut Option<usize>,
) -> (usize, usize) {
    let b = text.as_bytes();
    let mut cut = 0;
    let mut i = scanned;
    let mut waiting = false;
    let allowed = |c: usize, last: Option<usize>| last.is_none_or(|p| c >= p + HOLD_AFTER_INVALID);
    while let Some(off) = b[i..].iter().position(|&x| x == b'\n' || x == 0xE2) {
        let j = i + off;
        if b[j] == b'\n' {
            if allowed(j + 1, *last_invalid) {
                cut = j + 1;
            }
            i = j + 1;
            continue;
        }
        // E2: an IDS operator (E2 BF B0..=BF) is a cut before it; its sequence is passed over whole.
        if !(b.get(j + 1) == Some(&0xBF) && b.get(j + 2).is_some_and(|&x| x >= 0xB0)) {
            i = j + 1;
            continue;
        }
        if allowed(j, *last_invalid) {
            cut = j;
        }
        match ids_status(&text[j..]) {
            Ok(len) => i = j + len,
            Err(NotIds::Invalid) => {
                if guard {
                    *last_invalid = Some(j);
                }
                i = j + 3
            }
            Err(NotIds::Truncated) => {
                // Settled up to the operator; look again when more text has come.
                (i, waiting) = (j, true);
                break;
            }
        }
    }
    // Without an operator waiting, the text after the last stop holds no line break or operator. A candidate
    // the guard refused stays refused (the operator before it does not move), so nothing needs a rescan.
    (cut, if waiting { i } else { b.len() })
}
