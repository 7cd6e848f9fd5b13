//! Dumps the Thai sentence-boundary model's features (zoulang::segment::thai_boundary_features, the
//! extractor the splitter uses) for the candidate spaces of ../shared/data/langid-dev/th.txt or another
//! one-sentence-per-line file: lines with even or odd 0-based numbers (or all), joined by spaces as
//! tests/segment_eval.rs does. A candidate is a space with Thai on both sides (closers and openers aside).
//!
//! `cargo run --release -p zoulang --example thai_features -- even|odd|all MODE [path]`, MODE one of
//! - `gold`: one row per candidate, `label<TAB>feature<TAB>…` (label 1 where two lines meet), the sentence
//!   start being the true one;
//! - `predicted`: the same with the sentence starts the current splitter finds;
//! - `serve`: prints `GOLD<TAB>n`, then `pos<TAB>next<TAB>label` per candidate and `END`, then answers
//!   each stdin line `start pos next` with that space's features (for sequential decoding in the
//!   training script, crates/zoulang/scripts/train_thai_boundaries.py).
//!
//! Skips with a message when the file is absent.

use std::io::{BufRead, Write};
use std::path::Path;

fn usage(got: &str) -> ! {
    eprintln!("usage: thai_features even|odd|all gold|predicted|serve [path] (got {got:?})");
    std::process::exit(2);
}

fn is_thai(c: char) -> bool {
    ('\u{0E01}'..='\u{0E5B}').contains(&c)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let half = args.next().unwrap_or_else(|| "even".into());
    let keep = |i: usize| match half.as_str() {
        "even" => i.is_multiple_of(2),
        "odd" => !i.is_multiple_of(2),
        "all" => true,
        other => usage(other),
    };
    let mode = args.next().unwrap_or_else(|| "gold".into());
    if !matches!(mode.as_str(), "gold" | "predicted" | "serve") {
        usage(&mode);
    }
    let path = args
        .next()
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/langid-dev/th.txt")
        });
    let Ok(body) = std::fs::read_to_string(&path) else {
        eprintln!("SKIPPED: {} is absent", path.display());
        return;
    };
    let lines: Vec<&str> = body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .filter(|&(i, _)| keep(i))
        .map(|(_, l)| l.trim())
        .collect();
    let mut text = String::new();
    let mut gold = std::collections::HashSet::new();
    for (k, l) in lines.iter().enumerate() {
        if k > 0 {
            gold.insert(text.len());
            text.push(' ');
        }
        text.push_str(l);
    }
    // Candidate spaces: (pos, next).
    let closers = |c: char| matches!(c, ')' | '"' | '”' | '\'' | '’' | ']');
    let openers = |c: char| matches!(c, '(' | '"' | '“' | '\'' | '‘' | '[');
    let cands: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|&(i, c)| {
            c == ' '
                && text[..i]
                    .chars()
                    .rev()
                    .find(|&d| !closers(d))
                    .is_some_and(is_thai)
                && text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|d| is_thai(d) || openers(d))
        })
        .map(|(i, _)| (i, i + 1))
        .collect();
    let feats = |start: usize, pos: usize, next: usize| {
        zoulang::segment::thai_boundary_features(&text, start, pos, next)
            .unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(1)
            })
            .join("\t")
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let io = |r: std::io::Result<()>| r.expect("writing to stdout");
    match mode.as_str() {
        "serve" => {
            io(writeln!(out, "GOLD\t{}", gold.len()));
            for &(pos, next) in &cands {
                io(writeln!(
                    out,
                    "{pos}\t{next}\t{}",
                    u8::from(gold.contains(&pos))
                ));
            }
            io(writeln!(out, "END"));
            io(out.flush());
            for line in std::io::stdin().lock().lines() {
                let line = line.expect("reading stdin");
                let n: Vec<usize> = line
                    .split_whitespace()
                    .map(|x| x.parse().unwrap_or_else(|_| usage(&line)))
                    .collect();
                let [start, pos, next] = n[..] else {
                    usage(&line)
                };
                io(writeln!(out, "{}", feats(start, pos, next)));
                io(out.flush());
            }
        }
        _ => {
            // Sentence starts: the true ones, or those the current splitter finds.
            let starts: Vec<usize> = if mode == "predicted" {
                let found = zoulang::split_sentences(&text, "th").expect("th is known");
                found.iter().map(|s| s.start).collect()
            } else {
                let mut g: Vec<usize> = gold.iter().map(|&p| p + 1).collect();
                g.push(0);
                g.sort_unstable();
                g
            };
            for &(pos, next) in &cands {
                let start = starts[..starts.partition_point(|&s| s <= pos)]
                    .last()
                    .copied()
                    .unwrap_or(0);
                let label = u8::from(gold.contains(&pos));
                io(writeln!(out, "{label}\t{}", feats(start, pos, next)));
            }
        }
    }
    io(out.flush());
}
