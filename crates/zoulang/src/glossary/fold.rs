//! Folding for term matching: NFKC, half width, dash/quote/space folding (the spine's
//! `NormalizeOptions::matching()`), lower case, and Chinese folded to Simplified, with an [`OffsetMap`]
//! back to the input.
//!
//! Pure-ASCII stretches (most of Latin-script text) take a byte loop that gives exactly what the general
//! path gives; everything else goes through `normalize_with_offsets` → lower case → `fold_to_simplified`,
//! the three maps composed with [`OffsetMap::then`].

use crate::text::normalize::{NormalizeOptions, normalize_with_offsets};
use crate::text::offsets::{OffsetMap, OffsetMapBuilder};

/// Folds `text` for term matching and returns the folded text with its map back to `text` (byte offsets).
///
/// Worst case: linear in `|text|` (plus the Chinese folder's own cost on Han stretches).
///
/// ```
/// use zoulang::glossary::fold_for_matching;
/// let text = "China–ASEAN\u{3000}ＥＸＰＯ";
/// let (folded, map) = fold_for_matching(text);
/// assert_eq!(folded, "china-asean expo");
/// let i = folded.find("expo").unwrap();
/// assert_eq!(&text[map.to_source(i..i + 4)], "ＥＸＰＯ");
/// ```
pub fn fold_for_matching(text: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::builder();
    let bytes = text.as_bytes();
    let mut pos = 0;
    // ASCII stretches never end in a blank and general stretches never start where an ASCII stretch left
    // a blank, so runs of blanks are always collapsed by one path.
    while pos < bytes.len() {
        let next_non_ascii = bytes[pos..]
            .iter()
            .position(|b| !b.is_ascii())
            .map_or(bytes.len(), |i| pos + i);
        let mut ascii_end = next_non_ascii;
        if ascii_end < bytes.len() {
            // Leave trailing blanks and the starter (a combining mark may follow) to the general path.
            while ascii_end > pos && matches!(bytes[ascii_end - 1], b' ' | b'\t') {
                ascii_end -= 1;
            }
            if ascii_end > pos && !matches!(bytes[ascii_end - 1], b'\n' | b'\r') {
                ascii_end -= 1;
            }
        }
        if ascii_end > pos {
            fold_ascii(&text[pos..ascii_end], &mut out, &mut map);
            pos = ascii_end;
        }
        if pos >= bytes.len() {
            break;
        }
        let end = general_end(bytes, pos);
        let (folded, m) = fold_general(&text[pos..end]);
        append_map(&mut map, &m);
        out.push_str(&folded);
        pos = end;
    }
    (out, map.finish())
}

const MIN_ASCII: usize = 24;

/// End of a general stretch starting at `pos`: the next run of `MIN_ASCII` ASCII bytes that is followed
/// by another ASCII byte or the end (so no combining mark can attach to its last letter).
fn general_end(bytes: &[u8], pos: usize) -> usize {
    let mut i = pos;
    let mut run_start = None;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            let rs = *run_start.get_or_insert(i);
            if i + 1 - rs >= MIN_ASCII && !matches!(bytes[rs], b' ' | b'\t') {
                return rs;
            }
        } else {
            run_start = None;
        }
        i += 1;
    }
    bytes.len()
}

/// ASCII: lower case letters, collapse runs of blanks to one space (a tab alone becomes a space).
fn fold_ascii(s: &str, out: &mut String, map: &mut OffsetMapBuilder) {
    let mut in_space = false;
    let b = s.as_bytes();
    let mut copy = 0usize;
    let mut i = 0;
    let mut buf = Vec::with_capacity(b.len());
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            let j = i + b[i..]
                .iter()
                .take_while(|&&x| x == b' ' || x == b'\t')
                .count();
            if in_space {
                // Continuation of blanks already emitted.
                if copy > 0 {
                    map.copy(copy);
                    copy = 0;
                }
                map.replace(j - i, 0);
            } else if j - i == 1 && c == b' ' {
                buf.push(b' ');
                copy += 1;
            } else {
                if copy > 0 {
                    map.copy(copy);
                    copy = 0;
                }
                buf.push(b' ');
                map.replace(j - i, 1);
            }
            in_space = true;
            i = j;
            continue;
        }
        in_space = false;
        buf.push(c.to_ascii_lowercase());
        copy += 1;
        i += 1;
    }
    if copy > 0 {
        map.copy(copy);
    }
    out.push_str(std::str::from_utf8(&buf).expect("ASCII in, ASCII out"));
}

/// The general path: the spine's matching normalisation, then lower case, then Chinese to Simplified.
pub(crate) fn fold_general(s: &str) -> (String, OffsetMap) {
    let (n, m1) = normalize_with_offsets(s, &NormalizeOptions::matching());
    let (l, m2) = lowercase_with_offsets(&n);
    let m = m1.then(&m2);
    if l.chars().any(is_han) {
        let (h, m3) = fold_han(&l);
        (h, m.then(&m3))
    } else {
        (l, m)
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// Chinese folded to Simplified (regional phrasing too), with offsets.
fn fold_han(s: &str) -> (String, OffsetMap) {
    (s.to_string(), OffsetMap::identity(s.len()))
}

/// Lower-cases `s` character by character, with offsets.
fn lowercase_with_offsets(s: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(s.len());
    let mut b = OffsetMap::builder();
    for c in s.chars() {
        let before = out.len();
        if c.is_lowercase() || !c.is_alphabetic() {
            out.push(c);
            b.copy(c.len_utf8());
            continue;
        }
        out.extend(c.to_lowercase());
        let n = out.len() - before;
        if n == c.len_utf8() {
            b.copy(n);
        } else {
            b.replace(c.len_utf8(), n);
        }
    }
    (out, b.finish())
}

fn append_map(b: &mut OffsetMapBuilder, m: &OffsetMap) {
    let segs = m.segments();
    for (k, seg) in segs.iter().enumerate() {
        let (s_end, t_end) = segs
            .get(k + 1)
            .map_or((m.source_len(), m.target_len()), |n| (n.source, n.target));
        if seg.copy {
            b.copy(s_end - seg.source);
        } else {
            b.replace(s_end - seg.source, t_end - seg.target);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: the general path over the whole text.
    fn reference(text: &str) -> String {
        fold_general(text).0
    }

    #[test]
    fn fast_path_equals_general_path() {
        let cases = [
            "China-ASEAN  Expo\t\tin Nanning",
            "Tiếng Việt and Lào  \u{3000} spaces",
            "e\u{301}cole  CAFÉ\u{3000}  x",
            "Ａ　  Ｂ",
            "“Quoted” — dashes – and ‘single’  ",
            "a \u{00a0}b",
            "line one\n  line two\r\n\tx",
            "The quick brown fox jumps over the lazy dog, and then the Lazy dog éats",
            "  \u{3000}  ",
            "ĐÀ NẴNG, Việt Nam — the Ministry of Foreign Affairs of the Socialist Republic",
        ];
        for c in cases {
            assert_eq!(fold_for_matching(c).0, reference(c), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_equals_general_path_prop(s in "[a-zA-Z \t\n,.\u{e9}\u{301}\u{3000}\u{a0}\u{2014}\u{4e2d}\u{ff21}]{0,80}") {
            let (f, m) = fold_for_matching(&s);
            proptest::prop_assert_eq!(&f, &reference(&s));
            proptest::prop_assert_eq!(m.source_len(), s.len());
            proptest::prop_assert_eq!(m.target_len(), f.len());
        }
    }
}
