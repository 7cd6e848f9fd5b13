//! `zoulang glossary convert IN OUT`: converts a glossary between TSV, CSV, OmegaT, JSON and TBX.

use std::io::{Read, Write};

use zoulang::Glossary;
use zoulang::glossary::{Format, LanguagePair};

use super::{CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Converts IN to OUT; formats by extension (.tsv .csv .txt/.utf8 (OmegaT) .json .tbx) or --from/--to.
    /// `-` is standard input (IN, with --from) or standard output (OUT, with --to).
    Convert(ConvertArgs),
}

#[derive(clap::Args, Debug)]
struct ConvertArgs {
    /// The glossary to read (`-`: standard input, with --from).
    #[arg(value_name = "IN")]
    input: String,
    /// The file to write (`-`: standard output, with --to).
    #[arg(value_name = "OUT")]
    output: String,
    /// Format of IN: tsv, csv, omegat, json, tbx (default: from the extension).
    #[arg(long, value_name = "FORMAT")]
    from: Option<String>,
    /// Format of OUT: tsv, csv, omegat, json, tbx (default: from the extension).
    #[arg(long, value_name = "FORMAT")]
    to: Option<String>,
    /// Source language of an OmegaT side; a region (`zh-TW`) picks that region's terms.
    #[arg(long, default_value = "en", value_name = "TAG")]
    src_lang: String,
    /// Target language of an OmegaT side; a region (`zh-TW`, `zh-HK`) picks that region's terms
    /// (東協, 老撾) where a concept has them, and an OmegaT file read is taken as that region's.
    #[arg(long, default_value = "zh-Hans", value_name = "TAG")]
    tgt_lang: String,
    /// Writing OmegaT: leave out the concepts without a term in both languages (their number is
    /// reported on standard error) instead of failing on the first one.
    #[arg(long)]
    skip_incomplete: bool,
}

/// Fails with an input error (exit 1) naming `path` when it cannot be read: a missing file is reported as
/// such before its extension is looked at.
pub fn readable(path: &str) -> CliResult {
    std::fs::File::open(path)
        .map(drop)
        .map_err(|e| CliError::input(format!("{path}: {e}")))
}

/// The format named by `explicit` (the value of `option`), else the one `path`'s extension gives; when
/// neither does, the error names `option`.
pub fn format(explicit: Option<&str>, path: &str, option: &str) -> CliResult<Format> {
    Ok(match explicit {
        Some(f) => f.parse::<Format>()?,
        None if path == "-" => {
            return Err(CliError::usage(format!(
                "`-` (standard {}) has no extension to tell the glossary format: pass {option} \
                 tsv|csv|omegat|json|tbx",
                if option == "--to" { "output" } else { "input" }
            )));
        }
        None => Format::from_path(path).map_err(|_| {
            CliError::usage(format!(
                "{path}: cannot tell the glossary format from the extension; use .tsv, .csv, .txt/.utf8 \
                 (OmegaT), .json or .tbx, or pass {option} tsv|csv|omegat|json|tbx"
            ))
        })?,
    })
}

/// The glossary at `path` (standard input when `-`) in the format named by `explicit` (the value of
/// `option`), else the one the extension gives.
pub fn read(
    path: &str,
    explicit: Option<&str>,
    option: &str,
    pair: LanguagePair,
) -> CliResult<Glossary> {
    if path != "-" {
        readable(path)?;
    }
    let f = format(explicit, path, option)?;
    Ok(if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        let text = zoulang::decode_utf8(&bytes, "<stdin>")?;
        Glossary::parse(text, f, "<stdin>", pair)?
    } else {
        Glossary::from_path_with(path, f, pair)?
    })
}

pub fn run(a: Args) -> CliResult {
    match a.command {
        Command::Convert(c) => {
            let pair = LanguagePair::parse(&c.src_lang, &c.tgt_lang)?;
            let to = format(c.to.as_deref(), &c.output, "--to")?;
            let mut g = read(&c.input, c.from.as_deref(), "--from", pair)?;
            if c.skip_incomplete && to == Format::OmegaT {
                let total = g.len();
                let (both, left_out) = g.with_both_languages(pair)?;
                if left_out > 0 {
                    eprintln!(
                        "zoulang: left out {left_out} of {total} concepts without both a {} and a {} term",
                        pair.source_code(),
                        pair.target_code()
                    );
                }
                g = both;
            }
            let hint = |e: zoulang::Error| {
                let incomplete = to == Format::OmegaT
                    && !c.skip_incomplete
                    && matches!(e, zoulang::Error::InvalidArgument(ref m) if m.contains("has no"));
                let mut err = CliError::from(e);
                if incomplete {
                    err.message
                        .push_str(" (--skip-incomplete leaves such concepts out)");
                }
                err
            };
            if c.output == "-" {
                let text = g.write(to, pair).map_err(hint)?;
                let mut out = super::stdout();
                out.write_all(text.as_bytes())?;
                out.flush()?;
            } else {
                g.write_path(&c.output, to, pair).map_err(hint)?;
            }
            Ok(())
        }
    }
}
