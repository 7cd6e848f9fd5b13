//! `zoulang detect`: per input line, its language (`TAG<TAB>CONFIDENCE`), or JSON Lines with candidates,
//! or the language runs of mixed text (`--spans`).

use std::io::Write;

use zoulang::{CharIndex, Detector};

use super::{CliResult, Input, InputArgs, input::split_terminator, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `text` (default: `TAG<TAB>CONFIDENCE` per line) or `jsonl`
    /// (`{"lang":..,"confidence":..,"script":..,"candidates":[[tag,score],..]}`).
    #[arg(long, default_value = "text", value_parser = ["text", "jsonl"])]
    format: String,
    /// Print the language runs of each line as JSON Lines: `{"line":n,"start":..,"end":..,"lang":..}`
    /// (1-based line, code point offsets within the line).
    #[arg(long)]
    spans: bool,
    /// Restrict the candidate languages (comma-separated BCP-47 tags or aliases, e.g. `en,zh,ms,id`).
    #[arg(long, value_name = "TAG,TAG,..", value_delimiter = ',')]
    only: Option<Vec<String>>,
    #[command(flatten)]
    input: InputArgs,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub fn run(a: Args) -> CliResult {
    let det = match &a.only {
        Some(tags) => Detector::new().only(tags)?,
        None => Detector::new(),
    };
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        let (content, _) = split_terminator(&line);
        if a.spans {
            let idx = CharIndex::new(content);
            for s in det.detect_spans(content) {
                let v = serde_json::json!({
                    "line": input.line_number(),
                    "start": idx.to_char(s.start),
                    "end": idx.to_char(s.end),
                    "lang": s.lang.as_str(),
                });
                writeln!(out, "{v}")?;
            }
            continue;
        }
        let d = det.detect(content);
        if a.format == "jsonl" {
            let cands: Vec<_> = d
                .candidates
                .iter()
                .map(|(t, p)| serde_json::json!([t.as_str(), round3(*p)]))
                .collect();
            let mut v = serde_json::json!({
                "lang": d.lang.as_str(),
                "confidence": round3(d.confidence),
                "script": d.script,
                "candidates": cands,
            });
            if let Some(enc) = d.encoding {
                v["encoding"] = serde_json::json!(enc);
            }
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{}\t{:.3}", d.lang, d.confidence)?;
        }
    }
    out.flush()?;
    Ok(())
}
