//! Glossary term finding at scale: 50,000 generated terms (half Latin, half Chinese) over ~4 MB of mixed
//! Latin/Chinese text. Compares `Glossary::find` (all folding, word boundaries, offsets in the original)
//! against a raw daachorse leftmost-longest scan of the unfolded text with the unfolded terms, and times
//! building the glossary. Writes the generated terms and text to target/glossary-bench/ so that
//! benches/glossary_vs_peers.py can run flashtext and pyahocorasick on the same data.
//!
//! Run: `cargo bench --bench glossary` (prints a SUMMARY line after criterion's report).

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, Throughput};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use zoulang::glossary::{Concept, Term};
use zoulang::{Glossary, LanguageTag};

const TERMS: usize = 50_000;
const TEXT_BYTES: usize = 4_000_000;
/// One token in this many is a glossary term: one hit per ~60 bytes, about the density of glossary
/// entities in the seed article (a text written about them).
const TERM_EVERY: usize = 16;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYL: [&str; 24] = [
    "ka", "lo", "vi", "tra", "men", "sa", "ro", "quan", "dor", "bel", "ni", "to", "pha", "lin",
    "zu", "ang", "mer", "sel", "chi", "na", "on", "ta", "ri", "ge",
];

fn word(r: &mut Rng) -> String {
    let n = 2 + r.below(2);
    let mut w: String = (0..n).map(|_| SYL[r.below(SYL.len())]).collect();
    if r.below(2) == 0 {
        w[..1].make_ascii_uppercase();
    }
    w
}

fn han(r: &mut Rng, n: usize) -> String {
    // Common Simplified characters (no Traditional ones, so folding keeps them as they are).
    const POOL: &str = "中国东盟合作发展经济数字人工智能创新中心贸易区港口城市交通银行科技大学学院研究院产业基金会议论坛博览会广西南宁投资服务平台网络信息数据工程建设管理公司集团";
    let chars: Vec<char> = POOL.chars().collect();
    (0..n).map(|_| chars[r.below(chars.len())]).collect()
}

fn generate() -> (Vec<String>, String) {
    let mut r = Rng(0x5eed_1234_abcd_ef01);
    let mut terms = Vec::with_capacity(TERMS);
    let mut seen = std::collections::HashSet::new();
    while terms.len() < TERMS {
        let t = if terms.len() % 2 == 0 {
            let n = 1 + r.below(3);
            (0..n).map(|_| word(&mut r)).collect::<Vec<_>>().join(" ")
        } else {
            let n = 3 + r.below(6);
            han(&mut r, n)
        };
        if seen.insert(t.to_lowercase()) {
            terms.push(t);
        }
    }
    let mut text = String::with_capacity(TEXT_BYTES + 100);
    while text.len() < TEXT_BYTES {
        // A sentence: Latin or Chinese filler with a glossary term now and then.
        let latin = r.below(2) == 0;
        for _ in 0..12 {
            if r.below(TERM_EVERY) == 0 {
                text.push_str(&terms[r.below(TERMS)]);
            } else if latin {
                text.push_str(&word(&mut r));
            } else {
                let n = 2 + r.below(4);
                text.push_str(&han(&mut r, n));
            }
            text.push_str(if latin { " " } else { "，" });
        }
        text.push_str(if latin { ".\n" } else { "。\n" });
    }
    (terms, text)
}

fn glossary(terms: &[String]) -> Glossary {
    let concepts = terms
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let lang = if i % 2 == 0 {
                LanguageTag::EN
            } else {
                LanguageTag::ZH_HANS
            };
            Concept::new(format!("t{i}"), "").term(Term::new(lang, t.as_str()))
        })
        .collect();
    Glossary::new(concepts).expect("generated terms are valid")
}

fn main() {
    let (terms, text) = generate();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/glossary-bench");
    std::fs::create_dir_all(&dir).expect("create target/glossary-bench");
    std::fs::write(dir.join("terms.txt"), terms.join("\n")).expect("write terms");
    std::fs::write(dir.join("text.txt"), &text).expect("write text");

    let raw: CharwiseDoubleArrayAhoCorasick<u32> = CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&terms)
        .expect("raw automaton");
    let g = glossary(&terms);
    // The same automaton scan over text and terms folded beforehand: what case-insensitive matching costs
    // in the automaton alone, without folding or boundary checks.
    let folded_text = zoulang::glossary::fold_for_matching(&text).0;
    let mut folded_terms: Vec<String> = terms
        .iter()
        .map(|t| zoulang::glossary::fold_for_matching(t).0)
        .collect();
    folded_terms.sort();
    folded_terms.dedup();
    let raw_folded: CharwiseDoubleArrayAhoCorasick<u32> =
        CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&folded_terms)
            .expect("folded automaton");

    // For `perf stat`: run one operation 10 times and stop.
    if let Ok(only) = std::env::var("GLOSSARY_BENCH_ONLY") {
        for _ in 0..10 {
            black_box(match only.as_str() {
                "raw" => raw.leftmost_find_iter(&text).count(),
                "raw_folded" => raw_folded.leftmost_find_iter(&folded_text).count(),
                "fold" => zoulang::glossary::fold_for_matching(&text).0.len(),
                "build" => glossary(&terms).len(),
                "setup" => 0,
                _ => g.find(&text).len(),
            });
        }
        return;
    }
    let mut c = Criterion::default().sample_size(10).configure_from_args();
    if std::env::var_os("GLOSSARY_BENCH_SUMMARY_ONLY").is_some() {
        c = c
            .sample_size(10)
            .measurement_time(std::time::Duration::from_millis(100))
            .warm_up_time(std::time::Duration::from_millis(100));
    }
    let mut group = c.benchmark_group("glossary");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("daachorse_raw_scan", |b| {
        b.iter(|| raw.leftmost_find_iter(black_box(&text)).count())
    });
    group.bench_function("daachorse_prefolded_scan", |b| {
        b.iter(|| {
            raw_folded
                .leftmost_find_iter(black_box(&folded_text))
                .count()
        })
    });
    group.bench_function("zoulang_find_folded", |b| {
        b.iter(|| g.find(black_box(&text)).len())
    });
    group.throughput(Throughput::Elements(TERMS as u64));
    group.bench_function("zoulang_build_50k", |b| {
        b.iter(|| glossary(black_box(&terms)).len())
    });
    group.finish();

    // One-line summary for benches/glossary_vs_peers.py: ROUNDS rounds, each timing every operation once in
    // turn (so that raw and folded scans see the same machine load); medians over the rounds, and the
    // median of the per-round ratios.
    const ROUNDS: usize = 11;
    let time = |f: &dyn Fn() -> usize| {
        let t = Instant::now();
        black_box(f());
        t.elapsed().as_secs_f64()
    };
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut rounds: Vec<[f64; 5]> = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        rounds.push([
            time(&|| raw.leftmost_find_iter(&text).count()),
            time(&|| g.find(&text).len()),
            time(&|| glossary(&terms).len()),
            time(&|| raw_folded.leftmost_find_iter(&folded_text).count()),
            time(&|| zoulang::glossary::fold_for_matching(&text).0.len()),
        ]);
    }
    let col = |k: usize| median(rounds.iter().map(|r| r[k]).collect());
    let (raw_s, zl_s, build_s, rawf_s, fold_s) = (col(0), col(1), col(2), col(3), col(4));
    let ratio = median(rounds.iter().map(|r| r[0] / r[1]).collect());
    let ratio_prefolded = median(rounds.iter().map(|r| r[3] / r[1]).collect());
    // Back to back: each operation called BLOCK times in a row (raw daachorse's automaton stays hot in the
    // cache, as in a loop that does nothing else); the median call of each block, blocks alternating.
    const BLOCK: usize = 11;
    let block = |f: &dyn Fn() -> usize| median((0..BLOCK).map(|_| time(f)).collect());
    let (mut raw_b, mut zl_b) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        raw_b.push(block(&|| raw.leftmost_find_iter(&text).count()));
        zl_b.push(block(&|| g.find(&text).len()));
    }
    let (raw_b, zl_b) = (median(raw_b), median(zl_b));
    let mb = text.len() as f64 / 1e6;
    let raw_n = raw.leftmost_find_iter(&text).count();
    let zl_n = g.find(&text).len();
    println!(
        "SUMMARY rounds={ROUNDS} terms={TERMS} text_mb={mb:.2} raw_mbps={:.1} zoulang_mbps={:.1} ratio={:.2} prefolded_mbps={:.1} ratio_prefolded={:.2} fold_mbps={:.1} build_ms={:.1} raw_matches={raw_n} zoulang_matches={zl_n} b2b_raw_mbps={:.1} b2b_zoulang_mbps={:.1} b2b_ratio={:.2}",
        mb / raw_s,
        mb / zl_s,
        ratio,
        mb / rawf_s,
        ratio_prefolded,
        mb / fold_s,
        build_s * 1e3,
        mb / raw_b,
        mb / zl_b,
        raw_b / zl_b
    );
}
