//! Throughput of the text layer: normalisation (with and without offset maps) and script profiles on mixed
//! Chinese / Latin / Southeast Asian text. Run: `cargo bench --bench text`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use zoulang::normalize::{NormalizeOptions, normalize, normalize_with_offsets};

fn mixed_text() -> String {
    let mut s = String::new();
    while s.len() < 1 << 20 {
        s.push_str(zoulang::sample::ZH_HANS);
        s.push_str(zoulang::sample::EN);
        s.push_str(zoulang::sample::NOISY);
        for (_, t) in zoulang::sample::MULTILINGUAL {
            s.push_str(t);
            s.push('\n');
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = mixed_text();
    let ascii: String = zoulang::sample::EN.repeat((1 << 20) / zoulang::sample::EN.len());
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize nfc (mixed, 1 MB)", |b| {
        b.iter(|| normalize(black_box(&text), &NormalizeOptions::default()))
    });
    g.bench_function("normalize matching (mixed, 1 MB)", |b| {
        b.iter(|| normalize(black_box(&text), &NormalizeOptions::matching()))
    });
    g.bench_function("normalize_with_offsets matching (mixed, 1 MB)", |b| {
        b.iter(|| normalize_with_offsets(black_box(&text), &NormalizeOptions::matching()))
    });
    g.bench_function("script_profile (mixed, 1 MB)", |b| {
        b.iter(|| zoulang::script_profile(black_box(&text)))
    });
    g.throughput(Throughput::Bytes(ascii.len() as u64));
    g.bench_function("normalize nfc (English, 1 MB)", |b| {
        b.iter(|| normalize(black_box(&ascii), &NormalizeOptions::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
