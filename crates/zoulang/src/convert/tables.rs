//! The compiled dictionaries: lookup tables built by `build/convert.rs` and embedded in the library. Each is deserialised once per process, on first use.

use std::sync::OnceLock;

pub(crate) use super::hash::second_bit;
use super::hash::{PAIR_FILTER_BITS, pair_filter_bit, pair_hash, prefix_filter_bit};

/// A compiled configuration: dictionary ids of its stages (indices into [`DICT_DATA`]).
pub(crate) struct ConfigSpec {
    pub(crate) name: &'static str,
    pub(crate) description: &'static str,
    /// Stages applied to the whole text before segmentation.
    pub(crate) normalization: &'static [usize],
    /// The segmentation dictionary, its values being the whole chain precomputed for each key.
    pub(crate) segmentation: Option<usize>,
    /// The conversion stages, each applied within every segment.
    pub(crate) chain: &'static [usize],
    /// Within unmatched stretches of the segmentation, the first stage matches single characters only (every
    /// multi-character key of the first stage is a segmentation key, checked at build time).
    pub(crate) gap_chars_only: bool,
    /// One dictionary doing the whole two-stage chain on unmatched stretches without IDS operators (see
    /// `gap_composite` in build/convert.rs).
    pub(crate) gap_composite: Option<usize>,
}

include!(concat!(env!("OUT_DIR"), "/convert_tables.rs"));

/// Index of zoulang's fold chain in [`CONFIG_SPECS`] (after the 16 OpenCC configurations).
pub(crate) const FOLD_SPEC: usize = 16;

/// Reads little-endian u32 word `i` of `bytes`.
#[inline(always)]
fn word(bytes: &[u8], i: usize) -> u32 {
    let b = &bytes[4 * i..4 * i + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// One flattened dictionary with longest-prefix semantics, read in place from the bytes embedded in the
/// library (the layout is documented at `serialize` in build/convert.rs): a paged table over code points for
/// single-character keys and phrase first characters, a filter of phrase first pairs, and a hash table from
/// the first two characters of each phrase to those phrases, longest first.
pub(crate) struct Dict {
    blob: &'static str,
    char_index: &'static [u8],
    char_pages: &'static [u8],
    pair_filter: &'static [u8],
    prefix_filter: &'static [u8],
    prefix_bits: usize,
    slots: &'static [u8],
    slot_mask: usize,
    keys: &'static [u8],
    /// [`Entry`] of every code point of the Basic Multilingual Plane, indexed by code point (the per-character
    /// hot path: one load, no page indirection, no blob access for single-character values). 512 KiB, built
    /// from the tables above when the dictionary is first used.
    dense: OnceLock<Box<[u64; 0x1_0000]>>,
}

/// What the dictionary holds for one code point, packed for the hot path: the second-character filter (as in
/// [`CharInfo`]), whether the code point is a single-character key, and what it becomes when no phrase starts
/// at it.
#[derive(Clone, Copy)]
pub(crate) struct Entry(u64);

/// [`Entry::out`] of a code point whose case the hot path leaves to the general one: a value of several
/// characters, or an ideographic description operator (not a valid `char`, so `char::from_u32` rejects it).
pub(crate) const COMPLEX: u32 = 0x11_0000;

/// Bit of [`Entry`] set for a single-character key.
const HAS_KEY: u64 = 1 << 24;

impl Entry {
    /// The [`second_bit`]s of the second characters of the phrases starting with this code point (0: none).
    #[inline(always)]
    pub(crate) fn seconds(self) -> u32 {
        (self.0 >> 32) as u32
    }

    /// Whether the code point is a single-character key.
    #[inline(always)]
    pub(crate) fn has_key(self) -> bool {
        self.0 & HAS_KEY != 0
    }

    /// What the code point becomes when no phrase starts at it: its single-character value, itself if it is no
    /// key, or [`COMPLEX`].
    #[inline(always)]
    pub(crate) fn out(self) -> u32 {
        self.0 as u32 & 0xFF_FFFF
    }
}

/// [`Dict::entry`] for a loop (see [`Dict::entries`]).
pub(crate) struct Entries<'a> {
    dict: &'a Dict,
    dense: &'a [u64; 0x1_0000],
}

impl Entries<'_> {
    /// What the dictionary holds for code point `c`, as [`Dict::entry`].
    #[inline(always)]
    pub(crate) fn get(&self, c: u32) -> Entry {
        if c < 0x1_0000 {
            Entry(self.dense[c as usize])
        } else {
            self.dict.entry_slow(c)
        }
    }
}

/// What the dictionary holds for one code point.
#[derive(Clone, Copy)]
pub(crate) struct CharInfo {
    /// The [`second_bit`]s of the second characters of the phrases starting with it (0: none).
    pub(crate) seconds: u32,
    /// Its single-character key's value as `offset << 8 | length` in the blob, 0 if none.
    value: u32,
}

impl Dict {
    fn load(bytes: &'static [u8]) -> Dict {
        // The layout is ours, written by build/convert.rs in the same build; a mismatch is a build bug.
        let mut pos = 0usize; // in words
        let mut take = |words: usize| {
            let section = &bytes[4 * pos..4 * (pos + words)];
            pos += words;
            section
        };
        let blob_len = word(take(1), 0) as usize;
        let blob =
            std::str::from_utf8(&take(blob_len.div_ceil(4))[..blob_len]).expect("blob is UTF-8");
        let pages = word(take(1), 0) as usize;
        let char_index = take(0x1100);
        let char_pages = take(pages * 256 * 2);
        let pair_filter = take(1 << (PAIR_FILTER_BITS - 5));
        let prefix_bits = word(take(1), 0) as usize;
        let prefix_filter = take(prefix_bits / 32);
        let cap = word(take(1), 0) as usize;
        let slots = take(cap * 8);
        let n_keys = word(take(1), 0) as usize;
        let keys = take(n_keys * 3);
        Dict {
            blob,
            char_index,
            char_pages,
            pair_filter,
            prefix_filter,
            prefix_bits,
            slots,
            slot_mask: cap - 1,
            keys,
            dense: OnceLock::new(),
        }
    }

    /// The per-code-point table, built on first use (about 0.1 ms): code points of empty pages (most of the
    /// BMP) become themselves; the rest are read from the pages.
    #[inline(always)]
    fn dense(&self) -> &[u64; 0x1_0000] {
        self.dense.get_or_init(|| {
            let table: Vec<u64> = (0..0x1_0000u32)
                .map(|c| {
                    if word(self.char_index, (c >> 8) as usize) == 0
                        && !(0x2FF0..=0x2FFF).contains(&c)
                    {
                        u64::from(c)
                    } else {
                        self.entry_slow(c).0
                    }
                })
                .collect();
            table
                .into_boxed_slice()
                .try_into()
                .expect("0x10000 entries")
        })
    }

    /// What the dictionary holds for code point `c` (below 0x110000), packed; one load for the BMP.
    #[inline(always)]
    pub(crate) fn entry(&self, c: u32) -> Entry {
        if c < 0x1_0000 {
            Entry(self.dense()[c as usize])
        } else {
            self.entry_slow(c)
        }
    }

    /// [`Dict::entry`] with the per-code-point table looked up once, for a loop.
    #[inline(always)]
    pub(crate) fn entries(&self) -> Entries<'_> {
        Entries {
            dict: self,
            dense: self.dense(),
        }
    }

    /// [`Dict::entry`] from the paged tables.
    fn entry_slow(&self, c: u32) -> Entry {
        let info = self.char_info(c);
        let value = self.char_value(info);
        let out = match value {
            _ if (0x2FF0..=0x2FFF).contains(&c) => COMPLEX,
            None => c,
            Some(v) => {
                let mut chars = v.chars();
                match (chars.next(), chars.next()) {
                    (Some(one), None) => one as u32,
                    _ => COMPLEX,
                }
            }
        };
        let key = if value.is_some() { HAS_KEY } else { 0 };
        Entry((u64::from(info.seconds) << 32) | key | u64::from(out))
    }

    /// What the dictionary holds for code point `c` (below 0x110000).
    #[inline]
    pub(crate) fn char_info(&self, c: u32) -> CharInfo {
        let page = word(self.char_index, (c >> 8) as usize) as usize;
        let e = (page * 256 + (c & 0xFF) as usize) * 2;
        CharInfo {
            seconds: word(self.char_pages, e),
            value: word(self.char_pages, e + 1),
        }
    }

    /// The value of the single-character key described by `info`, if there is one.
    #[inline]
    pub(crate) fn char_value(&self, info: CharInfo) -> Option<&'static str> {
        (info.value != 0).then(|| {
            let off = (info.value >> 8) as usize;
            &self.blob[off..off + (info.value & 0xFF) as usize]
        })
    }

    /// Whether a phrase may start with `a` then `b` (false positives possible, no false negatives).
    #[inline]
    pub(crate) fn may_start_phrase(&self, a: u32, b: u32) -> bool {
        let bit = pair_filter_bit(a, b);
        word(self.pair_filter, bit >> 5) & (1 << (bit & 31)) != 0
    }

    /// Whether a phrase may start with `a`, `b` then `c` (0 if there is no third character): false
    /// positives possible, no false negatives. Sharper than [`Dict::may_start_phrase`], and read only where
    /// that passes.
    #[inline]
    pub(crate) fn may_start_phrase3(&self, a: u32, b: u32, c: u32) -> bool {
        let bit = |c| {
            let bit = prefix_filter_bit(a, b, c, self.prefix_bits);
            word(self.prefix_filter, bit >> 5) & (1 << (bit & 31)) != 0
        };
        bit(0) || (c != 0 && bit(c))
    }

    /// The longest phrase that `text` starts with, given its first two characters `a` and `b`:
    /// (key length in bytes, value).
    #[inline]
    pub(crate) fn longest_phrase(
        &self,
        a: u32,
        b: u32,
        text: &[u8],
    ) -> Option<(usize, &'static str)> {
        let blob = self.blob.as_bytes();
        // Keys are short: an inline comparison beats a call to memcmp.
        let try_key = |off: usize, klen: usize, vlen: usize| {
            (text.len() >= klen && blob[off..off + klen].iter().zip(text).all(|(x, y)| x == y))
                .then(|| (klen, &self.blob[off + klen..off + klen + vlen]))
        };
        let mut i = pair_hash(a, b) & self.slot_mask;
        loop {
            let slot = &self.slots[32 * i..32 * i + 32];
            let first = word(slot, 0);
            if first == 0 {
                return None;
            }
            if first == a && word(slot, 1) == b {
                // The longest key is in the slot; the others follow in `keys`.
                let inline = try_key(
                    word(slot, 4) as usize,
                    word(slot, 5) as usize,
                    word(slot, 6) as usize,
                );
                if inline.is_some() {
                    return inline;
                }
                let start = word(slot, 2) as usize;
                let count = word(slot, 3) as usize;
                return (start..start + count).find_map(|k| {
                    try_key(
                        word(self.keys, 3 * k) as usize,
                        word(self.keys, 3 * k + 1) as usize,
                        word(self.keys, 3 * k + 2) as usize,
                    )
                });
            }
            i = (i + 1) & self.slot_mask;
        }
    }

    /// Calls `f(key, value)` for every key of the dictionary: single characters in code point order, then
    /// phrases. O(entries + pages).
    pub(crate) fn for_each_entry(&self, mut f: impl FnMut(&str, &'static str)) {
        for block in 0..0x1100usize {
            let page = word(self.char_index, block) as usize;
            if page == 0 {
                continue;
            }
            for low in 0..256usize {
                let info = CharInfo {
                    seconds: 0,
                    value: word(self.char_pages, (page * 256 + low) * 2 + 1),
                };
                if let (Some(value), Some(c)) = (
                    self.char_value(info),
                    char::from_u32(((block << 8) | low) as u32),
                ) {
                    f(c.encode_utf8(&mut [0; 4]), value);
                }
            }
        }
        for k in 0..self.keys.len() / 12 {
            let off = word(self.keys, 3 * k) as usize;
            let klen = word(self.keys, 3 * k + 1) as usize;
            let vlen = word(self.keys, 3 * k + 2) as usize;
            f(
                &self.blob[off..off + klen],
                &self.blob[off + klen..off + klen + vlen],
            );
        }
    }

    /// Bytes of this dictionary (all embedded in the binary; nothing is copied to the heap).
    pub(crate) fn embedded_bytes(&self) -> usize {
        self.blob.len()
            + self.char_index.len()
            + self.char_pages.len()
            + self.pair_filter.len()
            + self.prefix_filter.len()
            + self.slots.len()
            + self.keys.len()
    }

    /// Heap bytes of this dictionary once used (the per-code-point table).
    pub(crate) fn heap_bytes(&self) -> usize {
        0x1_0000 * std::mem::size_of::<u64>()
    }
}

static DICTS: [OnceLock<Dict>; DICT_DATA.len()] = [const { OnceLock::new() }; DICT_DATA.len()];

/// The dictionary with id `id`, located in the embedded bytes on first use (O(1), no copy).
pub(crate) fn dict(id: usize) -> &'static Dict {
    DICTS[id].get_or_init(|| Dict::load(DICT_DATA[id]))
}
