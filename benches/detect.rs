//! Throughput of language identification on the built-in sample sentences (one call per sentence) and of
//! spans on mixed lines. Run: `cargo bench --bench detect`. Side-by-side figures against whatlang and
//! lingua come from `benches/detect_vs_peers.py`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let det = zoulang::Detector::new();
    let lines: Vec<&str> = zoulang::sample::MULTILINGUAL
        .iter()
        .map(|(_, t)| *t)
        .collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let mut g = c.benchmark_group("detect");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("detect (one sentence per target language)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(det.detect(black_box(l)));
            }
        })
    });
    g.bench_function("detect_spans (same sentences)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(det.detect_spans(black_box(l)));
            }
        })
    });
    let en = zoulang::sample::EN;
    g.throughput(Throughput::Bytes(en.len() as u64));
    g.bench_function("detect (English paragraph)", |b| {
        b.iter(|| det.detect(black_box(en)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
