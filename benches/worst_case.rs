//! Worst-case inputs against normal ones: times every public text function on a pathological input and on
//! a normal input of the same size, and prints the ratio (pathological time / normal time). A ratio near 1
//! means the function stays linear on that input; a super-linear function shows a ratio that grows with
//! the size. Run with `benches/worst_case.sh [MB]` (default 8 MB); see RELIABILITY.md for the figures.
//! Not a test: nothing here fails, it measures.

use std::hint::black_box;
use std::time::{Duration, Instant};

use zoulang::align::{AlignOptions, Bead, align, evaluate_alignment};
use zoulang::normalize::{NormalizeOptions, normalize_with_offsets};
use zoulang::{CharIndex, LanguageTag, detect, detect_spans, script_profile};

/// A pair of documents, source and target sentences.
type Docs = (Vec<String>, Vec<String>);

/// A function under test, called on a whole text.
type Timed = Box<dyn Fn(&str)>;

/// Repeats `unit` until the text has `bytes` bytes (cut on a character boundary).
fn fill(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    let mut cut = bytes;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// The best of three runs (after one warm-up).
fn time(f: &dyn Fn(&str), text: &str) -> Duration {
    f(text);
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f(text);
            t.elapsed()
        })
        .min()
        .expect("three runs")
}

/// A normal text: the built-in bilingual sample, every script zoulang is built for, line by line.
fn normal(bytes: usize) -> String {
    let mut unit = String::new();
    unit.push_str(zoulang::sample::ZH_HANS);
    unit.push('\n');
    unit.push_str(zoulang::sample::EN);
    unit.push('\n');
    for (_, s) in zoulang::sample::MULTILINGUAL {
        unit.push_str(s);
        unit.push('\n');
    }
    fill(&unit, bytes)
}

/// Pathological texts, by name.
fn pathological(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("one line, no spaces", fill("abcdefghij", bytes)),
        (
            "only combining marks",
            format!("a{}", fill("\u{0301}", bytes - 1)),
        ),
        (
            "alternating marks",
            fill("\u{0301}\u{0316}\u{0323}\u{0300}", bytes),
        ),
        ("only dashes", fill("—", bytes)),
        ("only spaces (one run)", fill(" \u{3000}\u{a0}\t", bytes)),
        ("one Han char", fill("中", bytes)),
        ("nested brackets", {
            let h = fill("（(", bytes / 2);
            let mut s = h.clone();
            s.push_str(&fill(")）", bytes - h.len()));
            s
        }),
        ("alternating scripts", fill("a中ก", bytes)),
        (
            "Hangul jamo LVT",
            fill("\u{1100}\u{1161}\u{11A8}\u{314F}", bytes),
        ),
        (
            "emoji ZWJ chains",
            fill("\u{1F469}\u{200D}\u{1F4BB}\u{FE0F}", bytes),
        ),
        ("full-width forms", fill("ＡＳＥＡＮ２０２５ｶﾞ", bytes)),
        ("many subtags", fill("x-", bytes)),
    ]
}

fn main() {
    // `cargo test --all-targets` runs bench binaries too: measure only under `cargo bench` (which passes
    // `--bench`), so the test suite stays fast.
    if !std::env::args().any(|a| a == "--bench") {
        println!(
            "worst_case: a benchmark; run it with benches/worst_case.sh (skipped under cargo test)"
        );
        return;
    }
    let mb: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .and_then(|a| a.parse().ok())
        .unwrap_or(8);
    let bytes = mb << 20;
    let functions: Vec<(&str, Timed)> = vec![
        (
            "normalize_with_offsets(matching)",
            Box::new(|t| {
                black_box(normalize_with_offsets(t, &NormalizeOptions::matching()));
            }),
        ),
        (
            "normalize_with_offsets(nfc)",
            Box::new(|t| {
                black_box(normalize_with_offsets(t, &NormalizeOptions::default()));
            }),
        ),
        (
            "script_profile",
            Box::new(|t| {
                black_box(script_profile(t));
            }),
        ),
        (
            "CharIndex (build + 1000 lookups)",
            Box::new(|t| {
                let idx = CharIndex::new(t);
                let n = idx.char_len().max(1);
                for k in 0..1000 {
                    black_box(idx.to_byte(k * 7919 % n));
                }
            }),
        ),
        (
            "LanguageTag::parse",
            Box::new(|t| {
                black_box(LanguageTag::parse(t).is_ok());
            }),
        ),
        (
            "detect",
            Box::new(|t| {
                black_box(detect(t));
            }),
        ),
        (
            "detect_spans",
            Box::new(|t| {
                black_box(detect_spans(t));
            }),
        ),
    ];
    let normal_text = normal(bytes);
    let cases = pathological(bytes);
    println!(
        "worst case vs normal input, {mb} MiB each (best of 3; ratio = pathological / normal)"
    );
    header();
    for (fname, f) in &functions {
        let base = time(f.as_ref(), &normal_text);
        let rows = cases
            .iter()
            .map(|(c, text)| (*c, time(f.as_ref(), text)))
            .collect();
        report(fname, base, rows);
    }
    alignment(mb);
}

fn header() {
    println!(
        "{:<34} {:<26} {:>10} {:>10} {:>7}",
        "function", "input", "normal ms", "worst ms", "ratio"
    );
}

/// Prints one row per pathological case and the worst one.
fn report(fname: &str, base: Duration, rows: Vec<(&str, Duration)>) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let ratio = |d: Duration| d.as_secs_f64() / base.as_secs_f64().max(1e-9);
    let mut worst = ("", Duration::ZERO);
    for (c, t) in rows {
        println!(
            "{fname:<34} {c:<26} {:>10.1} {:>10.1} {:>7.2}",
            ms(base),
            ms(t),
            ratio(t)
        );
        if t > worst.1 {
            worst = (c, t);
        }
    }
    println!(
        "{fname:<34} {:<26} {:>10.1} {:>10.1} {:>7.2}   <- worst",
        worst.0,
        ms(base),
        ms(worst.1),
        ratio(worst.1)
    );
}

/// Alignment and its evaluation: a normal pair of documents (the bilingual sample, repeated) against
/// pathological pairs of the same total size; a normal 1-1 gold alignment against one giant unit.
fn alignment(mb: usize) {
    let n = 150 * mb; // sentences per side
    let zh: Vec<&str> = zoulang::sample::ZH_HANS.split_inclusive('。').collect();
    let en: Vec<&str> = zoulang::sample::EN.split_inclusive(". ").collect();
    let take = |v: &[&str], n: usize| -> Vec<String> {
        v.iter().cycle().take(n).map(|s| s.to_string()).collect()
    };
    let (src, tgt) = (take(&zh, n), take(&en, n));
    let total: usize = src.iter().chain(&tgt).map(String::len).sum();
    let run = |(s, t): &Docs| {
        let go = || {
            black_box(
                align(
                    s,
                    t,
                    LanguageTag::ZH_HANS,
                    LanguageTag::EN,
                    &AlignOptions::default(),
                )
                .expect("align"),
            );
        };
        go();
        (0..2)
            .map(|_| {
                let t0 = Instant::now();
                go();
                t0.elapsed()
            })
            .min()
            .expect("two runs")
    };
    let normal = (src.clone(), tgt.clone());
    let one_line = |v: &[String]| vec![v.concat()];
    let cases: Vec<(&str, Docs)> = vec![
        ("target side empty", (take(&zh, n * 2), Vec::new())),
        ("one giant source sentence", (one_line(&src), tgt.clone())),
        (
            "1 vs n tiny sentences",
            (vec![src.concat()], vec!["a.".to_string(); total / 4]),
        ),
        (
            "identical sentences",
            (vec![zh[0].to_string(); n], vec![en[0].to_string(); n]),
        ),
        (
            "punctuation only",
            (vec!["。".to_string(); n], vec!["...".to_string(); n]),
        ),
        (
            "unrelated sides",
            (take(&zh, n), take(&["ลาวและไทย ", "ພາສາລາວ "], n)),
        ),
    ];
    println!();
    println!(
        "align, {n} + {n} sentences ({} KiB) and cases of about the same size",
        total >> 10
    );
    header();
    let base = run(&normal);
    report(
        "align",
        base,
        cases.iter().map(|(c, d)| (*c, run(d))).collect(),
    );

    let gold: Vec<Bead> = (0..n * 20).map(|i| (vec![i], vec![i])).collect();
    let all: Vec<usize> = (0..n * 20).collect();
    let giant: Vec<Bead> = vec![(all.clone(), all)];
    let eval = |g: &Vec<Bead>, t: &Vec<Bead>| {
        let t0 = Instant::now();
        black_box(evaluate_alignment(g, t));
        t0.elapsed()
    };
    println!();
    println!("evaluate_alignment, {} indices a side", n * 20);
    header();
    let base = eval(&gold, &gold);
    report(
        "evaluate_alignment",
        base,
        vec![
            ("one giant gold unit", eval(&giant, &gold)),
            ("one giant unit both sides", eval(&giant, &giant)),
        ],
    );
}
