//! `zoulang script`: per input line, the share of each script among its letters.

use std::io::Write;

use zoulang::{CharIndex, script_profile};

use super::{CliResult, Input, InputArgs, input::split_terminator, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `text` (default: `Han=0.82 Latin=0.18`, empty for a line without letters) or `jsonl` (shares and
    /// runs with code point offsets).
    #[arg(long, default_value = "text", value_parser = ["text", "jsonl"])]
    format: String,
    #[command(flatten)]
    input: InputArgs,
}

/// One `--format jsonl` line: keys in this order, shares in the profile's order (largest first).
#[derive(serde::Serialize)]
struct ProfileLine {
    line: usize,
    letters: usize,
    shares: Shares,
    runs: Vec<Run>,
}

/// Shares as a JSON object whose keys keep the profile's order.
struct Shares(Vec<(&'static str, f64)>);

impl serde::Serialize for Shares {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[derive(serde::Serialize)]
struct Run {
    start: usize,
    end: usize,
    script: &'static str,
}

pub fn run(a: Args) -> CliResult {
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        let (content, _) = split_terminator(&line);
        let p = script_profile(content);
        if a.format == "jsonl" {
            let idx = CharIndex::new(content);
            let v = ProfileLine {
                line: input.line_number(),
                letters: p.letters,
                shares: Shares(p.shares.iter().map(|(s, f)| (*s, round3(*f))).collect()),
                runs: p
                    .runs
                    .iter()
                    .map(|r| Run {
                        start: idx.to_char(r.start),
                        end: idx.to_char(r.end),
                        script: r.script,
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut out, &v).map_err(std::io::Error::from)?;
            writeln!(out)?;
        } else {
            let parts: Vec<String> = p
                .shares
                .iter()
                .map(|(s, f)| format!("{s}={f:.2}"))
                .collect();
            writeln!(out, "{}", parts.join(" "))?;
        }
        input.flush_if_waiting(&mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
