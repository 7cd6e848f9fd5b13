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

pub fn run(a: Args) -> CliResult {
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        let (content, _) = split_terminator(&line);
        let p = script_profile(content);
        if a.format == "jsonl" {
            let idx = CharIndex::new(content);
            let runs: Vec<_> = p
                .runs
                .iter()
                .map(|r| serde_json::json!({"start": idx.to_char(r.start), "end": idx.to_char(r.end), "script": r.script}))
                .collect();
            let shares: serde_json::Map<_, _> = p
                .shares
                .iter()
                .map(|(s, f)| (s.to_string(), serde_json::json!(round3(*f))))
                .collect();
            let v = serde_json::json!({"line": input.line_number(), "letters": p.letters, "shares": shares, "runs": runs});
            writeln!(out, "{v}")?;
        } else {
            let parts: Vec<String> = p
                .shares
                .iter()
                .map(|(s, f)| format!("{s}={f:.2}"))
                .collect();
            writeln!(out, "{}", parts.join(" "))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
