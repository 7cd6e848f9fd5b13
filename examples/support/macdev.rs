//! Shared by the MAC-Dev alignment examples: where the data is, reading it, `AlignOptions` from the
//! command line.

use std::path::PathBuf;

use zoulang::align::AlignOptions;

/// Parses `--no-learn`, `--glossary`, `--set key=value` (a tuned weight, `band` or `max_side`) and
/// `--dump DIR`; returns the options and the dump directory.
pub fn parse(args: impl IntoIterator<Item = String>) -> (AlignOptions, Option<PathBuf>) {
    let mut opts = AlignOptions::default();
    let mut dump = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--no-learn" => opts.learn = false,
            "--glossary" => {
                opts.glossary = Some(std::sync::Arc::new(zoulang::Glossary::builtin().clone()))
            }
            "--dump" => dump = Some(PathBuf::from(it.next().expect("--dump DIR"))),
            "--set" => {
                let kv = it.next().expect("--set key=value");
                let (k, v) = kv.split_once('=').expect("--set key=value");
                let v: f64 = v.parse().expect("a number");
                match k {
                    "length_weight" => opts.length_weight = v,
                    "merge_penalty" => opts.merge_penalty = v,
                    "unaligned_cost" => opts.unaligned_cost = v,
                    "unaligned_run_open" => opts.unaligned_run_open = v,
                    "unaligned_run_cost" => opts.unaligned_run_cost = v,
                    "evidence_prior" => opts.evidence_prior = v,
                    "band" => opts.band = v as usize,
                    "max_side" => opts.max_side = v as usize,
                    other => panic!("unknown option {other}"),
                }
            }
            other => panic!("unknown argument {other}"),
        }
    }
    (opts, dump)
}

/// `../shared/data/align/mac-dev` beside the repository, or `None` (with a message) when it is absent.
pub fn dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/align/mac-dev");
    if dir.join("gold").is_dir() {
        Some(dir)
    } else {
        println!(
            "skipped: {} is absent (MAC-Dev lives in ../shared, beside the repository)",
            dir.display()
        );
        None
    }
}

/// The lines of a file (panics naming the file when it cannot be read).
pub fn read_lines(p: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .lines()
        .map(str::to_string)
        .collect()
}
