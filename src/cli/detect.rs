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

/// One `--spans` line, keys in the order INTERFACE.md gives them.
#[derive(serde::Serialize)]
struct SpanLine<'a> {
    line: usize,
    start: usize,
    end: usize,
    lang: &'a str,
}

/// One `--format jsonl` line, keys in the order INTERFACE.md gives them (`encoding` for Burmese only).
#[derive(serde::Serialize)]
struct DetectionLine<'a> {
    lang: &'a str,
    confidence: f64,
    script: Option<&'a str>,
    candidates: Vec<(&'a str, f64)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'a str>,
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
                let v = SpanLine {
                    line: input.line_number(),
                    start: idx.to_char(s.start),
                    end: idx.to_char(s.end),
                    lang: s.lang.as_str(),
                };
                serde_json::to_writer(&mut out, &v).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
        } else {
            let d = det.detect(content);
            if a.format == "jsonl" {
                let v = DetectionLine {
                    lang: d.lang.as_str(),
                    confidence: round3(d.confidence),
                    script: d.script,
                    candidates: d
                        .candidates
                        .iter()
                        .map(|(t, p)| (t.as_str(), round3(*p)))
                        .collect(),
                    encoding: d.encoding,
                };
                serde_json::to_writer(&mut out, &v).map_err(std::io::Error::from)?;
                writeln!(out)?;
            } else {
                writeln!(out, "{}\t{:.3}", d.lang, d.confidence)?;
            }
        }
        input.flush_if_waiting(&mut out)?;
    }
    out.flush()?;
    Ok(())
}
