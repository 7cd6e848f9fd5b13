//! Build step for `convert`: compiles the vendored OpenCC configs and dictionaries (data/opencc/) into
//! lookup tables written to OUT_DIR and embedded in the library.
//!
//! Every dictionary group of a config is flattened into one dictionary with the same longest-prefix behaviour:
//! * `union` (longest match across the group): the union of the keys, the first dictionary winning a shared key;
//! * `short_circuit` (the first dictionary that matches wins): a later dictionary's key is kept only if no
//!   prefix of it (itself included) is a key of an earlier one. Wherever an earlier dictionary matches, every
//!   longer key of a later one has that match as a prefix and is dropped, so the longest surviving match is the
//!   earlier dictionary's; where no earlier dictionary matches, nothing of the later one is dropped.
//!
//! For configs with a segmentation step, the whole conversion chain is also precomputed for every segmentation
//! key (a matched segment is converted on its own, so its output depends on the key alone): the run-time
//! converter emits such a segment in one lookup and runs the chain only over unmatched stretches.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "../src/convert/hash.rs"]
#[allow(dead_code)]
mod hash;

/// The 16 OpenCC configurations, in the order of INTERFACE.md.
const CONFIGS: [&str; 16] = [
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "s2hkp", "hk2sp", "t2tw",
    "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
];

/// zoulang's own chain behind `fold_to_simplified`: tw2sp with the Hong Kong reverse dictionaries added to its
/// first stage, so Taiwan and Hong Kong phrases and variants all fold to mainland Simplified.
const FOLD_CONFIG: &str = r#"{
  "name": "Fold Traditional (Taiwan, Hong Kong, OpenCC) to Simplified Chinese with mainland phrases",
  "normalization": [{"dict": {"type": "text", "file": "CJK_Compatibility_Ideographs.txt"}}],
  "segmentation": {"type": "mmseg", "dict": {"type": "text", "file": "TSPhrases.txt"}},
  "conversion_chain": [
    {"dict": {"type": "group", "match_policy": "short_circuit", "dicts": [
      {"type": "text", "file": "TWPhrasesRev.txt"},
      {"type": "text", "file": "HKPhrasesRev.txt"},
      {"type": "text", "file": "TWVariantsRevPhrases.txt"},
      {"type": "text", "file": "HKVariantsRevPhrases.txt"},
      {"type": "text", "file": "TWVariantsRev.txt"},
      {"type": "text", "file": "HKVariantsRev.txt"}]}},
    {"dict": {"type": "group", "match_policy": "short_circuit", "dicts": [
      {"type": "text", "file": "TSPhrases.txt"},
      {"type": "text", "file": "TSCharactersExt.txt"},
      {"type": "text", "file": "TSCharacters.txt"}]}}
  ]
}"#;

/// A flattened dictionary: keys in insertion order with their first value.
#[derive(Default, Clone)]
struct Flat {
    entries: Vec<(String, String)>,
    index: HashMap<String, usize>,
    max_chars: usize,
}

impl Flat {
    fn insert(&mut self, key: &str, value: &str) {
        if key.is_empty() || self.index.contains_key(key) {
            return;
        }
        self.index.insert(key.to_string(), self.entries.len());
        self.entries.push((key.to_string(), value.to_string()));
        self.max_chars = self.max_chars.max(key.chars().count());
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.index.get(key).map(|&i| self.entries[i].1.as_str())
    }

    /// Whether some prefix of `key` (at a character boundary, `key` included) is a key.
    fn has_prefix_of(&self, key: &str) -> bool {
        key.char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(self.max_chars)
            .any(|end| self.index.contains_key(&key[..end]))
    }

    /// Longest key that is a prefix of `text`: (byte length, value).
    fn longest_prefix<'a>(&'a self, text: &str) -> Option<(usize, &'a str)> {
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(self.max_chars)
            .collect();
        ends.into_iter()
            .rev()
            .find_map(|end| self.get(&text[..end]).map(|v| (end, v)))
    }

    /// Forward maximum matching over one segment (the vendored data holds no ideographic description
    /// operators, so the run-time IDS rule cannot apply to keys or values and is not needed here).
    fn convert(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        while pos < text.len() {
            match self.longest_prefix(&text[pos..]) {
                Some((len, value)) => {
                    out.push_str(value);
                    pos += len;
                }
                None => {
                    let c = text[pos..].chars().next().expect("pos < len");
                    out.push(c);
                    pos += c.len_utf8();
                }
            }
        }
        out
    }
}

struct Builder {
    data_dir: PathBuf,
    leaves: HashMap<String, Flat>,
    /// Flattened dictionaries by signature, and their ids in `dicts`.
    by_signature: HashMap<String, usize>,
    dicts: Vec<Flat>,
}

impl Builder {
    fn leaf(&mut self, file: &str) -> Flat {
        if let Some(f) = self.leaves.get(file) {
            return f.clone();
        }
        let path = self.data_dir.join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut flat = Flat::default();
        let mut seen = std::collections::HashSet::new();
        for (n, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, values) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}:{}: no tab", path.display(), n + 1));
            let value = values.split(' ').next().unwrap_or_default();
            assert!(!value.is_empty(), "{}:{}: no value", path.display(), n + 1);
            assert!(
                seen.insert(key.to_string()),
                "{}:{}: duplicate key",
                path.display(),
                n + 1
            );
            flat.insert(key, value);
        }
        self.leaves.insert(file.to_string(), flat.clone());
        flat
    }

    /// Flattens a dictionary spec; returns (signature, flat dictionary).
    fn flatten(&mut self, spec: &Value) -> (String, Flat) {
        let ty = spec["type"].as_str().expect("dict type");
        if ty != "group" {
            let file = spec["file"].as_str().expect("dict file");
            return (file.to_string(), self.leaf(file));
        }
        let policy = spec
            .get("match_policy")
            .and_then(Value::as_str)
            .unwrap_or("short_circuit");
        let children: Vec<(String, Flat)> = spec["dicts"]
            .as_array()
            .expect("group dicts")
            .iter()
            .map(|d| self.flatten(d))
            .collect();
        if children.len() == 1 {
            return children.into_iter().next().expect("one child");
        }
        let sig = format!(
            "{policy}[{}]",
            children
                .iter()
                .map(|c| c.0.as_str())
                .collect::<Vec<_>>()
                .join(",")
        );
        let mut flat = Flat::default();
        for (_, child) in &children {
            let mut next = flat.clone();
            for (k, v) in &child.entries {
                match policy {
                    "union" => next.insert(k, v),
                    "short_circuit" => {
                        if !flat.has_prefix_of(k) {
                            next.insert(k, v)
                        }
                    }
                    other => panic!("unknown match_policy {other}"),
                }
            }
            flat = next;
        }
        (sig, flat)
    }

    fn register(&mut self, sig: String, flat: Flat) -> usize {
        if let Some(&id) = self.by_signature.get(&sig) {
            return id;
        }
        self.dicts.push(flat);
        self.by_signature.insert(sig, self.dicts.len() - 1);
        self.dicts.len() - 1
    }

    fn stages(&mut self, chain: Option<&Value>) -> Vec<(String, Flat)> {
        chain
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|stage| self.flatten(&stage["dict"])).collect())
            .unwrap_or_default()
    }
}

struct ConfigOut {
    name: String,
    description: String,
    normalization: Vec<usize>,
    segmentation: Option<usize>,
    chain: Vec<usize>,
    /// Within unmatched stretches of the segmentation, the first stage can match single characters only.
    gap_chars_only: bool,
    /// A dictionary doing a two-stage chain's work on unmatched stretches in one pass (see [`gap_composite`]).
    gap_composite: Option<usize>,
}

/// For a chain of two stages whose first stage, on unmatched stretches, maps single characters to single
/// characters (so positions correspond one to one): one dictionary over the source text equivalent to the
/// second stage over the first stage's output. Its phrases are every source string whose image is a
/// second-stage phrase; its characters map `c` to the second stage's value of the first stage's image of `c`.
/// `None` if a first-stage character value is not a single character or the phrase preimages explode.
fn gap_composite(first: &Flat, second: &Flat) -> Option<Flat> {
    let single = |s: &str| {
        let mut it = s.chars();
        it.next().filter(|_| it.next().is_none())
    };
    // Image of a character under the first stage, and preimages of a character.
    let mut image: HashMap<char, char> = HashMap::new();
    let mut pre: HashMap<char, Vec<char>> = HashMap::new();
    for (k, v) in &first.entries {
        if let Some(kc) = single(k) {
            let vc = single(v)?;
            image.insert(kc, vc);
            pre.entry(vc).or_default().push(kc);
        }
    }
    let preimages = |c: char| -> Vec<char> {
        let mut v: Vec<char> = pre.get(&c).cloned().unwrap_or_default();
        if !image.contains_key(&c) {
            v.insert(0, c);
        }
        v
    };
    let mut out = Flat::default();
    // Phrases first (longest-prefix lookup makes the order irrelevant between phrases and characters).
    for (k, v) in &second.entries {
        if single(k).is_some() {
            continue;
        }
        let mut sources = vec![String::new()];
        for c in k.chars() {
            // A character no first-stage output contains leaves the phrase without sources.
            let p = preimages(c);
            if sources.len() * p.len() > 4096 {
                return None;
            }
            sources = sources
                .iter()
                .flat_map(|s| p.iter().map(move |&pc| format!("{s}{pc}")))
                .collect();
        }
        for s in sources {
            out.insert(&s, v);
        }
    }
    // Characters: every character the first stage maps, and every preimage of a second-stage character key.
    let second_char = |c: char| second.get(c.encode_utf8(&mut [0; 4])).map(str::to_string);
    let mut chars: Vec<char> = image.keys().copied().collect();
    for (k, _) in &second.entries {
        if let Some(c) = single(k) {
            chars.extend(preimages(c));
        }
    }
    chars.sort_unstable();
    chars.dedup();
    for c in chars {
        let mid = image.get(&c).copied().unwrap_or(c);
        let value = second_char(mid).unwrap_or_else(|| mid.to_string());
        out.insert(c.encode_utf8(&mut [0; 4]), &value);
    }
    Some(out)
}

/// Appends `bytes` padded with zeros to a multiple of 4.
fn push_padded(out: &mut Vec<u32>, bytes: &[u8]) {
    for chunk in bytes.chunks(4) {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        out.push(u32::from_le_bytes(w));
    }
}

/// Serialises one flattened dictionary in its run-time layout, as little-endian u32 words (read in place by
/// src/convert/tables.rs, nothing is copied at load):
/// 1. the blob: `blob_len`, then UTF-8 (padded): each phrase's key immediately followed by its value (so the
///    comparison and the copy touch the same cache lines), then the single-character keys' values;
/// 2. characters: `pages`, an index of 0x1100 page numbers (one per 256 code points; page 0 is empty), then
///    `pages` × 256 entries of (second-character filter, value as `offset << 8 | length`, 0 for none);
/// 3. the pair filter: 2^PAIR_FILTER_BITS bits; then the prefix filter: `prefix_bits` (a power of two), then
///    that many bits, set at `prefix_filter_bit` of (a, b, 0) for each two-character phrase `ab` and of
///    (a, b, c) for each longer phrase starting `abc`;
/// 4. phrases by first two characters: `slots` (a power of two), then `slots` × (first, second, start, count,
///    then the group's longest key inline: blob offset, key length, value length, 0), first = 0 marking an empty
///    slot (open addressing, linear probing from `pair_hash`); `keys`, then `keys` × (blob offset, key length,
///    value length): each group's other keys, longest first, at `start..start + count`.
fn serialize(flat: &Flat) -> Vec<u8> {
    let u32_of = |n: usize| u32::try_from(n).expect("dictionary under 4 GiB");
    let mut chars: BTreeMap<u32, (u32, &str)> = BTreeMap::new(); // code point -> (seconds, value)
    let mut groups: BTreeMap<(u32, u32), Vec<(&str, &str)>> = BTreeMap::new();
    for (k, v) in &flat.entries {
        let mut it = k.chars();
        match (it.next(), it.next()) {
            (Some(a), None) => chars.entry(a as u32).or_insert((0, "")).1 = v,
            (Some(a), Some(b)) => {
                chars.entry(a as u32).or_insert((0, "")).0 |= hash::second_bit(b as u32);
                groups.entry((a as u32, b as u32)).or_default().push((k, v));
            }
            _ => {}
        }
    }
    // 1. blob
    let mut blob = String::new();
    let mut key_entries: Vec<[u32; 3]> = Vec::new();
    let mut group_ranges: Vec<((u32, u32), usize, usize)> = Vec::new();
    for (&pair, keys) in groups.iter_mut() {
        keys.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        group_ranges.push((pair, key_entries.len(), keys.len()));
        for (k, v) in keys.iter() {
            key_entries.push([u32_of(blob.len()), u32_of(k.len()), u32_of(v.len())]);
            blob.push_str(k);
            blob.push_str(v);
        }
    }
    let mut char_values: BTreeMap<u32, (u32, u32)> = BTreeMap::new(); // code point -> (seconds, packed value)
    for (&c, &(seconds, v)) in &chars {
        let packed = if v.is_empty() {
            0
        } else {
            assert!(
                v.len() < 256 && blob.len() < 1 << 24,
                "character value too long or blob too large"
            );
            let off = u32_of(blob.len());
            blob.push_str(v);
            (off << 8) | u32_of(v.len())
        };
        char_values.insert(c, (seconds, packed));
    }
    let mut w: Vec<u32> = Vec::new();
    w.push(u32_of(blob.len()));
    push_padded(&mut w, blob.as_bytes());
    // 2. characters
    let mut index = vec![0u32; 0x1100];
    let mut pages: Vec<(u32, u32)> = vec![(0, 0); 256];
    for (&c, &entry) in &char_values {
        let block = (c >> 8) as usize;
        if index[block] == 0 {
            index[block] = u32_of(pages.len() / 256);
            pages.resize(pages.len() + 256, (0, 0));
        }
        pages[index[block] as usize * 256 + (c & 0xFF) as usize] = entry;
    }
    w.push(u32_of(pages.len() / 256));
    w.extend(index);
    for (seconds, value) in pages {
        w.push(seconds);
        w.push(value);
    }
    // 3. pair filter
    let mut filter = vec![0u32; 1 << (hash::PAIR_FILTER_BITS - 5)];
    for &((a, b), _, _) in &group_ranges {
        let bit = hash::pair_filter_bit(a, b);
        filter[bit >> 5] |= 1 << (bit & 31);
    }
    w.extend(filter);
    // 3b. prefix filter: two-character phrases and the first three characters of longer ones
    let mut prefixes: Vec<(u32, u32, u32)> = Vec::new();
    for keys in groups.values() {
        for (k, _) in keys {
            let mut it = k.chars().map(|c| c as u32);
            let (a, b) = (it.next().expect("phrase"), it.next().expect("phrase"));
            prefixes.push((a, b, it.next().unwrap_or(0)));
        }
    }
    prefixes.sort_unstable();
    prefixes.dedup();
    let prefix_bits = (prefixes.len() * 16).next_power_of_two().max(1024);
    let mut prefix_filter = vec![0u32; prefix_bits / 32];
    for &(a, b, c) in &prefixes {
        let bit = hash::prefix_filter_bit(a, b, c, prefix_bits);
        prefix_filter[bit >> 5] |= 1 << (bit & 31);
    }
    w.push(u32_of(prefix_bits));
    w.extend(prefix_filter);
    // 4. phrases
    let cap = (group_ranges.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![[0u32; 8]; cap];
    for &((a, b), start, count) in &group_ranges {
        let mut i = hash::pair_hash(a, b) & (cap - 1);
        while slots[i][0] != 0 {
            i = (i + 1) & (cap - 1);
        }
        let [off, klen, vlen] = key_entries[start];
        slots[i] = [
            a,
            b,
            u32_of(start + 1),
            u32_of(count - 1),
            off,
            klen,
            vlen,
            0,
        ];
    }
    w.push(u32_of(cap));
    w.extend(slots.iter().flatten());
    w.push(u32_of(key_entries.len()));
    w.extend(key_entries.iter().flatten());
    w.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// Runs the build step.
pub fn run(out_dir: &Path) {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let data_dir = manifest.join("data/opencc");
    println!("cargo:rerun-if-changed=build/convert.rs");
    println!("cargo:rerun-if-changed=data/opencc");
    let mut b = Builder {
        data_dir: data_dir.clone(),
        leaves: HashMap::new(),
        by_signature: HashMap::new(),
        dicts: Vec::new(),
    };
    let mut configs = Vec::new();
    let sources: Vec<(String, String)> = CONFIGS
        .iter()
        .map(|name| {
            let path = data_dir.join("config").join(format!("{name}.json"));
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name.to_string(), text)
        })
        .chain(std::iter::once((
            "fold".to_string(),
            FOLD_CONFIG.to_string(),
        )))
        .collect();
    for (name, text) in sources {
        let doc: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("config {name}: {e}"));
        let norm = b.stages(doc.get("normalization"));
        let chain = b.stages(doc.get("conversion_chain"));
        let normalization = norm.into_iter().map(|(s, f)| b.register(s, f)).collect();
        let mut gap_chars_only = false;
        let mut gap_composite_flat = None;
        let segmentation = doc.get("segmentation").map(|seg| {
            assert_eq!(
                seg["type"], "mmseg",
                "config {name}: only mmseg segmentation is supported"
            );
            let (sig, seg_flat) = b.flatten(&seg["dict"]);
            // An unmatched stretch holds no position where a segmentation key starts; if every multi-character
            // key of the first stage is a segmentation key, the first stage can only match single characters
            // there.
            gap_chars_only = chain.first().is_some_and(|(_, first)| {
                first
                    .entries
                    .iter()
                    .all(|(k, _)| k.chars().nth(1).is_none() || seg_flat.index.contains_key(k))
            });
            if gap_chars_only && chain.len() == 2 {
                gap_composite_flat = gap_composite(&chain[0].1, &chain[1].1)
                    .map(|f| (format!("gap:{}>{}", chain[0].0, chain[1].0), f));
            }
            // Precompute the chain over every segmentation key.
            let mut composed = Flat::default();
            for (k, _) in &seg_flat.entries {
                let mut out = k.clone();
                for (_, stage) in &chain {
                    out = stage.convert(&out);
                }
                composed.insert(k, &out);
            }
            let chain_sig: Vec<&str> = chain.iter().map(|c| c.0.as_str()).collect();
            b.register(format!("segment:{sig}=>{}", chain_sig.join(">")), composed)
        });
        let chain = chain.into_iter().map(|(s, f)| b.register(s, f)).collect();
        configs.push(ConfigOut {
            name,
            description: doc["name"].as_str().unwrap_or_default().to_string(),
            normalization,
            segmentation,
            chain,
            gap_chars_only,
            gap_composite: gap_composite_flat.map(|(sig, f)| b.register(sig, f)),
        });
    }

    // Streaming cuts text after line breaks and before IDS operators (src/convert/stream.rs): no key or value
    // may hold either.
    for d in &b.dicts {
        for (k, v) in &d.entries {
            assert!(
                !format!("{k}{v}")
                    .contains(|c| c == '\n' || ('\u{2FF0}'..='\u{2FFF}').contains(&c)),
                "dictionary entry {k:?} -> {v:?} holds a line break or an IDS operator"
            );
        }
    }

    // Every key holds a byte >= 0xE3 (CJK), so text without such a byte converts to itself.
    let all_keys_cjk = b
        .dicts
        .iter()
        .all(|d| d.entries.iter().all(|(k, _)| k.bytes().any(|x| x >= 0xE3)));

    let dir = out_dir.join("convert");
    fs::create_dir_all(&dir).expect("create OUT_DIR/convert");
    let mut code = String::from("// @generated by build/convert.rs from data/opencc/\n");
    writeln!(
        code,
        "pub(crate) const ALL_KEYS_CJK: bool = {all_keys_cjk};"
    )
    .ok();
    writeln!(
        code,
        "pub(crate) static DICT_DATA: [&[u8]; {}] = [",
        b.dicts.len()
    )
    .ok();
    let mut sizes = BTreeMap::new();
    for (i, d) in b.dicts.iter().enumerate() {
        let bytes = serialize(d);
        sizes.insert(i, bytes.len());
        let file = dir.join(format!("dict_{i}.bin"));
        if fs::read(&file).ok().as_deref() != Some(&bytes[..]) {
            fs::write(&file, &bytes).expect("write dict");
        }
        writeln!(
            code,
            "    include_bytes!(concat!(env!(\"OUT_DIR\"), \"/convert/dict_{i}.bin\")),"
        )
        .ok();
    }
    code.push_str("];\n");
    writeln!(
        code,
        "pub(crate) static CONFIG_SPECS: [ConfigSpec; {}] = [",
        configs.len()
    )
    .ok();
    for c in &configs {
        writeln!(
            code,
            "    ConfigSpec {{ name: {:?}, description: {:?}, normalization: &{:?}, segmentation: {:?}, chain: &{:?}, gap_chars_only: {}, gap_composite: {:?} }},",
            c.name, c.description, c.normalization, c.segmentation, c.chain, c.gap_chars_only, c.gap_composite
        )
        .ok();
    }
    code.push_str("];\n");
    fs::write(out_dir.join("convert_tables.rs"), code).expect("write convert_tables.rs");
}
