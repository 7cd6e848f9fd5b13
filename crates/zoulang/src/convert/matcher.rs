//! Forward maximum matching with OpenCC's rules, over one compiled dictionary.
//!
//! At each position the longest dictionary key starting there is taken; where none starts, one character is
//! passed over, or a whole ideographic description sequence (IDS, e.g. `⿰氵青`) when one starts there, so
//! the components of a described character are never converted on their own. A leftmost-longest automaton
//! finds exactly these matches; an IDS in the unmatched stretch before a match can swallow that match, in
//! which case the search restarts after the IDS.

use super::tables::Dict;

/// Receives the result of a scan, left to right.
pub(crate) trait Handler {
    /// An unmatched stretch (never empty; consecutive unmatched text arrives as one stretch).
    fn gap(&mut self, text: &str);
    /// A dictionary match: the key as found in the text, and its value.
    fn matched(&mut self, key: &str, value: &'static str);
}

/// Scans `text` (one segment) with `dict`, reporting gaps and matches to `h`.
///
/// O(n) in the length of `text` (plus rescans of stretches before an IDS that swallows a match).
pub(crate) fn scan<H: Handler>(dict: &Dict, text: &str, h: &mut H) {
    let Some(pma) = &dict.pma else {
        if !text.is_empty() {
            h.gap(text);
        }
        return;
    };
    let mut gap_start = 0;
    let mut search = 0;
    'restart: loop {
        for m in pma.leftmost_find_iter(&text[search..]) {
            let (s, e) = (search + m.start(), search + m.end());
            if let Some(ids_end) = ids_swallowing(text, gap_start, s) {
                // The IDS joins the unmatched stretch; look for the next match after it.
                search = ids_end;
                continue 'restart;
            }
            if s > gap_start {
                h.gap(&text[gap_start..s]);
            }
            h.matched(&text[s..e], dict.value(m.value()));
            gap_start = e;
        }
        break;
    }
    if gap_start < text.len() {
        h.gap(&text[gap_start..]);
    }
}

/// In the unmatched stretch `text[from..until]`, the end of the first complete IDS that runs past `until`
/// (IDSs wholly inside the stretch are stepped over, as OpenCC does).
fn ids_swallowing(text: &str, from: usize, until: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Every IDS operator (U+2FF0..=U+2FFF) is encoded E2 BF B0..=BF.
    if !bytes[from..until].contains(&0xE2) {
        return None;
    }
    let mut i = from;
    while i < until {
        let k = bytes[i..until].iter().position(|&b| b == 0xE2)?;
        i += k;
        if let Some(len) = ids_len(&text[i..]) {
            if i + len > until {
                return Some(i + len);
            }
            i += len;
        } else {
            i += 3; // 0xE2 leads a three-byte character
        }
    }
    None
}

/// Arity of an ideographic description operator, 0 for any other character.
fn ids_arity(c: char) -> usize {
    match c as u32 {
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
    if ids_arity(first) == 0 {
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
    for _ in 0..ids_arity(c) {
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
    fn swallowing_finds_ids_crossing_the_stretch_end() {
        let t = "a⿰氵青b";
        let s = t.find('青').unwrap();
        assert_eq!(ids_swallowing(t, 0, s), Some(t.find('b').unwrap()));
        assert_eq!(ids_swallowing(t, 0, t.find('b').unwrap()), None);
    }
}
