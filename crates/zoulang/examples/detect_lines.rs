//! Reads lines (stdin or FILE) and prints one language tag per line: zoulang's (default), bare
//! whatlang's (`--whatlang`), or zoulang's with candidates (`--verbose`). The detection time (excluding I/O)
//! goes to stderr as `detect_seconds=…`. Used by benches/detect_vs_peers.py.
//!
//! `cargo run --release -p zoulang --example detect_lines -- [--whatlang|--verbose] [--only TAGS] [FILE]`

use std::io::{BufRead, Read, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let whatlang_mode = args.iter().any(|a| a == "--whatlang");
    let verbose = args.iter().any(|a| a == "--verbose");
    let mut only: Option<Vec<String>> = None;
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--only" => {
                only = it
                    .next()
                    .map(|s| s.split(',').map(str::to_string).collect())
            }
            "--whatlang" | "--verbose" => {}
            f => file = Some(f.to_string()),
        }
    }
    let mut text = String::new();
    match &file {
        Some(f) => text = std::fs::read_to_string(f).expect("readable file"),
        None => {
            std::io::stdin()
                .lock()
                .read_to_string(&mut text)
                .expect("UTF-8 stdin");
        }
    }
    let lines: Vec<&str> = text.lines().collect();
    let det = match &only {
        Some(o) => zoulang::Detector::new().only(o).expect("valid tags"),
        None => zoulang::Detector::new(),
    };
    let wl = match &only {
        Some(o) => whatlang::Detector::with_allowlist(
            o.iter()
                .filter_map(|t| {
                    whatlang::Lang::from_code(zoulang::LanguageTag::parse(t).ok()?.iso639_3())
                })
                .collect(),
        ),
        None => whatlang::Detector::new(),
    };
    let _ = det.detect("warm up the tables");
    let start = std::time::Instant::now();
    let out: Vec<String> = if whatlang_mode {
        lines
            .iter()
            .map(|l| {
                wl.detect_lang(l)
                    .map_or("und".to_string(), |x| x.code().to_string())
            })
            .collect()
    } else if verbose {
        lines
            .iter()
            .map(|l| format!("{:?}", det.detect(l)))
            .collect()
    } else {
        lines
            .iter()
            .map(|l| det.detect(l).lang.as_str().to_string())
            .collect()
    };
    let secs = start.elapsed().as_secs_f64();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for o in out {
        writeln!(w, "{o}").unwrap();
    }
    eprintln!("detect_seconds={secs:.6} lines={}", lines.len());
    let _ = std::io::stdin().lock().lines();
}
