//! `zoulang align` (sentence alignment of two one-sentence-per-line files) and `zoulang evaluate`
//! (Vecalign score.py strict/lax precision, recall and F1 of a predicted alignment against gold).

use std::io::Write;
use std::sync::Arc;
use std::time::Instant;

use zoulang::align::{
    AlignOptions, Bead, align, evaluate_alignment, parse_alignments, to_jsonl, to_tmx, to_tsv,
};
use zoulang::{Glossary, LanguageTag, Progress};

use super::input::split_terminator;
use super::{CliError, CliResult, Input, InputArgs, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Language of SRC (BCP-47 tag or alias, e.g. zh-Hans, zh-CN, en).
    #[arg(long)]
    src_lang: String,
    /// Language of TGT.
    #[arg(long)]
    tgt_lang: String,
    /// Source file, one sentence per line (`-` for standard input); raw text with `--split`.
    #[arg(value_name = "SRC")]
    src: String,
    /// Target file, one sentence per line.
    #[arg(value_name = "TGT")]
    tgt: String,
    /// `jsonl` ({"src":[..],"tgt":[..],"score":..} per unit), `tsv` (src_text<TAB>tgt_text), `tmx` (TMX 1.4b,
    /// aligned units only) or `align` (Vecalign's `[i]:[j]` lines).
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "tsv", "tmx", "align"])]
    format: String,
    /// SRC and TGT hold raw text: split each into sentences (by --src-lang / --tgt-lang) before aligning;
    /// indices then count sentences in split order, and `tsv`/`tmx` texts are the sentences.
    #[arg(long)]
    split: bool,
    /// Glossary file (TSV, CSV, OmegaT .txt, JSON or TBX, by extension unless --glossary-format is given)
    /// whose terms found on both sides under the same concept id are evidence.
    #[arg(long, value_name = "FILE", conflicts_with = "builtin_glossary")]
    glossary: Option<String>,
    /// Format of the --glossary file, whatever its extension: tsv, csv, omegat, json, tbx.
    #[arg(long, value_name = "FORMAT", requires = "glossary")]
    glossary_format: Option<String>,
    /// Use the built-in China–ASEAN glossary as evidence.
    #[arg(long)]
    builtin_glossary: bool,
    /// Skip the second pass that learns document-specific word pairs.
    #[arg(long)]
    no_learn: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

/// Reads one sentence per line (terminators removed; blank lines are sentences too), or with `split` the
/// whole text split into sentences by [`zoulang::split_sentences`] for `lang`.
fn read_sentences(path: &str, lossy: bool, split: Option<LanguageTag>) -> CliResult<Vec<String>> {
    let mut input = Input::open(&InputArgs {
        file: Some(path.to_string()),
        lossy,
    })?;
    if let Some(lang) = split {
        let text = input.read_all()?;
        return Ok(zoulang::split_sentences(&text, lang)?
            .into_iter()
            .map(|s| s.text)
            .collect());
    }
    let (mut raw, mut line) = (Vec::new(), String::new());
    let mut out = Vec::new();
    while input.next_line(&mut raw, &mut line)? {
        out.push(split_terminator(&line).0.to_string());
    }
    Ok(out)
}

pub fn run(a: Args) -> CliResult {
    if a.src == "-" && a.tgt == "-" {
        return Err(CliError::usage("SRC and TGT cannot both be standard input"));
    }
    let src_lang = LanguageTag::parse(&a.src_lang)?;
    let tgt_lang = LanguageTag::parse(&a.tgt_lang)?;
    let src = read_sentences(&a.src, a.lossy, a.split.then_some(src_lang))?;
    let tgt = read_sentences(&a.tgt, a.lossy, a.split.then_some(tgt_lang))?;
    let mut opts = AlignOptions::default();
    opts.learn = !a.no_learn;
    if let Some(path) = &a.glossary {
        super::glossary::readable(path)?;
        let format =
            super::glossary::format(a.glossary_format.as_deref(), path, "--glossary-format")?;
        opts.glossary = Some(Arc::new(Glossary::from_path_with(
            path,
            format,
            zoulang::glossary::LanguagePair::default(),
        )?));
    } else if a.builtin_glossary {
        opts.glossary = Some(Arc::new(Glossary::builtin().clone()));
    }
    let units = if super::progress::stderr_is_terminal() {
        // The core advances `progress` as it goes; this thread redraws the bar from it.
        let t = Instant::now();
        let progress = Progress::new();
        opts.progress = Some(progress.clone());
        let label = format!("aligning {} × {} sentences", src.len(), tgt.len());
        let units = super::progress::run_counted(&label, &progress, || {
            align(&src, &tgt, src_lang, tgt_lang, &opts)
        })??;
        eprintln!(
            "aligned {} × {} sentences: {} units in {:.2} s",
            src.len(),
            tgt.len(),
            units.len(),
            t.elapsed().as_secs_f64()
        );
        units
    } else {
        align(&src, &tgt, src_lang, tgt_lang, &opts)?
    };
    let text = match a.format.as_str() {
        "tsv" => to_tsv(&units, &src, &tgt)?,
        "tmx" => to_tmx(&units, &src, &tgt, src_lang, tgt_lang)?,
        "align" => zoulang::align::write_align_format(&units),
        _ => to_jsonl(&units),
    };
    let mut out = stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct EvaluateArgs {
    /// Gold alignment: `.align` lines (`[0, 1]:[0]`) or `zoulang align` JSON lines.
    #[arg(value_name = "GOLD")]
    gold: String,
    /// Predicted alignment, in either format.
    #[arg(value_name = "PRED")]
    pred: String,
}

/// Parses `.align` lines or JSON lines with `src`/`tgt` index lists.
fn read_beads(path: &str) -> CliResult<Vec<Bead>> {
    let text = Input::open(&InputArgs {
        file: Some(path.to_string()),
        lossy: false,
    })?
    .read_all()?;
    if text.trim_start().starts_with('{') {
        let mut out = Vec::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            #[derive(serde::Deserialize)]
            struct Unit {
                src: Vec<usize>,
                tgt: Vec<usize>,
            }
            let u: Unit = serde_json::from_str(line)
                .map_err(|e| CliError::input(format!("{path}:{}: {e}", n + 1)))?;
            out.push((u.src, u.tgt));
        }
        Ok(out)
    } else {
        Ok(parse_alignments(&text, path)?)
    }
}

pub fn evaluate(a: EvaluateArgs) -> CliResult {
    let gold = read_beads(&a.gold)?;
    let pred = read_beads(&a.pred)?;
    let s = evaluate_alignment(&gold, &pred);
    let mut out = stdout();
    writeln!(
        out,
        "{}",
        serde_json::to_string(&s).map_err(|e| CliError::input(e.to_string()))?
    )?;
    out.flush()?;
    Ok(())
}
