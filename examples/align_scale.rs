//! Memory and time of aligning one long document pair: MAC-Dev (../shared/data/align/mac-dev) concatenated
//! REPS times (the six chapters in order, repeated), scored against the concatenated gold.
//!
//! ```text
//! cargo run --release --example align_scale -- 137   # ≈ 200,000 Chinese + 267,000 English sentences
//! ```
//! Prints sentences, CPU seconds, peak resident memory (VmHWM) and strict/lax F1.

use std::path::PathBuf;
use std::time::Instant;

use zoulang::LanguageTag;
use zoulang::align::{AlignOptions, Bead, align, evaluate_documents, read_alignments};

fn vm_hwm_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<f64>().ok())
            })
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

#[path = "support/cpu.rs"]
mod cpu;

fn cpu_seconds() -> f64 {
    cpu::cpu_seconds(|| f64::NAN)
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/align/mac-dev");
    if !dir.join("gold").is_dir() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let reps: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let (mut zh, mut en, mut gold): (Vec<String>, Vec<String>, Vec<Bead>) = Default::default();
    for _ in 0..reps {
        for id in ["001", "002", "003", "004", "005", "006"] {
            let read = |p: PathBuf| -> Vec<String> {
                std::fs::read_to_string(p)
                    .expect("read")
                    .lines()
                    .map(str::to_string)
                    .collect()
            };
            let (z, e) = (read(dir.join("zh").join(id)), read(dir.join("en").join(id)));
            for (s, t) in
                read_alignments(dir.join("gold").join(format!("{id}.align"))).expect("gold")
            {
                gold.push((
                    s.iter().map(|i| i + zh.len()).collect(),
                    t.iter().map(|j| j + en.len()).collect(),
                ));
            }
            zh.extend(z);
            en.extend(e);
        }
    }
    let _ = zoulang::align::Lexicon::builtin_zh_en();
    let before = vm_hwm_mb();
    let (t, c) = (Instant::now(), cpu_seconds());
    let units = align(
        &zh,
        &en,
        LanguageTag::ZH_HANS,
        LanguageTag::EN,
        &AlignOptions::default(),
    )
    .expect("align");
    let (wall, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
    let pred: Vec<Bead> = units.into_iter().map(|u| (u.src, u.tgt)).collect();
    if std::env::var_os("ALIGN_SCALE_DEBUG").is_some() {
        let mut gold_tgt = vec![usize::MAX; zh.len()];
        for (s, t) in &gold {
            for &i in s {
                gold_tgt[i] = t.first().copied().unwrap_or(usize::MAX);
            }
        }
        let mut off = 0;
        for (k, (s, t)) in pred.iter().enumerate() {
            if let (Some(&i), Some(&j)) = (s.first(), t.first())
                && gold_tgt[i] != usize::MAX
                && gold_tgt[i].abs_diff(j) > 20
            {
                off += 1;
                if off == 1 {
                    println!(
                        "first drift at unit {k}: zh {i} -> en {j}, gold en {}",
                        gold_tgt[i]
                    );
                }
            }
        }
        println!("{off} units drifted by more than 20 sentences");
    }
    let s = evaluate_documents(&[(gold, pred)]);
    println!(
        "reps {reps}: {} zh + {} en sentences; {cpu:.2} CPU-s ({wall:.2} s wall) = {:.0} sentences per CPU-second; \
         peak RSS {:.0} MB (input and lexicon: {before:.0} MB); strict F1 {:.3}, lax F1 {:.3}",
        zh.len(),
        en.len(),
        (zh.len() + en.len()) as f64 / cpu,
        vm_hwm_mb(),
        s.strict.f1,
        s.lax.f1
    );
}
