//! Folding for term matching: NFKC, half width, dash/quote/space folding (the spine's
//! `NormalizeOptions::matching()`), lower case, and Chinese folded to Simplified, with an [`OffsetMap`]
//! back to the input.
//!
//! Stretches of characters the folding leaves alone (ASCII, Han, most letters; found once per character
//! and remembered) take a fast loop that gives exactly what the general path gives; everything else goes
//! through `normalize_with_offsets` → lower case → `fold_to_simplified`, the three maps composed with
//! [`OffsetMap::then`].

use crate::text::normalize::{NormalizeOptions, normalize_with_offsets};
use std::sync::atomic::{AtomicU32, Ordering};

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
    let mut pos = 0;
    // Fast stretches never end in a blank and general stretches never start where a fast stretch left a
    // blank, so runs of blanks are always collapsed by one path.
    while pos < text.len() {
        let mut end = fast_end(text, pos);
        if end < text.len() {
            // Leave trailing blanks and the starter (a combining mark may follow) to the general path.
            let mut back = text[pos..end].char_indices().rev();
            end = pos;
            for (off, c) in back.by_ref() {
                if kind(c) == Kind::Blank {
                    continue;
                }
                if !matches!(c, '\n' | '\r') {
                    end = pos + off;
                } else {
                    end = pos + off + 1;
                }
                break;
            }
        }
        if end > pos {
            // Chinese is folded once per stretch, after the per-character folding (one call, so that the
            // converter's phrases see whole runs and its per-call cost is paid once).
            let start = out.len();
            let mut piece = OffsetMap::builder();
            fold_fast(&text[pos..end], &mut out, &mut piece);
            let piece = piece.finish();
            if out[start..].chars().any(is_han) {
                let (h, m) = fold_han(&out[start..]);
                if !m.is_identity() {
                    out.truncate(start);
                    out.push_str(&h);
                    append_map(&mut map, &piece.then(&m));
                } else {
                    append_map(&mut map, &piece);
                }
            } else {
                append_map(&mut map, &piece);
            }
            pos = end;
        }
        if pos >= text.len() {
            break;
        }
        let end = general_end(text, pos);
        let (folded, m) = fold_general(&text[pos..end]);
        append_map(&mut map, &m);
        out.push_str(&folded);
        pos = end;
    }
    (out, map.finish())
}

/// A general stretch ends where a run of at least this many bytes of fast characters starts.
const MIN_FAST: usize = 24;

/// How the fast path treats a character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Folds to itself.
    Same,
    /// Horizontal white space (collapsed with its neighbours to one space).
    Blank,
    /// Folds to this one other character, whatever surrounds it.
    Map(char),
    /// Needs the general path (combines with its neighbours, or folds to several characters).
    General,
}

/// Per BMP character: 0 not yet known, 1 same, 2 blank, 3 general, 4 + c mapped to c. Filled as
/// characters are met; every entry is a pure function of the character, so races only repeat work.
static KINDS: [AtomicU32; 0x10000] = [const { AtomicU32::new(0) }; 0x10000];

fn kind(c: char) -> Kind {
    let cp = c as usize;
    if cp < 0x80 {
        return match c {
            ' ' | '\t' => Kind::Blank,
            'A'..='Z' => Kind::Map(c.to_ascii_lowercase()),
            _ => Kind::Same,
        };
    }
    if cp > 0xFFFF {
        return Kind::General;
    }
    match KINDS[cp].load(Ordering::Relaxed) {
        0 => {
            let k = compute_kind(c);
            let v = match k {
                Kind::Same => 1,
                Kind::Blank => 2,
                Kind::General => 3,
                Kind::Map(m) => 4 + m as u32,
            };
            KINDS[cp].store(v, Ordering::Relaxed);
            k
        }
        1 => Kind::Same,
        2 => Kind::Blank,
        3 => Kind::General,
        v => char::from_u32(v - 4).map_or(Kind::General, Kind::Map),
    }
}

fn joins(c: char) -> bool {
    use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
    canonical_combining_class(c) != 0
        || is_combining_mark(c)
        || ('\u{1160}'..='\u{11FF}').contains(&c)
        || ('\u{D7B0}'..='\u{D7FF}').contains(&c)
        || c == '\u{200D}'
        || ('\u{FE00}'..='\u{FE0F}').contains(&c)
}

fn compute_kind(c: char) -> Kind {
    if joins(c) {
        return Kind::General;
    }
    if c.is_whitespace() && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
        return Kind::Blank;
    }
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    let (n, _) = normalize_with_offsets(s, &NormalizeOptions::matching());
    let folded: String = n.chars().flat_map(char::to_lowercase).collect();
    let mut it = folded.chars();
    match (it.next(), it.next()) {
        (Some(f), None) if f == c => Kind::Same,
        (Some(f), None) if !f.is_whitespace() && !joins(f) => Kind::Map(f),
        _ => Kind::General,
    }
}

/// The end of the run of fast characters starting at `pos`.
fn fast_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = pos;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("char boundary");
        if kind(c) == Kind::General {
            return i;
        }
        i += c.len_utf8();
    }
    bytes.len()
}

/// End of a general stretch starting at `pos`: the start of the next run of `MIN_FAST` bytes of fast
/// characters that does not start with a blank.
fn general_end(text: &str, pos: usize) -> usize {
    let mut run_start: Option<usize> = None;
    for (off, c) in text[pos..].char_indices() {
        let i = pos + off;
        let k = kind(c);
        if k != Kind::General && !(run_start.is_none() && k == Kind::Blank) {
            let rs = *run_start.get_or_insert(i);
            // A run starting at `pos` itself is not a way out: the fast path has just left that starter to
            // this path, and ending here would make no progress (an endless loop found by fuzzing).
            if i + c.len_utf8() - rs >= MIN_FAST && rs > pos {
                return rs;
            }
        } else {
            run_start = None;
        }
    }
    text.len()
}

/// The fast path: each character folded on its own (lower case, width, dashes, quotes), runs of blanks
/// collapsed to one space (a lone ASCII space is kept as a copy). The caller folds Chinese after.
fn fold_fast(s: &str, out: &mut String, map: &mut OffsetMapBuilder) {
    let b = s.as_bytes();
    let mut copy = 0usize;
    let flush = |copy: &mut usize, map: &mut OffsetMapBuilder| {
        if *copy > 0 {
            map.copy(*copy);
            *copy = 0;
        }
    };
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x.is_ascii() && !matches!(x, b' ' | b'\t') {
            out.push(x.to_ascii_lowercase() as char);
            copy += 1;
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("char boundary");
        match kind(c) {
            Kind::Blank => {
                let mut j = i;
                for ch in s[i..].chars() {
                    if kind(ch) != Kind::Blank {
                        break;
                    }
                    j += ch.len_utf8();
                }
                out.push(' ');
                if j - i == 1 && x == b' ' {
                    copy += 1;
                } else {
                    flush(&mut copy, map);
                    map.replace(j - i, 1);
                }
                i = j;
            }
            Kind::Map(m) => {
                out.push(m);
                if m.len_utf8() == c.len_utf8() {
                    copy += c.len_utf8();
                } else {
                    flush(&mut copy, map);
                    map.replace(c.len_utf8(), m.len_utf8());
                }
                i += c.len_utf8();
            }
            _ => {
                out.push(c);
                copy += c.len_utf8();
                i += c.len_utf8();
            }
        }
    }
    flush(&mut copy, map);
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
    crate::convert::fold_to_simplified(s)
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
            // Found by fuzzing: a starter, 24 bytes of blanks, then a mark looped for ever.
            "e\u{301}\u{301}\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\u{301}\u{308} x",
            "x\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\u{301}",
        ];
        for c in cases {
            assert_eq!(fold_for_matching(c).0, reference(c), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_equals_general_path_prop(s in "[a-zA-Z \t\n,.\u{e9}\u{c4}\u{df}\u{130}\u{301}\u{3000}\u{a0}\u{2014}\u{4e2d}\u{ff21}\u{ff0c}\u{3002}\u{e33}\u{e25}\u{1100}\u{1161}\u{ac00}]{0,80}") {
            let (f, m) = fold_for_matching(&s);
            proptest::prop_assert_eq!(&f, &reference(&s));
            proptest::prop_assert_eq!(m.source_len(), s.len());
            proptest::prop_assert_eq!(m.target_len(), f.len());
        }
    }
}
