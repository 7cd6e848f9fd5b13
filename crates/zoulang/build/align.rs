//! Build step for alignment: compiles the zh–en lexicon table (data/align/cedict-zh-en.tsv, generated from
//! CC-CEDICT by scripts/gen_cedict_lexicon.py) into a compact blob with a serialised daachorse automaton,
//! written to OUT_DIR/align_lexicon_zh_en.bin. Without the `lexicon-zh-en` feature an empty file is written.

use std::path::Path;

#[path = "../src/align/lexicon_format.rs"]
#[allow(dead_code)]
mod lexicon_format;

pub fn run(out_dir: &Path) {
    let src = Path::new("data/align/cedict-zh-en.tsv");
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/align/lexicon_format.rs");
    let out = out_dir.join("align_lexicon_zh_en.bin");
    if std::env::var_os("CARGO_FEATURE_LEXICON_ZH_EN").is_none() {
        std::fs::write(&out, b"").expect("write OUT_DIR");
        return;
    }
    let text = std::fs::read_to_string(src).expect("data/align/cedict-zh-en.tsv is readable UTF-8");
    let table = lexicon_format::parse_tsv(&text)
        .unwrap_or_else(|(line, msg)| panic!("{}:{line}: {msg}", src.display()));
    let automaton = lexicon_format::automaton(&table.headwords).expect("lexicon automaton builds");
    let blob = lexicon_format::encode(&table, &automaton.serialize());
    std::fs::write(&out, blob).expect("write OUT_DIR");
}
