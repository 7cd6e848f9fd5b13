//! Aligns MAC-Dev (../shared/data/align/mac-dev: six chapters of Chinese novels and their published English
//! translations) and prints strict/lax precision, recall and F1 per document and overall (Vecalign's
//! score.py), beside Bertalign's output on the same documents, and the throughput.
//!
//! ```text
//! cargo run --release --example align_mac_dev [-- --set merge_penalty=0.3 --no-learn]
//! ```
//! Documents are aligned one after another on one thread; CPU time is read from /proc/thread-self/schedstat.

use std::time::Instant;

use zoulang::LanguageTag;
use zoulang::align::{Bead, Scores, align, evaluate_documents, read_alignments};

#[path = "support/cpu.rs"]
mod cpu;
#[path = "support/macdev.rs"]
mod macdev;

fn cpu_seconds(wall: &Instant) -> f64 {
    cpu::cpu_seconds(|| wall.elapsed().as_secs_f64())
}

fn show(name: &str, s: &Scores) {
    println!(
        "{name:<10} strict P {:.3} R {:.3} F1 {:.3} | lax P {:.3} R {:.3} F1 {:.3}",
        s.strict.precision, s.strict.recall, s.strict.f1, s.lax.precision, s.lax.recall, s.lax.f1
    );
}

fn main() {
    let Some(dir) = macdev::dir() else { return };
    let (opts, dump) = macdev::parse(std::env::args().skip(1));
    // Decode the built-in lexicon before timing (a once-per-process cost, reported separately).
    let t0 = Instant::now();
    let _ = zoulang::align::Lexicon::builtin_zh_en();
    let load = t0.elapsed().as_secs_f64();
    let mut ours: Vec<(Vec<Bead>, Vec<Bead>)> = Vec::new();
    let mut theirs: Vec<(Vec<Bead>, Vec<Bead>)> = Vec::new();
    let (mut sentences, mut seconds, mut wall) = (0usize, 0.0f64, 0.0f64);
    let epoch = Instant::now();
    for id in ["001", "002", "003", "004", "005", "006"] {
        let zh = macdev::read_lines(&dir.join("zh").join(id));
        let en = macdev::read_lines(&dir.join("en").join(id));
        let gold = read_alignments(dir.join("gold").join(format!("{id}.align"))).expect("gold");
        let (t, c) = (Instant::now(), cpu_seconds(&epoch));
        let units = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &opts).expect("align");
        wall += t.elapsed().as_secs_f64();
        seconds += cpu_seconds(&epoch) - c;
        sentences += zh.len() + en.len();
        if let Some(d) = &dump {
            std::fs::create_dir_all(d).expect("dump dir");
            std::fs::write(
                d.join(format!("{id}.align")),
                zoulang::align::write_align_format(&units),
            )
            .expect("dump");
        }
        let pred: Vec<Bead> = units.into_iter().map(|u| (u.src, u.tgt)).collect();
        let s = evaluate_documents(&[(gold.clone(), pred.clone())]);
        show(&format!("{id} ours"), &s);
        ours.push((gold.clone(), pred));
        if let Ok(b) = read_alignments(dir.join("bertalign-output").join(format!("{id}.align"))) {
            show(
                &format!("{id} bert"),
                &evaluate_documents(&[(gold.clone(), b.clone())]),
            );
            theirs.push((gold, b));
        }
    }
    println!();
    show("ALL ours", &evaluate_documents(&ours));
    if theirs.len() == ours.len() {
        show("ALL bert", &evaluate_documents(&theirs));
    }
    println!(
        "throughput: {sentences} sentences (zh + en) in {seconds:.3} CPU-s ({wall:.3} s wall) on one thread = {:.0} \
         sentences per CPU-second (lexicon decoded once in {load:.3} s, not included)",
        sentences as f64 / seconds
    );
}
