//! `zoulang split`: sentences, one per output line, a blank line between input paragraphs; or JSON Lines with
//! code point offsets into the whole input.
//!
//! Streams: the input is read paragraph by paragraph (each line, or with `--hard-wrap` each run of lines up
//! to a blank one; no sentence spans either) and each paragraph's sentences are written before the next is
//! read, so memory is bounded by the longest paragraph (plus the first 2,000 bytes, held until `auto` has
//! identified the language). The output is the same as splitting the whole input at once
//! ([`SentenceSplitter::stream`]). Output is flushed whenever the next read may block.

use std::io::Write;

use zoulang::{Lang, SentenceSplitter, SentenceStream, SplitOptions};

use super::{CliResult, Input, InputArgs, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Language tag (`en`, `zh-Hans`, `th`, aliases such as `zh-TW`) or `auto`.
    #[arg(long, default_value = "auto")]
    lang: String,
    /// `text` (one sentence per line; line breaks inside a sentence become a space, or nothing between
    /// Chinese or Japanese characters) or `jsonl`
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
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let mut emit = Emitter {
        jsonl: a.format == "jsonl",
        ..Emitter::default()
    };
    // `auto` reads the start of the input to pick its rules: paragraphs are held until that much is in.
    let mut stream = (splitter.lang() != Lang::Auto).then(|| splitter.stream(""));
    let (mut held, mut held_ends) = (String::new(), Vec::new());
    let (mut raw, mut line, mut para) = (Vec::new(), String::new(), String::new());
    loop {
        let more = input.next_line(&mut raw, &mut line)?;
        para.push_str(&line);
        if more && !splitter.ends_paragraph(&line) {
            continue;
        }
        match &mut stream {
            Some(s) => emit.paragraph(s, &para, &mut out)?,
            None => {
                held.push_str(&para);
                held_ends.push(held.len());
                if !more || held.len() >= SentenceSplitter::AUTO_HEAD {
                    let mut s = splitter.stream(&held);
                    let mut from = 0;
                    for &end in &held_ends {
                        emit.paragraph(&mut s, &held[from..end], &mut out)?;
                        from = end;
                    }
                    (held, held_ends) = (String::new(), Vec::new());
                    stream = Some(s);
                }
            }
        }
        para.clear();
        if !more {
            break;
        }
        input.flush_if_waiting(&mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// Writes sentences as they come, carrying what the output format needs across paragraphs: the code
/// points before the paragraph (JSON Lines) or the line breaks since the last sentence (text).
#[derive(Default)]
struct Emitter {
    jsonl: bool,
    chars: usize,
    any: bool,
    gap_lf: usize,
    gap_cr: usize,
}

impl Emitter {
    fn paragraph(
        &mut self,
        stream: &mut SentenceStream,
        para: &str,
        out: &mut impl Write,
    ) -> CliResult {
        let mut pos = 0;
        for r in stream.split_paragraph(para) {
            self.gap(&para[pos..r.start]);
            let s = &para[r.clone()];
            if self.jsonl {
                let n = s.chars().count();
                let v = Line {
                    text: s,
                    start: self.chars,
                    end: self.chars + n,
                };
                self.chars += n;
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&v).map_err(std::io::Error::other)?
                )?;
            } else {
                // A gap with a blank line in it (two or more line breaks) separates paragraphs.
                let blank = self.gap_lf >= 2 || (self.gap_lf == 0 && self.gap_cr >= 2);
                if self.any && blank {
                    writeln!(out)?;
                }
                if s.contains(['\n', '\r']) {
                    writeln!(out, "{}", zoulang::unwrap_lines(s))?;
                } else {
                    writeln!(out, "{s}")?;
                }
            }
            (self.any, self.gap_lf, self.gap_cr) = (true, 0, 0);
            pos = r.end;
        }
        self.gap(&para[pos..]);
        Ok(())
    }

    /// Text between sentences (whitespace only).
    fn gap(&mut self, gap: &str) {
        if self.jsonl {
            self.chars += gap.chars().count();
        } else {
            self.gap_lf += gap.matches('\n').count();
            self.gap_cr += gap.matches('\r').count();
        }
    }
}

/// One JSON line, fields in the order INTERFACE.md shows them.
#[derive(serde::Serialize)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}
