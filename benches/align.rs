//! Criterion bench of sentence alignment: one MAC-Dev chapter pair (zh 001: 295 + 316 sentences), all
//! evidence on, single thread. Reads ../shared/data/align/mac-dev; skips with a message when absent.

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zoulang::LanguageTag;
use zoulang::align::{AlignOptions, align};

fn bench(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/align/mac-dev");
    let read = |p: PathBuf| -> Option<Vec<String>> {
        Some(
            std::fs::read_to_string(p)
                .ok()?
                .lines()
                .map(str::to_string)
                .collect(),
        )
    };
    let (Some(zh), Some(en)) = (read(dir.join("zh/001")), read(dir.join("en/001"))) else {
        eprintln!("skipped: ../shared/data/align/mac-dev is absent");
        return;
    };
    let _ = zoulang::align::Lexicon::builtin_zh_en();
    let opts = AlignOptions::default();
    let mut g = c.benchmark_group("align");
    g.sample_size(20);
    g.throughput(Throughput::Elements((zh.len() + en.len()) as u64));
    g.bench_function("mac-dev-001 zh-en", |b| {
        b.iter(|| align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &opts).unwrap())
    });
    let mut no_learn = opts.clone();
    no_learn.learn = false;
    g.bench_function("mac-dev-001 zh-en, one pass", |b| {
        b.iter(|| align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &no_learn).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
