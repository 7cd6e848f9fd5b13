//! Accuracy of zoulang's language identification (and of bare whatlang) on ../shared/data/langid-dev.
//!
//! Lines are split by position: even 0-based line numbers are the tuning/calibration half, odd ones the
//! held-out half reported in benches/README.md. Word pairs are two consecutive words of each sentence
//! (at a position chosen by the line number), for the Latin-script languages.
//!
//! Run from the repository root: `cargo run --release -p zoulang --example detect_eval [held-out|tuning]`
//! (add `--errors` to print misclassified lines). Skips with a message when ../shared is absent.

use std::path::Path;

const LANGS: [&str; 13] = [
    "en", "zh-Hans", "zh-Hant", "vi", "th", "lo", "km", "my", "ms", "id", "fil", "ja", "ko",
];

fn whatlang_tag(text: &str) -> String {
    match whatlang::detect_lang(text) {
        None => "und".into(),
        Some(l) => match l {
            whatlang::Lang::Cmn => "zh".into(),
            whatlang::Lang::Tgl => "fil".into(),
            other => zoulang::LanguageTag::parse(other.code())
                .map(|t| t.as_str().to_string())
                .unwrap_or_else(|_| other.code().to_string()),
        },
    }
}

fn pair_of(line: &str, i: usize) -> Option<String> {
    words_of(line, i, 2)
}

/// `n` consecutive words of `line` (punctuation trimmed), starting at a position chosen by `i`.
fn words_of(line: &str, i: usize, n: usize) -> Option<String> {
    let toks: Vec<String> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|t| t.chars().any(|c| c.is_alphabetic()))
        .collect();
    if toks.len() < n {
        return None;
    }
    let k = i % (toks.len() + 1 - n);
    Some(toks[k..k + n].join(" "))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let half = if args.iter().any(|a| a == "tuning") {
        0
    } else {
        1
    };
    let errors = args.iter().any(|a| a == "--errors");
    let dir = Path::new("../shared/data/langid-dev");
    if !dir.exists() {
        eprintln!("skipped: ../shared/data/langid-dev not found (run from the repository root)");
        return;
    }
    let det = zoulang::Detector::new();
    let same = |want: &str, got: &str| want == got || (want == "fil" && got == "tl");
    println!(
        "{:8} {:>6} {:>8} {:>8} {:>7} {:>8} {:>8} {:>8} {:>8} {:>9}",
        "lang",
        "n",
        "zoulang",
        "whatlang",
        "pairs",
        "zl-pairs",
        "wl-pairs",
        "zl-word",
        "wl-word",
        "mean-conf"
    );
    let mut calib: Vec<(f64, bool)> = Vec::new();
    for lang in LANGS {
        let text = std::fs::read_to_string(dir.join(format!("{lang}.txt"))).expect("readable");
        let lines: Vec<&str> = text
            .lines()
            .enumerate()
            .filter(|(i, _)| i % 2 == half)
            .map(|(_, l)| l)
            .collect();
        let (mut ok, mut wok, mut conf) = (0usize, 0usize, 0f64);
        for l in &lines {
            let d = det.detect(l);
            let good = d.lang.as_str() == lang
                || (matches!(lang, "ms" | "id")
                    && matches!(d.lang.as_str(), "ms" | "id")
                    && args.iter().any(|a| a == "--malay-class"));
            ok += good as usize;
            conf += d.confidence;
            calib.push((d.confidence, good));
            let w = whatlang_tag(l);
            let wgood = same(lang, &w) || (lang.starts_with("zh") && w == "zh");
            wok += wgood as usize;
            if errors && !good {
                println!("  ERR {lang} -> {} ({:.3}): {l}", d.lang, d.confidence);
            }
        }
        let latin = matches!(lang, "en" | "vi" | "ms" | "id" | "fil");
        let (mut np, mut pok, mut pwok) = (0usize, 0usize, 0usize);
        let (mut nw, mut wzl, mut wwl) = (0usize, 0usize, 0usize);
        if latin {
            for (i, l) in lines.iter().enumerate() {
                if let Some(w) = words_of(l, i, 1) {
                    nw += 1;
                    wzl += (det.detect(&w).lang.as_str() == lang) as usize;
                    wwl += same(lang, &whatlang_tag(&w)) as usize;
                }
                if let Some(p) = pair_of(l, i) {
                    np += 1;
                    let d = det.detect(&p);
                    let good = d.lang.as_str() == lang;
                    pok += good as usize;
                    calib.push((d.confidence, good));
                    pwok += same(lang, &whatlang_tag(&p)) as usize;
                    if errors && !good && args.iter().any(|a| a == "--pairs") {
                        println!("  PAIR {lang} -> {} ({:.3}): {p}", d.lang, d.confidence);
                    }
                }
            }
        }
        let pct = |a: usize, n: usize| {
            if n == 0 {
                "-".to_string()
            } else {
                format!("{:.2}", 100.0 * a as f64 / n as f64)
            }
        };
        println!(
            "{:8} {:>6} {:>8} {:>8} {:>7} {:>8} {:>8} {:>8} {:>8} {:>9.3}",
            lang,
            lines.len(),
            pct(ok, lines.len()),
            pct(wok, lines.len()),
            np,
            pct(pok, np),
            pct(pwok, np),
            pct(wzl, nw),
            pct(wwl, nw),
            conf / lines.len() as f64
        );
    }
    if args.iter().any(|a| a == "fit-malay") {
        fit_malay(dir, half);
    }
    // Calibration: reliability by confidence bin.
    let bins = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01];
    println!("\nreliability (sentences and pairs): bin, n, mean confidence, accuracy");
    let mut ece = 0.0;
    for w in bins.windows(2) {
        let sel: Vec<_> = calib
            .iter()
            .filter(|(c, _)| *c >= w[0] && *c < w[1])
            .collect();
        if sel.is_empty() {
            continue;
        }
        let mc = sel.iter().map(|x| x.0).sum::<f64>() / sel.len() as f64;
        let acc = sel.iter().filter(|x| x.1).count() as f64 / sel.len() as f64;
        ece += (mc - acc).abs() * sel.len() as f64 / calib.len() as f64;
        println!(
            "  [{:.2},{:.2}) {:6} {:.3} {:.3}",
            w[0],
            w[1],
            sel.len(),
            mc,
            acc
        );
    }
    println!("expected calibration error: {ece:.4}");
}

/// Logistic regression of "is Malay" on (marker log-odds, model cost difference) over the ms/id lines.
fn fit_malay(dir: &Path, half: usize) {
    let mut xs: Vec<([f64; 3], f64)> = Vec::new();
    for (lang, y) in [("ms", 1.0), ("id", 0.0)] {
        let text = std::fs::read_to_string(dir.join(format!("{lang}.txt"))).expect("readable");
        for (i, l) in text.lines().enumerate() {
            if i % 2 == half {
                let (m, d) = zoulang::detect::malay_features(l);
                xs.push(([m as f64, d as f64, 1.0], y));
            }
        }
    }
    let mut w = [1.0, 0.3, 0.0];
    for _ in 0..3000 {
        let mut g = [0.0; 3];
        for (x, y) in &xs {
            let z: f64 = (0..3).map(|k| w[k] * x[k]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for k in 0..3 {
                g[k] += (p - y) * x[k];
            }
        }
        for k in 0..3 {
            w[k] -= 0.5 * g[k] / xs.len() as f64;
        }
    }
    let acc = xs
        .iter()
        .filter(|(x, y)| ((0..3).map(|k| w[k] * x[k]).sum::<f64>() > 0.0) == (*y > 0.5))
        .count() as f64
        / xs.len() as f64;
    println!(
        "malay fit: marker scale {:.3}, model weight {:.3}, bias {:.3}; accuracy {:.4}",
        w[0], w[1], w[2], acc
    );
}
