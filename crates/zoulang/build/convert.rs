//! Build step for `convert`: compiles the vendored OpenCC configs and dictionaries (data/opencc/) into
//! double-array Aho-Corasick automata (daachorse) written to OUT_DIR and embedded in the library.
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

use daachorse::{CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use serde_json::Value;

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
}

/// Serialises one flattened dictionary: `n`, `blob_len`, `n + 1` value offsets (u32 LE), the value blob, then
/// the automaton (pattern value = entry index).
fn serialize(flat: &Flat) -> Vec<u8> {
    let mut out = Vec::new();
    let mut blob = String::new();
    let mut offsets = vec![0u32];
    for (_, v) in &flat.entries {
        blob.push_str(v);
        offsets.push(u32::try_from(blob.len()).expect("value blob under 4 GiB"));
    }
    let n = u32::try_from(flat.entries.len()).expect("entry count");
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&u32::try_from(blob.len()).expect("blob").to_le_bytes());
    for o in offsets {
        out.extend_from_slice(&o.to_le_bytes());
    }
    out.extend_from_slice(blob.as_bytes());
    if !flat.entries.is_empty() {
        let pma = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_with_values(
                flat.entries
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.as_str(), i as u32)),
            )
            .expect("daachorse build");
        out.extend_from_slice(&pma.serialize());
    }
    out
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
        let segmentation = doc.get("segmentation").map(|seg| {
            assert_eq!(
                seg["type"], "mmseg",
                "config {name}: only mmseg segmentation is supported"
            );
            let (sig, seg_flat) = b.flatten(&seg["dict"]);
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
        });
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
            "    ConfigSpec {{ name: {:?}, description: {:?}, normalization: &{:?}, segmentation: {:?}, chain: &{:?} }},",
            c.name, c.description, c.normalization, c.segmentation, c.chain
        )
        .ok();
    }
    code.push_str("];\n");
    fs::write(out_dir.join("convert_tables.rs"), code).expect("write convert_tables.rs");
}
