//! `zoulang demo`: every capability on the built-in sample, as a readable report.

use std::io::{self, Write};

use zoulang::normalize::{NormalizeOptions, normalize_with_offsets};
use zoulang::{sample, script_profile};

fn heading(out: &mut impl Write, title: &str) -> io::Result<()> {
    writeln!(out, "\n== {title} ==")
}

pub fn run(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "zoulang {} demo: built-in sample text (illustrative, written for zoulang)",
        env!("CARGO_PKG_VERSION")
    )?;

    heading(
        out,
        "Normalisation (NFKC, half width, dashes, quotes, white space) with an offset map",
    )?;
    let (norm, map) = normalize_with_offsets(sample::NOISY, &NormalizeOptions::matching());
    writeln!(out, "input : {}", sample::NOISY)?;
    writeln!(out, "output: {norm}")?;
    for needle in ["ASEAN 2025", "中国-东盟", "China-ASEAN"] {
        if let Some(i) = norm.find(needle) {
            let src = map.to_source(i..i + needle.len());
            writeln!(
                out,
                "  found {needle:?} in the output at bytes {i}..{}; in the input it is {:?} (bytes {}..{})",
                i + needle.len(),
                &sample::NOISY[src.clone()],
                src.start,
                src.end
            )?;
        }
    }

    heading(
        out,
        "Script profiles (share of letters; runs of one script)",
    )?;
    for (tag, text) in sample::MULTILINGUAL {
        let p = script_profile(text);
        let shares: Vec<String> = p
            .shares
            .iter()
            .map(|(s, f)| format!("{s}={f:.2}"))
            .collect();
        writeln!(out, "  {tag:<8} {:<24} {}", shares.join(" "), preview(text))?;
    }
    let mixed = sample::NOISY;
    let p = script_profile(mixed);
    let runs: Vec<String> = p
        .runs
        .iter()
        .map(|r| format!("{}[{:?}]", r.script, &mixed[r.start..r.end]))
        .collect();
    writeln!(out, "  runs of the noisy line: {}", runs.join(" "))?;
    heading(
        out,
        "Glossary terms (built-in China–ASEAN glossary), any script or variant",
    )?;
    super::terms::demo(out)?;
    Ok(())
}

fn preview(text: &str) -> String {
    let mut s: String = text.chars().take(36).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}
