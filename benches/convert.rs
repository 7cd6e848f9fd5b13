//! Throughput of Chinese script conversion: s2t, s2twp on Simplified text, t2s on Traditional text, with and
//! without offsets, the no-Han pass-through, `fold_to_simplified`, text dense with 计划 with and without the
//! jihua overlay, and converter construction.
//! Run: `cargo bench --bench convert`. Uses ../shared/data/convert/zuozhuan-zhs.txt when present (OpenCC's
//! own benchmark text); otherwise the built-in sample repeated to 1 MB, with a message.
//! The side-by-side comparison with OpenCC is benches/convert_vs_opencc.py.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use zoulang::convert::{Config, Converter, Overlay, fold_to_simplified};

fn simplified_text() -> String {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/convert/zuozhuan-zhs.txt");
    match std::fs::read_to_string(&shared) {
        Ok(t) => t,
        Err(_) => {
            eprintln!(
                "convert bench: ../shared/data/convert/zuozhuan-zhs.txt is absent; using the built-in sample"
            );
            zoulang::sample::ZH_HANS.repeat((1 << 20) / zoulang::sample::ZH_HANS.len())
        }
    }
}

fn bench(c: &mut Criterion) {
    let zhs = simplified_text();
    let zht = Converter::new(Config::S2t).convert(&zhs);
    let latin: String = zoulang::sample::EN.repeat((1 << 20) / zoulang::sample::EN.len());
    let mut g = c.benchmark_group("convert");
    g.sample_size(20);
    for (config, text, label) in [
        (Config::S2t, &zhs, "s2t (Simplified)"),
        (Config::S2twp, &zhs, "s2twp (Simplified)"),
        (Config::T2s, &zht, "t2s (Traditional)"),
    ] {
        let conv = Converter::new(config);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(label, |b| b.iter(|| conv.convert(black_box(text))));
        g.bench_function(format!("{label} with offsets"), |b| {
            b.iter(|| conv.convert_with_offsets(black_box(text)))
        });
    }
    g.throughput(Throughput::Bytes(zht.len() as u64));
    g.bench_function("fold_to_simplified (Traditional)", |b| {
        b.iter(|| fold_to_simplified(black_box(&zht)))
    });
    let s2t = Converter::new(Config::S2t);
    g.throughput(Throughput::Bytes(latin.len() as u64));
    g.bench_function("s2t (English, no Han)", |b| {
        b.iter(|| s2t.convert(black_box(&latin)))
    });
    g.bench_function("memcpy baseline (English)", |b| {
        b.iter(|| black_box(&latin).to_string())
    });
    // Text dense with 计划, without and with the jihua overlay (a jieba cut around every 計劃).
    let dense = "五年计划、统计划分的计划书，我们计划明年去。".repeat(2000);
    let jihua = s2t.with_overlays(&[Overlay::Jihua]);
    g.throughput(Throughput::Bytes(dense.len() as u64));
    g.bench_function("s2t (dense 计划)", |b| {
        b.iter(|| s2t.convert(black_box(&dense)))
    });
    g.bench_function("s2t + jihua (dense 计划)", |b| {
        b.iter(|| jihua.convert(black_box(&dense)))
    });
    g.finish();
    c.bench_function("Converter::new(s2twp)", |b| {
        b.iter(|| Converter::new(black_box(Config::S2twp)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
