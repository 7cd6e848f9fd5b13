//! `zoulang split`: sentences, one per output line, a blank line between input paragraphs; or JSON Lines with
//! code point offsets into the whole input.

use std::io::Write;

use zoulang::{CharIndex, SentenceSplitter, SplitOptions};

use super::{CliResult, Input, InputArgs, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Language tag (`en`, `zh-Hans`, `th`, aliases such as `zh-TW`) or `auto`.
    #[arg(long, default_value = "auto")]
    lang: String,
    /// `text` (one sentence per line; line breaks inside a sentence become spaces) or `jsonl`
    /// (`{"text":..,"start":..,"end":..}` per sentence, code point offsets into the input, line breaks kept).
    #[arg(long, default_value = "text", value_parser = ["text", "jsonl"])]
    format: String,
    /// Hard-wrapped input: a single line break does not end a sentence; only a blank line or punctuation
    /// does.
    #[arg(long)]
    hard_wrap: bool,
    /// Semicolons (`;`, `；`) end sentences.
    #[arg(long)]
    semicolons: bool,
    #[command(flatten)]
    input: InputArgs,
}

pub fn run(a: Args) -> CliResult {
    let splitter = SentenceSplitter::new(
        a.lang.as_str(),
        SplitOptions {
            hard_wrap: a.hard_wrap,
            semicolons: a.semicolons,
        },
    )?;
    let text = Input::open(&a.input)?.read_all()?;
    let sentences = splitter.spans(&text);
    let mut out = stdout();
    if a.format == "jsonl" {
        let idx = CharIndex::new(&text);
        for r in sentences {
            let v = Line {
                text: &text[r.clone()],
                start: idx.to_char(r.start),
                end: idx.to_char(r.end),
            };
            writeln!(
                out,
                "{}",
                serde_json::to_string(&v).map_err(std::io::Error::other)?
            )?;
        }
    } else {
        let mut prev_end = None;
        for r in sentences {
            if let Some(p) = prev_end
                && is_paragraph_break(&text[p..r.start])
            {
                writeln!(out)?;
            }
            let s = &text[r.clone()];
            if s.contains(['\n', '\r']) {
                let one: Vec<&str> = s.split_whitespace().collect();
                writeln!(out, "{}", one.join(" "))?;
            } else {
                writeln!(out, "{s}")?;
            }
            prev_end = Some(r.end);
        }
    }
    out.flush()?;
    Ok(())
}

/// One JSON line, fields in the order INTERFACE.md shows them.
#[derive(serde::Serialize)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// A gap with a blank line in it (two or more line breaks) separates paragraphs.
fn is_paragraph_break(gap: &str) -> bool {
    gap.matches('\n').count() >= 2 || (!gap.contains('\n') && gap.matches('\r').count() >= 2)
}
