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

    heading(out, "Language identification (tag, confidence)")?;
    for (tag, text) in sample::MULTILINGUAL {
        let d = zoulang::detect(text);
        writeln!(
            out,
            "  {tag:<8} -> {:<8} {:.3}  {}",
            d.lang,
            d.confidence,
            preview(text)
        )?;
    }
    let spans: Vec<String> = zoulang::detect_spans(mixed)
        .iter()
        .map(|s| format!("{}[{:?}]", s.lang, &mixed[s.start..s.end]))
        .collect();
    writeln!(
        out,
        "  language runs of the noisy line: {}",
        spans.join(" ")
    )?;
    heading(
        out,
        "Script conversion (OpenCC 1.4.2 configurations; fold back to Simplified)",
    )?;
    let first = split_simple(sample::ZH_HANS)
        .get(1)
        .copied()
        .unwrap_or(sample::ZH_HANS);
    for config in [
        zoulang::convert::Config::S2t,
        zoulang::convert::Config::S2twp,
        zoulang::convert::Config::S2hk,
    ] {
        let converted = zoulang::Converter::new(config).convert(first);
        writeln!(out, "  {:<6} {}", config.name(), converted)?;
    }
    let tw = zoulang::Converter::new(zoulang::convert::Config::S2twp).convert(first);
    writeln!(out, "  fold   {}", zoulang::fold_to_simplified(&tw).0)?;
    heading(
        out,
        "Sentence alignment (zh-Hans -> en; 1-1, n-m and unaligned units with scores)",
    )?;
    let zh = split_simple(sample::ZH_HANS);
    let en = split_simple(sample::EN);
    let lang = |t| zoulang::LanguageTag::parse(t).map_err(io::Error::other);
    match zoulang::align(
        &zh,
        &en,
        lang("zh-Hans")?,
        lang("en")?,
        &zoulang::AlignOptions::default(),
    ) {
        Ok(units) => {
            for u in units {
                let side = |ids: &[usize], text: &[&str]| {
                    ids.iter()
                        .map(|&i| preview(text[i]))
                        .collect::<Vec<_>>()
                        .join(" + ")
                };
                writeln!(out, "  {:?}:{:?} score {:.2}", u.src, u.tgt, u.score)?;
                writeln!(out, "      zh: {}", side(&u.src, &zh))?;
                writeln!(out, "      en: {}", side(&u.tgt, &en))?;
            }
        }
        Err(e) => writeln!(out, "  alignment failed: {e}")?,
    }
    segment(out)?;
    Ok(())
}

/// Sentence splitting and word segmentation of the sample.
fn segment(out: &mut impl Write) -> io::Result<()> {
    heading(out, "Sentences (split_sentences, byte offsets)")?;
    for (tag, text) in [("zh-Hans", sample::ZH_HANS), ("en", sample::EN)] {
        for s in zoulang::split_sentences(text, tag).map_err(io::Error::other)? {
            writeln!(out, "  {tag:<8} {:>4}..{:<4} {}", s.start, s.end, s.text)?;
        }
    }
    heading(
        out,
        "Words (segment_words: jieba for Chinese, ICU dictionaries for Thai, Lao, Khmer, Burmese)",
    )?;
    for (tag, text) in sample::MULTILINGUAL {
        if matches!(tag, "zh-Hans" | "zh-Hant" | "th" | "lo" | "km" | "my") {
            let first = zoulang::split_sentences(text, tag)
                .map_err(io::Error::other)?
                .into_iter()
                .next()
                .map(|s| s.text)
                .unwrap_or_default();
            let words = zoulang::segment_words(&first, tag).map_err(io::Error::other)?;
            let words: Vec<&str> = words.iter().map(|t| t.text).collect();
            writeln!(out, "  {tag:<8} {}", words.join(" | "))?;
        }
    }
    Ok(())
}

/// Splits the built-in sample into sentences after 。！？ (with a closing quote) and after ". " (the demo's
/// own text only; `zoulang split` is the real sentence splitter).
fn split_simple(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let end = match c {
            '。' | '！' | '？' if next != Some('”') => Some(i + c.len_utf8()),
            '”' if k > 0 && matches!(chars[k - 1].1, '。' | '！' | '？') => {
                Some(i + c.len_utf8())
            }
            '.' if next == Some(' ') => Some(i + 1),
            _ => None,
        };
        if let Some(e) = end {
            out.push(text[start..e].trim());
            start = e;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

fn preview(text: &str) -> String {
    let mut s: String = text.chars().take(36).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}
