//! Criterion benchmarks for sentence splitting and word segmentation (figures in benches/README.md).
//!
//! `cargo bench --bench segment`
//!
//! Inputs come from ../shared when present (English UD sentences, the Zuo Zhuan); otherwise from a built-in
//! sample, so the bench runs in a fresh clone too.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn shared(rel: &str) -> Option<String> {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared")
            .join(rel),
    )
    .ok()
}

/// One paragraph (no line breaks) of at least `bytes` bytes of English sentences.
fn english(bytes: usize) -> String {
    let base = shared("data/langid-dev/en.txt")
        .map(|s| s.lines().collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| {
            eprintln!("../shared absent: using a built-in English sample");
            "Mr. Smith went to Washington on Jan. 5. He met the U.S. team at 10 a.m. and left. \
             Prices rose 3.5% (see p. 12). Did it work? Yes! The forum opened in Nanning."
                .to_string()
        });
    let mut out = String::with_capacity(bytes + base.len());
    while out.len() < bytes {
        out.push_str(&base);
        out.push(' ');
    }
    out
}

/// At least `bytes` of Simplified Chinese prose.
fn chinese(bytes: usize) -> String {
    let base = shared("data/convert/zuozhuan-zhs.txt").unwrap_or_else(|| {
        eprintln!("../shared absent: using a built-in Chinese sample");
        "广西与东盟国家在人工智能领域的合作不断深化，中国—东盟信息港建设取得新进展。".to_string()
    });
    let mut out = String::new();
    while out.len() < bytes {
        out.push_str(&base);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn split(c: &mut Criterion) {
    let splitter = zoulang::SentenceSplitter::new("en", Default::default()).unwrap();
    let mut g = c.benchmark_group("split_sentences_en");
    g.sample_size(10);
    // Throughput and scaling: one paragraph of 100 KB and of 1 MB (MB/s must not fall).
    for size in [100_000, 1_000_000] {
        let text = english(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("paragraph", size), &text, |b, t| {
            b.iter(|| splitter.split(black_box(t)))
        });
    }
    // A 10 MB line without punctuation.
    let line = "word ".repeat(2_000_000);
    g.throughput(Throughput::Bytes(line.len() as u64));
    g.bench_function("no_punctuation_10MB", |b| {
        b.iter(|| splitter.spans(black_box(&line)))
    });
    g.finish();

    let zh = zoulang::SentenceSplitter::new("zh-Hans", Default::default()).unwrap();
    let text = chinese(1_000_000);
    let mut g = c.benchmark_group("split_sentences_zh");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("paragraph_1MB", |b| b.iter(|| zh.split(black_box(&text))));
    g.finish();
}

fn words(c: &mut Criterion) {
    let text = chinese(300_000);
    let jieba = jieba_rs::Jieba::new();
    let seg = zoulang::WordSegmenter::new("zh-Hans").unwrap();
    let _ = seg.segment("预热");
    let mut g = c.benchmark_group("segment_words_zh");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("jieba_rs_cut_direct", |b| {
        b.iter(|| jieba.cut(black_box(&text), true).len())
    });
    g.bench_function("zoulang_segment_words", |b| {
        b.iter(|| seg.segment(black_box(&text)).len())
    });
    g.finish();

    let th = "ประเทศไทยมีประชากรประมาณเจ็ดสิบล้านคนและมีกรุงเทพเป็นเมืองหลวง ".repeat(2_000);
    let seg = zoulang::WordSegmenter::new("th").unwrap();
    let mut g = c.benchmark_group("segment_words_th");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(th.len() as u64));
    g.bench_function("zoulang_segment_words", |b| {
        b.iter(|| seg.segment(black_box(&th)).len())
    });
    g.finish();
}

criterion_group!(benches, split, words);
criterion_main!(benches);
