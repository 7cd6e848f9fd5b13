//! Partial overlap: aligns MAC-Dev chapters (../shared/data/align/mac-dev) of which only part of one side has
//! a counterpart — Chinese first or second half only, a middle third cut from either side, another chapter's
//! English appended, one Chinese sentence against the whole English chapter — and scores each against the
//! gold restricted to the kept sentences (sentences whose counterpart was cut are gold-unaligned), beside the
//! whole chapter. See `examples/support/partial.rs` for how the cases are built.
//!
//! ```text
//! cargo run --release --example align_partial [-- --set unaligned_cost=1.4 --no-learn]
//! ```
//! Prints strict F1 per case and chapter, strict/lax F1 over all six chapters, and how many of the sentences
//! that lost their counterpart were left unaligned.

use std::time::Instant;

use zoulang::LanguageTag;
use zoulang::align::{Bead, align, evaluate_documents, read_alignments};

#[path = "support/macdev.rs"]
mod macdev;
#[path = "support/partial.rs"]
mod partial;

/// Per case kind: per chapter (gold, predicted) pairs, orphans left unaligned and orphans.
#[derive(Default)]
struct Row {
    docs: Vec<Vec<(Vec<Bead>, Vec<Bead>)>>,
    left: usize,
    orphans: usize,
}

fn main() {
    let Some(dir) = macdev::dir() else { return };
    let (opts, _) = macdev::parse(std::env::args().skip(1));
    let ids = ["001", "002", "003", "004", "005", "006"];
    let chapters: Vec<(Vec<String>, Vec<String>, Vec<Bead>)> = ids
        .iter()
        .map(|id| {
            (
                macdev::read_lines(&dir.join("zh").join(id)),
                macdev::read_lines(&dir.join("en").join(id)),
                read_alignments(dir.join("gold").join(format!("{id}.align"))).expect("gold"),
            )
        })
        .collect();
    let run = |zh: &[String], en: &[String]| -> Vec<Bead> {
        align(zh, en, LanguageTag::ZH_HANS, LanguageTag::EN, &opts)
            .expect("align")
            .into_iter()
            .map(|u| (u.src, u.tgt))
            .collect()
    };
    let t0 = Instant::now();
    let mut names: Vec<String> = vec!["whole chapter".into()];
    let mut rows: Vec<Row> = Vec::new();
    let mut add = |kind: usize, chapter: usize, case: &partial::Case, pred: Vec<Bead>| {
        while rows.len() <= kind {
            rows.push(Row::default());
        }
        let row = &mut rows[kind];
        while row.docs.len() <= chapter {
            row.docs.push(Vec::new());
        }
        row.left += partial::orphans_left_unaligned(case, &pred);
        row.orphans += case.orphans.len();
        row.docs[chapter].push((case.gold.clone(), pred));
    };
    for (c, (zh, en, gold)) in chapters.iter().enumerate() {
        let whole = partial::Case {
            name: "whole chapter".into(),
            zh: zh.clone(),
            en: en.clone(),
            gold: gold.clone(),
            orphans: Vec::new(),
        };
        add(0, c, &whole, run(zh, en));
        let other = &chapters[(c + 1) % chapters.len()].1;
        let cases = partial::cases(zh, en, gold, other);
        for (k, case) in cases.iter().enumerate() {
            if names.len() <= k + 1 {
                names.push(case.name.clone());
            }
            add(k + 1, c, case, run(&case.zh, &case.en));
        }
        let kind = cases.len() + 1;
        if names.len() == kind {
            names.push("1 zh sentence (x5)".into());
        }
        for case in partial::single_sentences(zh, en, gold, 5) {
            add(kind, c, &case, run(&case.zh, &case.en));
        }
    }
    print!("{:<20}", "case \\ strict F1");
    for id in ids {
        print!(" {id:>6}");
    }
    println!(" | {:>6} {:>6} | unaligned orphans", "strict", "lax");
    for (name, row) in names.iter().zip(&rows) {
        print!("{name:<20}");
        for docs in &row.docs {
            print!(" {:>6.3}", evaluate_documents(docs).strict.f1);
        }
        let all: Vec<(Vec<Bead>, Vec<Bead>)> = row.docs.iter().flatten().cloned().collect();
        let s = evaluate_documents(&all);
        let orphans = if row.orphans == 0 {
            "-".to_string()
        } else {
            format!("{}/{}", row.left, row.orphans)
        };
        println!(" | {:>6.3} {:>6.3} | {orphans}", s.strict.f1, s.lax.f1);
    }
    // The same cases on the six chapters as one book (1,463 + 1,951 sentences), where the coarse search
    // runs on blocks of 8 and 16 sentences; the English appended is chapter 001 again.
    let (mut zh, mut en, mut gold): (Vec<String>, Vec<String>, Vec<Bead>) = Default::default();
    for (z, e, g) in &chapters {
        for (s, t) in g {
            gold.push((
                s.iter().map(|i| i + zh.len()).collect(),
                t.iter().map(|j| j + en.len()).collect(),
            ));
        }
        zh.extend(z.iter().cloned());
        en.extend(e.iter().cloned());
    }
    let whole = evaluate_documents(&[(gold.clone(), run(&zh, &en))])
        .strict
        .f1;
    println!("\nthe six chapters as one book: whole {whole:.3}");
    for case in partial::cases(&zh, &en, &gold, &chapters[0].1) {
        let pred = run(&case.zh, &case.en);
        let s = evaluate_documents(&[(case.gold.clone(), pred.clone())]);
        println!(
            "{:<20} {:>6.3} {:>6.3} | {}/{}",
            case.name,
            s.strict.f1,
            s.lax.f1,
            partial::orphans_left_unaligned(&case, &pred),
            case.orphans.len()
        );
    }
    println!("({:.1} s wall)", t0.elapsed().as_secs_f64());
}
