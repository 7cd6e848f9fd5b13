//! The compiled dictionaries: daachorse automata and value tables built by `build/convert.rs` and embedded in
//! the library. Each is deserialised once per process, on first use.

use std::sync::OnceLock;

use daachorse::CharwiseDoubleArrayAhoCorasick;

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
}

include!(concat!(env!("OUT_DIR"), "/convert_tables.rs"));

/// Index of zoulang's fold chain in [`CONFIG_SPECS`] (after the 16 OpenCC configurations).
pub(crate) const FOLD_SPEC: usize = 16;

/// One flattened dictionary: longest-prefix semantics, as a leftmost-longest automaton.
pub(crate) struct Dict {
    pub(crate) pma: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    offsets: Vec<u32>,
    blob: &'static str,
}

impl Dict {
    /// The value of entry `id`.
    #[inline]
    pub(crate) fn value(&self, id: u32) -> &'static str {
        let i = id as usize;
        &self.blob[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn load(bytes: &'static [u8]) -> Dict {
        // The format is ours, written by build/convert.rs in the same build; a mismatch is a build bug.
        let u32_at =
            |pos: usize| u32::from_le_bytes(bytes[pos..pos + 4].try_into().expect("4 bytes"));
        let n = u32_at(0) as usize;
        let blob_len = u32_at(4) as usize;
        let offsets: Vec<u32> = (0..=n).map(|i| u32_at(8 + 4 * i)).collect();
        let blob_start = 8 + 4 * (n + 1);
        let blob = std::str::from_utf8(&bytes[blob_start..blob_start + blob_len])
            .expect("compiled dictionary values are UTF-8");
        let rest = &bytes[blob_start + blob_len..];
        let pma = (n > 0).then(|| {
            CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(rest)
                .expect("compiled automaton is valid")
                .0
        });
        Dict { pma, offsets, blob }
    }

    /// Heap bytes held by this dictionary (automaton and value offsets; values stay in the binary).
    pub(crate) fn heap_bytes(&self) -> usize {
        self.pma.as_ref().map_or(0, |p| p.heap_bytes()) + self.offsets.len() * 4
    }
}

static DICTS: [OnceLock<Dict>; DICT_DATA.len()] = [const { OnceLock::new() }; DICT_DATA.len()];

/// The dictionary with id `id`, deserialised on first use.
pub(crate) fn dict(id: usize) -> &'static Dict {
    DICTS[id].get_or_init(|| Dict::load(DICT_DATA[id]))
}
