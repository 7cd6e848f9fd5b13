//! `zoulang terms`: glossary terms found in each input line, as JSON Lines with code point offsets.

use std::io::Write;

use serde::Serialize;
use zoulang::glossary::LanguagePair;
use zoulang::{CharIndex, Glossary};

use super::{CliError, CliResult, Input, InputArgs, input::split_terminator, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A glossary file to add (TSV, CSV, OmegaT .txt/.utf8, JSON, TBX; by extension, unless
    /// --glossary-format is given). Repeatable. Its entries win over the built-in ones (and a later
    /// file's over an earlier one's) where their terms match the same text; an id already defined is an
    /// error naming both places. `-` reads it from standard input (with --glossary-format; the text then
    /// comes from FILE).
    #[arg(long = "glossary", value_name = "FILE")]
    glossaries: Vec<String>,
    /// Format of every --glossary file, whatever its extension: tsv, csv, omegat, json, tbx.
    #[arg(long, value_name = "FORMAT")]
    glossary_format: Option<String>,
    /// Leave out the built-in China–ASEAN glossary.
    #[arg(long)]
    no_builtin: bool,
    /// Source language of OmegaT glossaries.
    #[arg(long, default_value = "en", value_name = "TAG")]
    src_lang: String,
    /// Target language of OmegaT glossaries.
    #[arg(long, default_value = "zh-Hans", value_name = "TAG")]
    tgt_lang: String,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Serialize)]
struct Row<'a> {
    line: usize,
    start: usize,
    end: usize,
    text: &'a str,
    id: &'a str,
    lang: &'a str,
}

/// The built-in glossary (unless `no_builtin`) plus every file given, each in `format` if given, else in
/// the one its extension gives. A later file's terms take precedence over the earlier ones' and the
/// built-in's (`Glossary::extend` puts its concepts first): a user entry for a built-in name is the one
/// reported.
pub fn load(
    files: &[String],
    format: Option<&str>,
    no_builtin: bool,
    pair: LanguagePair,
) -> CliResult<Glossary> {
    if no_builtin && files.is_empty() {
        return Err(CliError::usage(
            "--no-builtin needs at least one --glossary FILE",
        ));
    }
    let mut g = if no_builtin {
        Glossary::empty()
    } else {
        Glossary::builtin().clone()
    };
    if files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(CliError::usage(
            "--glossary - (standard input) can be given once",
        ));
    }
    for f in files {
        let user = super::glossary::read(f, format, "--glossary-format", pair)?;
        // Names the file and line of both definitions of a clashing id.
        g.extend(user)?;
    }
    Ok(g)
}

pub fn run(a: Args) -> CliResult {
    let pair = LanguagePair::parse(&a.src_lang, &a.tgt_lang)?;
    if a.glossaries.iter().any(|f| f == "-") && a.input.file.as_deref().is_none_or(|f| f == "-") {
        return Err(CliError::usage(
            "--glossary - reads the glossary from standard input: give the text as FILE",
        ));
    }
    let g = load(
        &a.glossaries,
        a.glossary_format.as_deref(),
        a.no_builtin,
        pair,
    )?;
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        let (content, _) = split_terminator(&line);
        let found = g.find(content);
        let idx = CharIndex::new(content);
        for m in &found {
            let row = Row {
                line: input.line_number(),
                start: idx.to_char(m.start),
                end: idx.to_char(m.end),
                text: m.text,
                id: m.id,
                lang: m.lang.as_str(),
            };
            serde_json::to_writer(&mut out, &row).map_err(|e| CliError::input(e.to_string()))?;
            out.write_all(b"\n")?;
        }
        input.flush_if_waiting(&mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// The glossary part of `zoulang demo`: terms found in the sample lines, with their entry ids.
pub fn demo(out: &mut impl Write) -> std::io::Result<()> {
    let g = Glossary::builtin();
    let lines = std::iter::once(("noisy", zoulang::sample::NOISY))
        .chain(zoulang::sample::MULTILINGUAL.iter().copied());
    for (tag, text) in lines {
        let found: Vec<String> = g
            .find(text)
            .into_iter()
            .map(|m| format!("{}→{}", m.text, m.id))
            .collect();
        if !found.is_empty() {
            writeln!(out, "  {tag:<8} {}", found.join("  "))?;
        }
    }
    Ok(())
}
