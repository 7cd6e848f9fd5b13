//! `zoulang convert --config NAME [FILE]`: Chinese script conversion, byte-identical to OpenCC 1.4.2.
//!
//! Streams: lines are gathered into chunks of about 256 KiB and each chunk is converted on its own, so memory
//! stays bounded for any file size. A chunk ends only at a line break with no ideographic description operator
//! among the 64 characters before it (no dictionary key holds a line break, and only an ideographic
//! description sequence can run across one), so the output equals converting the whole text at once.

use std::io::Write;

use zoulang::convert::{Config, Converter, Overlay};

use super::{CliResult, Input, InputArgs, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Configuration: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp t2tw tw2t t2hk hk2t t2jp jp2t.
    #[arg(long, short = 'c', value_name = "NAME")]
    config: String,
    /// Regional usage overlay applied after the conversion (repeatable): tai (臺→台), li (裏→裡),
    /// zhe (着→著), shuo (説→說), jihua (計劃→計畫). Off by default: output stays OpenCC-exact.
    #[arg(long, value_name = "NAME")]
    overlay: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
}

const CHUNK: usize = 256 * 1024;

/// Whether `chunk` (ending with a line break) may be cut here: no IDS operator (U+2FF0..=U+2FFF) among its
/// last 64 characters (OpenCC's longest IDS).
fn safe_to_cut(chunk: &str) -> bool {
    let tail_start = chunk.char_indices().rev().nth(64).map_or(0, |(i, _)| i);
    !chunk[tail_start..]
        .chars()
        .any(|c| ('\u{2FF0}'..='\u{2FFF}').contains(&c))
}

pub fn run(a: Args) -> CliResult {
    let config = Config::parse(&a.config)?;
    let overlays = a
        .overlay
        .iter()
        .map(|o| Overlay::parse(o))
        .collect::<zoulang::Result<Vec<_>>>()?;
    let converter = Converter::new(config).with_overlays(&overlays);
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line, mut chunk) = (Vec::new(), String::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        chunk.push_str(&line);
        if chunk.len() >= CHUNK && chunk.ends_with('\n') && safe_to_cut(&chunk) {
            out.write_all(converter.convert(&chunk).as_bytes())?;
            chunk.clear();
        }
    }
    out.write_all(converter.convert(&chunk).as_bytes())?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_only_away_from_ids_operators() {
        assert!(safe_to_cut("汉字\n"));
        assert!(!safe_to_cut("汉字⿰\n"));
        assert!(safe_to_cut(&format!("⿰{}\n", "字".repeat(70))));
    }
}
