//! `zoulang demo`: every capability on the built-in sample, as a readable report.

use std::io::{self, Write};

use zoulang::normalize::{NormalizeOptions, normalize_with_offsets};
use zoulang::{CharIndex, sample, script_profile};

fn heading(out: &mut impl Write, title: &str) -> io::Result<()> {
    writeln!(out, "\n== {title} ==")
}

pub fn run(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "zoulang {} demo: built-in sample text (illustrative, written for zoulang)",
        env!("CARGO_PKG_VERSION")
    )?;
    // The pipeline order: normalise -> detect -> convert -> split -> align, with the glossary beside.
    normalisation(out)?;
    scripts(out)?;
    languages(out)?;
    conversion(out)?;
    segment(out)?;
    alignment(out)?;
    terms(out)
}

/// Normalisation of the noisy line, and a span mapped back through the offset map.
fn normalisation(out: &mut impl Write) -> io::Result<()> {
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
            // The library works in bytes; the command line shows code points, as every command does.
            let (o, n) = (CharIndex::new(&norm), CharIndex::new(sample::NOISY));
            writeln!(
                out,
                "  found {needle:?} in the output at code points {}..{}; in the input it is {:?} (code points {}..{})",
                o.to_char(i),
                o.to_char(i + needle.len()),
                &sample::NOISY[src.clone()],
                n.to_char(src.start),
                n.to_char(src.end)
            )?;
        }
    }

    Ok(())
}

/// Script profiles of every sample line.
fn scripts(out: &mut impl Write) -> io::Result<()> {
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
    Ok(())
}

/// Language identification of every sample line, and language runs of mixed text.
fn languages(out: &mut impl Write) -> io::Result<()> {
    let mixed = sample::NOISY;
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
    Ok(())
}

/// OpenCC conversion of one sentence, and the fold back to Simplified.
fn conversion(out: &mut impl Write) -> io::Result<()> {
    heading(
        out,
        "Script conversion (OpenCC 1.4.2 configurations; fold back to Simplified)",
    )?;
    let sentences =
        zoulang::split_sentences(sample::ZH_HANS, "zh-Hans").map_err(io::Error::other)?;
    let first = sentences
        .get(1)
        .map_or(sample::ZH_HANS, |s| s.text.as_str());
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
    Ok(())
}

/// Alignment of the Chinese and English samples (the English merges two Chinese sentences).
fn alignment(out: &mut impl Write) -> io::Result<()> {
    heading(
        out,
        "Sentence alignment (zh-Hans -> en; 1-1, n-m and unaligned units with scores)",
    )?;
    let sentences = |text, tag| -> io::Result<Vec<String>> {
        let split = zoulang::split_sentences(text, tag).map_err(io::Error::other)?;
        Ok(split.into_iter().map(|s| s.text).collect())
    };
    let zh = sentences(sample::ZH_HANS, "zh-Hans")?;
    let en = sentences(sample::EN, "en")?;
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
                let side = |ids: &[usize], text: &[String]| {
                    ids.iter()
                        .map(|&i| preview(&text[i]))
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
    Ok(())
}

/// Glossary terms found in the samples.
fn terms(out: &mut impl Write) -> io::Result<()> {
    heading(
        out,
        "Glossary terms (built-in China–ASEAN glossary), any script or variant",
    )?;
    super::terms::demo(out)?;

    Ok(())
}

/// Sentence splitting and word segmentation of the sample.
fn segment(out: &mut impl Write) -> io::Result<()> {
    heading(out, "Sentences (split_sentences, code point offsets)")?;
    for (tag, text) in [("zh-Hans", sample::ZH_HANS), ("en", sample::EN)] {
        let idx = CharIndex::new(text);
        for s in zoulang::split_sentences(text, tag).map_err(io::Error::other)? {
            let (a, b) = (idx.to_char(s.start), idx.to_char(s.end));
            writeln!(out, "  {tag:<8} {a:>4}..{b:<4} {}", s.text)?;
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

fn preview(text: &str) -> String {
    let mut s: String = text.chars().take(36).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}
