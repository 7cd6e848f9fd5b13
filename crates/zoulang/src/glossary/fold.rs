//! Folding for term matching: NFKC, half width, dash/quote/space folding (the spine's
//! `NormalizeOptions::matching()`), lower case, and Chinese folded to Simplified, with an [`OffsetMap`]
//! back to the input.
//!
//! Stretches of characters the folding leaves alone or maps one to one (ASCII, Han, most letters; found
//! once per character and remembered) take a fast loop that gives exactly what the general path gives;
//! everything else goes through `normalize_with_offsets` → lower case. Chinese is then folded to Simplified
//! over the whole result, but only in the pieces the fold can change (`fold_han_where_needed`, see
//! `han_filter.rs`); the maps are composed with [`OffsetMap::then`].

use crate::text::normalize::{NormalizeOptions, normalize_with_offsets};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::glossary::han_filter::{CHANGES, IDS, IN_KEY, PHRASE, han_filter};
use crate::text::offsets::{OffsetMap, OffsetMapBuilder};

/// Folds `text` for term matching and returns the folded text with its map back to `text` (byte offsets).
/// A run of dashes folds to one dash (`中国——东盟` as `中国—东盟`).
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
/// assert_eq!(fold_for_matching("中國——東盟").0, "中国-东盟");
/// ```
pub fn fold_for_matching(text: &str) -> (String, OffsetMap) {
    let mut buf = FoldBuf {
        out: String::with_capacity(text.len()),
        ..FoldBuf::default()
    };
    match fold_into(text, &mut buf) {
        Some(folded) => folded,
        None => (buf.out, buf.map.finish()),
    }
}

/// Buffers for [`fold_into`], reused from text to text.
#[derive(Default)]
pub(crate) struct FoldBuf {
    /// The folded text.
    pub out: String,
    /// Its map back to the text folded.
    pub map: OffsetMapBuilder,
    /// Where in `out` the Chinese fold may have something to do (see [`fold_fast`]).
    triggers: Vec<usize>,
}

/// [`fold_for_matching`] into buffers the caller reuses: `None` when `buf.out` and `buf.map` hold the fold
/// (the usual case: nothing is allocated once they are large enough), or the fold as its own text and map
/// when the Chinese fold or the dash runs changed something (`buf` then holds nothing of use). O(|text|)
/// as [`fold_for_matching`].
pub(crate) fn fold_into(text: &str, buf: &mut FoldBuf) -> Option<(String, OffsetMap)> {
    let folded = fold_chars_into(text, buf);
    let out = folded
        .as_ref()
        .map_or(buf.out.as_str(), |(s, _)| s.as_str());
    if !out.contains("--") {
        return folded;
    }
    let (collapsed, m) = collapse_dash_runs(out);
    let before = match folded {
        Some((_, map)) => map,
        None => std::mem::take(&mut buf.map).finish(),
    };
    Some((collapsed, before.then(&m)))
}

/// A run of dashes (all folded to `-`) made one dash: Chinese writes a double em dash `——` where
/// English writes one (中国——东盟博览会 is 中国—东盟博览会), and plain text `--`. With the map back to
/// `s`, each dash of the result spanning its whole run. O(|s|).
fn collapse_dash_runs(s: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(s.len());
    let mut map = OffsetMapBuilder::default();
    let mut rest = s;
    while let Some(at) = rest.find("--") {
        let run = rest[at..].bytes().take_while(|&b| b == b'-').count();
        out.push_str(&rest[..=at]);
        map.copy(at);
        map.replace(run, 1);
        rest = &rest[at + run..];
    }
    out.push_str(rest);
    map.copy(rest.len());
    (out, map.finish())
}

/// [`fold_into`] but for the dash runs.
fn fold_chars_into(text: &str, buf: &mut FoldBuf) -> Option<(String, OffsetMap)> {
    let FoldBuf { out, map, triggers } = buf;
    out.clear();
    map.clear();
    triggers.clear();
    // Most texts hold no character for the general path: one pass of the fast path does it all. It stops
    // at the first such character, and the text is done again in stretches.
    let mut han = false;
    let (h, m) = if fold_fast(text, out, map, &mut han, triggers) < text.len() {
        out.clear();
        map.clear();
        fold_in_stretches(text, out, map);
        // Chinese is folded once, over the whole text folded so far, so that its phrases are seen whole
        // wherever the two paths meet.
        fold_han_where_needed(out)?
    } else if !han {
        return None;
    } else if han_filter().folded_ascii_quiet() {
        // The fast path noted every character the Chinese fold may start at: only those are looked at.
        fold_han_at(out, triggers.iter().copied())?
    } else {
        fold_han_where_needed(out)?
    };
    Some((h, std::mem::take(map).finish().then(&m)))
}

/// Stretches of the fast path and of the general path, one after the other.
fn fold_in_stretches(text: &str, out: &mut String, map: &mut OffsetMapBuilder) {
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
            let done = fold_fast(&text[pos..end], out, map, &mut true, &mut Vec::new());
            debug_assert_eq!(done, end - pos, "a fast stretch holds no general character");
            pos = end;
        }
        if pos >= text.len() {
            break;
        }
        let end = general_end(text, pos);
        let (folded, m) = fold_chars_general(&text[pos..end]);
        append_map(map, &m);
        out.push_str(&folded);
        pos = end;
    }
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

#[inline]
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
        0 => first_kind(c),
        1 => Kind::Same,
        2 => Kind::Blank,
        3 => Kind::General,
        v => char::from_u32(v - 4).map_or(Kind::General, Kind::Map),
    }
}

/// Whether [`kind`] of `c` is [`Kind::Same`] (one look-up when known).
#[inline]
fn is_same(c: char) -> bool {
    match KINDS.get(c as usize).map(|k| k.load(Ordering::Relaxed)) {
        Some(1) => true,
        Some(0) | None => kind(c) == Kind::Same,
        Some(_) => false,
    }
}

/// The character of the BMP beyond ASCII whose UTF-8 starts at `b[i]` (a character boundary, not ASCII)
/// and its length in bytes, or `None` for a character beyond the BMP. Decoded from the bytes, with no
/// boundary checks of `str` slicing (the caller's text is a `str`).
#[inline]
fn bmp_char_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let x = b[i];
    let cont = |k: usize| u32::from(b[i + k] & 0x3F);
    let (cp, len) = if x < 0xE0 {
        ((u32::from(x & 0x1F) << 6) | cont(1), 2)
    } else if x < 0xF0 {
        ((u32::from(x & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        return None;
    };
    char::from_u32(cp).map(|c| (c, len))
}

/// [`kind`] of a BMP character met for the first time: computed and remembered.
#[cold]
fn first_kind(c: char) -> Kind {
    let k = compute_kind(c);
    let v = match k {
        Kind::Same => 1,
        Kind::Blank => 2,
        Kind::General => 3,
        Kind::Map(m) => 4 + m as u32,
    };
    KINDS[c as usize].store(v, Ordering::Relaxed);
    k
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
    if kept_symbol(c) {
        return Kind::Same;
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
/// collapsed to one space (a lone ASCII space is kept as a copy). The caller folds Chinese after. Stops at
/// the first character that needs the general path and returns its position (`s.len()` when there is
/// none); what it wrote is then to be discarded.
///
/// Sets `han` when the Chinese fold may change what it wrote (a character the fold changes, the first
/// two characters of a changing phrase by the pair filter, an IDS operator; see `han_filter.rs`). When it
/// stays unset, `fold_han_where_needed` over the output would find nothing. Pushes to `triggers` the
/// position in `out` of every non-ASCII character it writes that the Chinese fold may start at (a
/// [`CHANGES`], [`IDS`] or [`PHRASE`] character), in increasing order: when ASCII is quiet, those are all
/// the places `fold_han_where_needed` acts at.
fn fold_fast(
    s: &str,
    out: &mut String,
    map: &mut OffsetMapBuilder,
    han: &mut bool,
    triggers: &mut Vec<usize>,
) -> usize {
    let f = han_filter();
    // Its output holds no capital letter.
    *han |= !f.folded_ascii_quiet();
    // The character the output holds for the input character at `j` (for the pair filter).
    let folded_at = |j: usize| -> Option<char> {
        let c = s[j..].chars().next()?;
        match kind(c) {
            Kind::Same => Some(c),
            Kind::Blank => Some(' '),
            Kind::Map(m) => Some(m),
            Kind::General => None,
        }
    };
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
        // A run of characters folded in place (ASCII other than blanks, lower-cased; characters that fold
        // to themselves), copied in one go.
        let run = i;
        while i < b.len() {
            if b[i] < 0x80 {
                i = ascii_quiet_end(b, i);
                if i >= b.len() || b[i] >= 0x80 {
                    continue;
                }
                // A lone ASCII space (followed by ASCII that is no blank, or by nothing) is copied as it
                // stands, as the blank arm below would copy it.
                if b[i] == b'\t'
                    || (b[i] == b' '
                        && b.get(i + 1)
                            .is_some_and(|&n| n >= 0x80 || matches!(n, b' ' | b'\t')))
                {
                    break;
                }
                i += 1;
            } else {
                let Some((c, len)) = bmp_char_at(b, i) else {
                    // Beyond the BMP: always the general path.
                    break;
                };
                if !is_same(c) {
                    break;
                }
                let fl = f.flags(c);
                if fl & (CHANGES | IDS | PHRASE) != 0 {
                    // The run is copied byte for byte.
                    triggers.push(out.len() + (i - run));
                    if fl & (CHANGES | IDS) != 0 {
                        *han = true;
                    } else if !*han {
                        let next = folded_at(i + len);
                        *han = next.is_none_or(|n| f.may_start_phrase(c, n));
                    }
                }
                i += len;
            }
        }
        if i > run {
            let at = out.len();
            out.push_str(&s[run..i]);
            out[at..].make_ascii_lowercase();
            copy += i - run;
        }
        if i >= b.len() {
            break;
        }
        let x = b[i];
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
                if f.flags(m) & (CHANGES | IDS | PHRASE) != 0 {
                    *han = true;
                    triggers.push(out.len());
                }
                out.push(m);
                if m.len_utf8() == c.len_utf8() {
                    copy += c.len_utf8();
                } else {
                    flush(&mut copy, map);
                    map.replace(c.len_utf8(), m.len_utf8());
                }
                i += c.len_utf8();
            }
            Kind::General => return i,
            Kind::Same => {
                if f.flags(c) & (CHANGES | IDS | PHRASE) != 0 {
                    *han = true;
                    triggers.push(out.len());
                }
                out.push(c);
                copy += c.len_utf8();
                i += c.len_utf8();
            }
        }
    }
    flush(&mut copy, map);
    s.len()
}

/// Eight copies of byte `x`.
const fn splat(x: u8) -> u64 {
    u64::from_ne_bytes([x; 8])
}

/// The high bit of every byte of `w` that may equal `x`: never clear for a byte that equals `x` (a set bit
/// may also follow such a byte: callers only use it to leave the fast loop).
#[inline]
fn bytes_eq(w: u64, x: u8) -> u64 {
    let v = w ^ splat(x);
    v.wrapping_sub(splat(1)) & !v & splat(0x80)
}

/// The fast path's run loop over ASCII, eight bytes at a time: from `i`, skips whole words of eight bytes
/// none of which is beyond ASCII, a tab, or a space followed by a space, a tab or a byte beyond ASCII (the
/// bytes the run loop stops at or looks at more closely). Returns where the byte-by-byte loop is to go on:
/// the first byte that may be such a byte (every byte before it is plain). O(bytes skipped).
#[inline]
fn ascii_quiet_end(b: &[u8], mut i: usize) -> usize {
    while let (Some(w), Some(n)) = (b.get(i..i + 8), b.get(i + 1..i + 9)) {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        let n = u64::from_le_bytes(n.try_into().expect("eight bytes"));
        let blank_next = (n & splat(0x80)) | bytes_eq(n, b' ') | bytes_eq(n, b'\t');
        let stop = (w & splat(0x80)) | bytes_eq(w, b'\t') | (bytes_eq(w, b' ') & blank_next);
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

/// A symbol that compatibility folding would turn into letters or digits (`™` → `TM`, `℠`, `№`, `㎏`,
/// `℡`): kept as it is, so that it does not become part of the word it follows (`ASEAN™` is `ASEAN`
/// and a trade mark sign, not the word `ASEANTM`). O(1).
fn kept_symbol(c: char) -> bool {
    if c.is_ascii() || c.is_alphanumeric() || c.is_whitespace() || joins(c) {
        return false;
    }
    let mut letters = false;
    unicode_normalization::char::decompose_compatible(c, |d| letters |= d.is_alphanumeric());
    letters
}

/// The general path for everything but Chinese: the spine's matching normalisation, then lower case,
/// over the stretches between [`kept_symbol`]s.
fn fold_chars_general(s: &str) -> (String, OffsetMap) {
    let piece = |s: &str| {
        let (n, m1) = normalize_with_offsets(s, &NormalizeOptions::matching());
        let (l, m2) = lowercase_with_offsets(&n);
        (l, m1.then(&m2))
    };
    if !s.chars().any(kept_symbol) {
        return piece(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut b = OffsetMap::builder();
    let mut start = 0;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        if i == s.len() || kept_symbol(c) {
            if i > start {
                let (f, m) = piece(&s[start..i]);
                append_map(&mut b, &m);
                out.push_str(&f);
            }
            if i < s.len() {
                out.push(c);
                b.copy(c.len_utf8());
            }
            start = i + c.len_utf8();
        }
    }
    (out, b.finish())
}

/// The definition of the folding (the reference the fast paths are tested against): the spine's matching
/// normalisation, then lower case, then Chinese to Simplified, each over the whole text, then runs of
/// dashes made one.
#[cfg(test)]
pub(crate) fn fold_general(s: &str) -> (String, OffsetMap) {
    let (l, m) = fold_chars_general(s);
    let (h, m) = if l.chars().any(is_han) {
        let (h, m3) = fold_han(&l);
        (h, m.then(&m3))
    } else {
        (l, m)
    };
    let (d, m4) = collapse_dash_runs(&h);
    (d, m.then(&m4))
}

#[cfg(test)]
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// Chinese folded to Simplified (regional phrasing too), with offsets.
fn fold_han(s: &str) -> (String, OffsetMap) {
    crate::convert::fold_to_simplified(s)
}

/// Two pieces to fold closer than this many bytes are folded in one call (fewer calls, same result).
const MERGE_GAP: usize = 64;

/// [`fold_han`] run only on the pieces of `s` it can change (see [`super::han_filter`]); `None` when it
/// changes nothing. Gives exactly what `fold_han(s)` gives. O(|s|) plus the fold of those pieces.
pub(crate) fn fold_han_where_needed(s: &str) -> Option<(String, OffsetMap)> {
    let f = han_filter();
    fold_han_at(
        s,
        s.char_indices()
            .filter(|&(_, c)| f.flags(c) & (CHANGES | IDS | PHRASE) != 0)
            .map(|(i, _)| i),
    )
}

/// [`fold_han_where_needed`] looking only at the characters at `at` (increasing byte offsets): every
/// character the fold may start at ([`CHANGES`], [`IDS`], [`PHRASE`]) must be among them. O(|at|) plus the
/// pieces around the characters that start a change, and their fold.
fn fold_han_at(s: &str, at: impl IntoIterator<Item = usize>) -> Option<(String, OffsetMap)> {
    let f = han_filter();
    // Pieces to fold, each running from just after a barrier to just before the next one.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let push = |ranges: &mut Vec<(usize, usize)>, a: usize, z: usize| match ranges.last_mut() {
        Some(last) if last.1 + MERGE_GAP >= a => last.1 = z,
        _ => ranges.push((a, z)),
    };
    let barrier = |c: char| f.flags(c) & IN_KEY == 0;
    // Characters before this are inside a piece already taken.
    let mut done = 0;
    for i in at {
        if i < done {
            continue;
        }
        let c = s[i..].chars().next().expect("char boundary");
        let fl = f.flags(c);
        if fl & IDS != 0 {
            return whole(s);
        }
        if fl & CHANGES != 0 || (fl & PHRASE != 0 && f.phrase_at(c, &s[i..])) {
            // The piece around it, from just after the barrier before it to the barrier after it.
            let mut a = i;
            for (k, ch) in s[..i].char_indices().rev() {
                if barrier(ch) {
                    break;
                }
                if f.flags(ch) & IDS != 0 {
                    return whole(s);
                }
                a = k;
            }
            let mut z = s.len();
            for (k, ch) in s[i..].char_indices() {
                if barrier(ch) {
                    z = i + k;
                    break;
                }
                if f.flags(ch) & IDS != 0 {
                    return whole(s);
                }
            }
            push(&mut ranges, a, z);
            done = z;
        }
    }
    if ranges.len() == 1 && ranges[0] == (0, s.len()) {
        return whole(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut map = OffsetMap::builder();
    let mut pos = 0;
    let mut changed = false;
    for (a, z) in ranges {
        out.push_str(&s[pos..a]);
        map.copy(a - pos);
        let (h, m) = fold_han(&s[a..z]);
        changed |= !m.is_identity();
        out.push_str(&h);
        append_map(&mut map, &m);
        pos = z;
    }
    if !changed {
        return None;
    }
    out.push_str(&s[pos..]);
    map.copy(s.len() - pos);
    Some((out, map.finish()))
}

fn whole(s: &str) -> Option<(String, OffsetMap)> {
    let (h, m) = fold_han(s);
    (!m.is_identity()).then_some((h, m))
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

    /// The fold of the whole text, as `fold_han_where_needed` must give it.
    fn han_reference(s: &str) -> Option<(String, OffsetMap)> {
        let (h, m) = fold_han(s);
        (!m.is_identity()).then_some((h, m))
    }

    /// Simplified, Traditional, Hong Kong and Taiwan words, phrases the fold rewrites whole, characters that
    /// change only inside phrases, barriers, and ideographic description sequences.
    const VOCAB: &[&str] = &[
        "寮國",
        "老撾",
        "老挝",
        "資訊",
        "資訊港",
        "信息港",
        "人工智慧",
        "人工智能",
        "人工",
        "智慧",
        "中國",
        "中国",
        "东盟",
        "東盟",
        "東協",
        "中國—東盟資訊港",
        "中国—东盟信息港",
        "軟體",
        "软件",
        "網路",
        "网络",
        "程式",
        "程序",
        "滑鼠",
        "乾",
        "干",
        "著",
        "着",
        "台",
        "臺",
        "里",
        "裡",
        "後",
        "后",
        "髮",
        "發",
        "头发",
        "頭髮",
        "的",
        "了",
        "廣西",
        "广西",
        "南寧",
        "，",
        ",",
        "。",
        " ",
        "\n",
        "a",
        "Lao",
        "⿰",
        "⿰氵青",
        "氵",
        "青",
        "⿱",
        "\u{2FFF}",
        "憂鬱",
        "瞭解",
        "沈",
        "沈默",
        "甦醒",
        "反覆",
        "覆",
        "計程車",
        "出租车",
        "巴士",
        "的士",
        "才",
        "只",
        "温",
        "峰",
        "户",
        "核",
        "脱",
        "群",
        "吃",
        "床",
        "么",
        "纔",
        "衹",
        "臺灣",
        "台灣",
        "平台",
        "舞台",
        "台风",
        "颱風",
        "ＡＢ",
        "Z",
        "\t",
        "\u{3000}",
        "\u{F900}",
        "\u{2F800}",
        "𠀀",
        "兀",
        "—",
        "-",
        "・",
        "·",
    ];

    /// The same folded text, and the same span back to `s` for every span of up to 4 characters of it.
    /// (A character mapped to itself through a variant, 台 → 臺 → 台, is a replace segment in the whole
    /// fold and a copy when skipped: the same spans on character boundaries.)
    fn same_fold(
        s: &str,
        got: Option<(String, OffsetMap)>,
        want: Option<(String, OffsetMap)>,
    ) -> Result<(), String> {
        let (gt, gm) = got.unwrap_or_else(|| (s.to_string(), OffsetMap::identity(s.len())));
        let (wt, wm) = want.unwrap_or_else(|| (s.to_string(), OffsetMap::identity(s.len())));
        if gt != wt {
            return Err(format!("folded texts differ for {s:?}: {gt:?} vs {wt:?}"));
        }
        let bounds: Vec<usize> = gt
            .char_indices()
            .map(|(i, _)| i)
            .chain([gt.len()])
            .collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &z in &bounds[k..bounds.len().min(k + 5)] {
                if gm.to_source(a..z) != wm.to_source(a..z) {
                    return Err(format!("span {a}..{z} maps differently in {s:?}"));
                }
            }
        }
        Ok(())
    }

    fn check_pieces(s: &str) {
        same_fold(s, fold_han_where_needed(s), han_reference(s)).unwrap();
    }

    /// Review 5b, defect 7: a run of dashes folds to one dash that maps back to the whole run.
    #[test]
    fn a_run_of_dashes_is_one_dash() {
        let text = "中國——東盟 a---b ——";
        let (folded, map) = fold_for_matching(text);
        assert_eq!(folded, "中国-东盟 a-b -");
        let d = folded.find('-').unwrap();
        assert_eq!(&text[map.to_source(d..d + 1)], "——");
        let ab = folded.find("a-b").unwrap();
        assert_eq!(&text[map.to_source(ab..ab + 3)], "a---b");
        assert_eq!(map.to_source(0..folded.len()), 0..text.len());
    }

    #[test]
    fn piecewise_han_fold_equals_whole_fold() {
        for w in VOCAB {
            check_pieces(w);
        }
        for a in VOCAB {
            for b in VOCAB {
                check_pieces(&format!("{a}{b}"));
            }
        }
    }

    /// ../shared texts in Simplified, Traditional (Taiwan phrasing), and classical Chinese, line by line and
    /// in windows cut at arbitrary characters.
    #[test]
    fn piecewise_han_fold_equals_whole_fold_on_shared_texts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        let files = [
            "seed/china-daily-guangxi-asean-ai.txt",
            "seed/china-daily-guangxi-asean-ai.zh-Hant.txt",
            "data/langid-dev/zh-Hans.txt",
            "data/langid-dev/zh-Hant.txt",
            "data/convert/zuozhuan-zhs.txt",
        ];
        let mut seen = 0;
        for f in files {
            let Ok(text) = std::fs::read_to_string(root.join(f)) else {
                eprintln!("skipping {f}: ../shared is absent");
                continue;
            };
            seen += 1;
            let text: String = text.chars().take(60_000).collect();
            check_pieces(&text);
            for line in text.lines().take(300) {
                check_pieces(line);
            }
            let chars: Vec<char> = text.chars().collect();
            for start in (0..chars.len().saturating_sub(50)).step_by(97).take(400) {
                let w: String = chars[start..start + 17 + start % 31].iter().collect();
                check_pieces(&w);
            }
        }
        if seen == 0 {
            eprintln!("no ../shared texts: only the vocabulary tests ran");
        }
    }

    proptest::proptest! {
        #[test]
        fn piecewise_han_fold_equals_whole_fold_prop(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..24)
        ) {
            let s: String = words.concat();
            let r = same_fold(&s, fold_han_where_needed(&s), han_reference(&s));
            proptest::prop_assert!(r.is_ok(), "{:?}", r);
        }

        /// When the fast path says the Chinese fold has nothing to do, it has nothing to do.
        #[test]
        fn fast_path_han_flag_is_exact_prop(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..24)
        ) {
            let s: String = words.concat();
            let (mut out, mut map, mut han) = (String::new(), OffsetMap::builder(), false);
            if fold_fast(&s, &mut out, &mut map, &mut han, &mut Vec::new()) == s.len() && !han {
                let r = same_fold(&out, None, han_reference(&out));
                proptest::prop_assert!(r.is_ok(), "{:?}", r);
            }
        }

        #[test]
        fn fast_path_equals_general_path_with_chinese_prop(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..24)
        ) {
            let s: String = words.concat();
            let (f, m) = fold_for_matching(&s);
            let (rf, rm) = fold_general(&s);
            proptest::prop_assert_eq!(&f, &rf);
            // Same spans back to the input for every span of the folded text on character boundaries.
            let bounds: Vec<usize> = f.char_indices().map(|(i, _)| i).chain([f.len()]).collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &z in &bounds[k..bounds.len().min(k + 6)] {
                    proptest::prop_assert_eq!(m.to_source(a..z), rm.to_source(a..z));
                }
            }
        }

        #[test]
        fn fast_path_equals_general_path_prop(s in "[a-zA-Z \t\n,.\u{e9}\u{c4}\u{df}\u{130}\u{301}\u{3000}\u{a0}\u{2014}\u{4e2d}\u{ff21}\u{ff0c}\u{3002}\u{e33}\u{e25}\u{1100}\u{1161}\u{ac00}\u{2122}\u{2116}]{0,80}") {
            let (f, m) = fold_for_matching(&s);
            proptest::prop_assert_eq!(&f, &reference(&s));
            proptest::prop_assert_eq!(m.source_len(), s.len());
            proptest::prop_assert_eq!(m.target_len(), f.len());
        }
    }
}
