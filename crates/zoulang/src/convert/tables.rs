//! The compiled dictionaries: lookup tables built by `build/convert.rs` and embedded in the library. Each is deserialised once per process, on first use.

use std::sync::OnceLock;

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

/// One flattened dictionary with longest-prefix semantics: a direct table for its single-character keys and,
/// for its multi-character keys, a hash table from their first two characters to those keys, longest first.
pub(crate) struct Dict {
    /// Per code point: its single-character key and the second characters of the phrases it starts.
    pub(crate) chars: CharTable<CharInfo>,
    /// The pairs of first two characters of the multi-character keys (a filter with false positives).
    pub(crate) pairs: PairFilter,
    /// Multi-character keys by their first two characters.
    pub(crate) phrases: PhraseTable,
    values: Vec<&'static str>,
}

impl Dict {
    /// The value of entry `id`.
    #[inline]
    pub(crate) fn value(&self, id: u32) -> &'static str {
        self.values[id as usize]
    }

    fn load(bytes: &'static [u8]) -> Dict {
        // The format is ours, written by build/convert.rs in the same build; a mismatch is a build bug.
        let u32_at =
            |pos: usize| u32::from_le_bytes(bytes[pos..pos + 4].try_into().expect("4 bytes"));
        let n = u32_at(0) as usize;
        let blob_len = u32_at(4) as usize;
        let blob_start = 8 + 4 * (n + 1);
        let blob = std::str::from_utf8(&bytes[blob_start..blob_start + blob_len])
            .expect("compiled dictionary values are UTF-8");
        let values = (0..n)
            .map(|i| &blob[u32_at(8 + 4 * i) as usize..u32_at(12 + 4 * i) as usize])
            .collect();
        let mut pos = blob_start + blob_len;
        let mut take = |count_words: usize| {
            let at = pos;
            pos += 4 * count_words;
            at
        };
        let n_chars = u32_at(take(1)) as usize;
        let at = take(2 * n_chars);
        let mut chars = CharTable::new(CharInfo::EMPTY);
        for i in 0..n_chars {
            chars.slot(u32_at(at + 8 * i)).id = u32_at(at + 8 * i + 4);
        }
        let n_groups = u32_at(take(1)) as usize;
        let groups_at = take(4 * n_groups);
        let n_keys = u32_at(take(1)) as usize;
        let keys_at = take(3 * n_keys);
        let key_blob_len = u32_at(take(1)) as usize;
        let key_blob_at = take(0);
        let key_blob = &bytes[key_blob_at..key_blob_at + key_blob_len];
        let group = |i: usize| {
            let g = groups_at + 16 * i;
            (u32_at(g), u32_at(g + 4), u32_at(g + 8), u32_at(g + 12))
        };
        let mut pairs = PairFilter::new();
        for i in 0..n_groups {
            let (a, b, _, _) = group(i);
            chars.slot(a).seconds |= second_bit(b);
            pairs.insert(a, b);
        }
        let keys = (0..n_keys)
            .map(|i| {
                let k = keys_at + 12 * i;
                PhraseKey {
                    offset: u32_at(k),
                    len: u32_at(k + 4),
                    id: u32_at(k + 8),
                }
            })
            .collect();
        let phrases = PhraseTable::new((0..n_groups).map(group), keys, key_blob);
        Dict {
            chars,
            pairs,
            phrases,
            values,
        }
    }

    /// Heap bytes held by this dictionary (tables and value slices; the strings stay in the binary).
    pub(crate) fn heap_bytes(&self) -> usize {
        self.chars.heap_bytes()
            + self.pairs.heap_bytes()
            + self.phrases.heap_bytes()
            + self.values.len() * std::mem::size_of::<&str>()
    }
}

#[inline]
fn pair_hash(a: u32, b: u32) -> usize {
    let h = a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA77).rotate_left(13);
    h.wrapping_mul(0xC2B2_AE35) as usize
}

/// One multi-character key: its bytes in the key blob and its entry index.
pub(crate) struct PhraseKey {
    offset: u32,
    len: u32,
    id: u32,
}

/// Multi-character keys grouped by their first two characters (open addressing, linear probing).
pub(crate) struct PhraseTable {
    /// (first << 32 | second, start, count); a zero pair marks an empty slot (no key starts with U+0000).
    slots: Vec<(u64, u32, u32)>,
    mask: usize,
    keys: Vec<PhraseKey>,
    blob: &'static [u8],
}

impl PhraseTable {
    fn new(
        groups: impl ExactSizeIterator<Item = (u32, u32, u32, u32)>,
        keys: Vec<PhraseKey>,
        blob: &'static [u8],
    ) -> Self {
        let cap = (groups.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![(0u64, 0u32, 0u32); cap];
        let mask = cap - 1;
        for (a, b, start, count) in groups {
            let pair = (u64::from(a) << 32) | u64::from(b);
            let mut i = pair_hash(a, b) & mask;
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (pair, start, count);
        }
        PhraseTable {
            slots,
            mask,
            keys,
            blob,
        }
    }

    /// The longest key that `text` starts with, given its first two characters `a` and `b`:
    /// (byte length, entry index).
    #[inline]
    pub(crate) fn longest(&self, a: u32, b: u32, text: &[u8]) -> Option<(usize, u32)> {
        let pair = (u64::from(a) << 32) | u64::from(b);
        let mut i = pair_hash(a, b) & self.mask;
        loop {
            let (p, start, count) = self.slots[i];
            if p == pair {
                let group = &self.keys[start as usize..(start + count) as usize];
                return group.iter().find_map(|k| {
                    let key = &self.blob[k.offset as usize..(k.offset + k.len) as usize];
                    // Keys are short: an inline comparison beats a call to memcmp.
                    (text.len() >= key.len() && key.iter().zip(text).all(|(x, y)| x == y))
                        .then_some((key.len(), k.id))
                });
            }
            if p == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.slots.len() * 16 + self.keys.len() * 12
    }
}

/// A table over all code points (two levels: 256-entry pages, empty pages shared), `empty` where unset.
pub(crate) struct CharTable<T> {
    /// Page number of each block of 256 code points (0 = the empty page).
    index: Vec<u16>,
    /// The entries; page 0 is all `empty`.
    pages: Vec<T>,
    empty: T,
}

impl<T: Copy + PartialEq> CharTable<T> {
    fn new(empty: T) -> CharTable<T> {
        CharTable {
            index: vec![0u16; 0x11_0000 >> 8],
            pages: vec![empty; 256],
            empty,
        }
    }

    fn slot(&mut self, c: u32) -> &mut T {
        let block = (c >> 8) as usize;
        if self.index[block] == 0 {
            self.index[block] = u16::try_from(self.pages.len() / 256).expect("under 65536 pages");
            self.pages.resize(self.pages.len() + 256, self.empty);
        }
        &mut self.pages[self.index[block] as usize * 256 + (c & 0xFF) as usize]
    }

    /// The entry of code point `c` (below 0x110000), `empty` if unset.
    #[inline]
    pub(crate) fn get(&self, c: u32) -> T {
        let page = self.index[(c >> 8) as usize] as usize;
        self.pages[page * 256 + (c & 0xFF) as usize]
    }

    fn heap_bytes(&self) -> usize {
        self.index.len() * 2 + self.pages.len() * std::mem::size_of::<T>()
    }
}

/// The bit of a second character in a first character's mask of second characters.
#[inline]
pub(crate) fn second_bit(c: u32) -> u32 {
    1 << (c.wrapping_mul(0x9E37_79B1) >> 27)
}

/// What the dictionary holds for one code point.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct CharInfo {
    /// The [`second_bit`]s of the second characters of the phrases starting with it (0: none).
    pub(crate) seconds: u32,
    /// Its single-character key's entry index, [`NO_ENTRY`] if none.
    pub(crate) id: u32,
}

impl CharInfo {
    const EMPTY: CharInfo = CharInfo {
        seconds: 0,
        id: NO_ENTRY,
    };
}

/// Sentinel for "no single-character key".
pub(crate) const NO_ENTRY: u32 = u32::MAX;

/// A Bloom-style filter over pairs of characters (one hash, 2^19 bits): `contains` may say yes for a pair never
/// inserted, never no for one inserted.
pub(crate) struct PairFilter {
    bits: Vec<u64>,
}

const PAIR_BITS: u32 = 19;

impl PairFilter {
    fn new() -> PairFilter {
        PairFilter {
            bits: vec![0; 1 << (PAIR_BITS - 6)],
        }
    }

    fn insert(&mut self, a: u32, b: u32) {
        let s = pair_hash(a, b) >> (32 - PAIR_BITS);
        self.bits[s >> 6] |= 1 << (s & 63);
    }

    /// Whether the pair `(a, b)` may have been inserted.
    #[inline]
    pub(crate) fn contains(&self, a: u32, b: u32) -> bool {
        let s = pair_hash(a, b) >> (32 - PAIR_BITS);
        self.bits[s >> 6] & (1 << (s & 63)) != 0
    }

    fn heap_bytes(&self) -> usize {
        self.bits.len() * 8
    }
}

static DICTS: [OnceLock<Dict>; DICT_DATA.len()] = [const { OnceLock::new() }; DICT_DATA.len()];

/// The dictionary with id `id`, deserialised on first use.
pub(crate) fn dict(id: usize) -> &'static Dict {
    DICTS[id].get_or_init(|| Dict::load(DICT_DATA[id]))
}
