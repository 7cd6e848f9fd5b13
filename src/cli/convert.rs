//! `zoulang convert --config NAME [FILE]`: Chinese script conversion, byte-identical to OpenCC 1.4.2.
//!
//! Streams line by line through [`zoulang::convert::ConvertStream`]: each line is converted as soon as it is
//! read, except an ideographic description sequence that may run across the line break (`⿰` at a line end
//! takes the next line's first character as an operand), held back until the next line completes it: at most
//! 64 code points (in multi-stage configurations, up to 64 KiB after an IDS operator that is over OpenCC's
//! limits: see [`zoulang::convert::HOLD_AFTER_INVALID`]). Memory is bounded by the current line plus that tail
//! (and the 64 KiB input and output buffers); the output equals converting the whole text at once. Output is
//! flushed whenever the next read may block.

use std::io::Write;

use zoulang::convert::{Config, Converter, Overlay};

use super::{CliResult, Input, InputArgs, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Configuration: s2t t2s s2tw tw2s s2twp tw2sp s2hk hk2s s2hkp hk2sp t2tw tw2t t2hk hk2t t2jp jp2t.
    #[arg(long, short = 'c', value_name = "NAME")]
    config: String,
    /// Regional usage overlay applied after the conversion (repeatable): tai (臺→台), li (裏→裡),
    /// zhe (着→著), shuo (説→說), jihua (計劃→計畫, where 計劃 is a word), for configurations with
    /// Traditional output. Off by default: output stays OpenCC-exact.
    #[arg(long, value_name = "NAME")]
    overlay: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
}

pub fn run(a: Args) -> CliResult {
    let config = Config::parse(&a.config)?;
    let overlays = a
        .overlay
        .iter()
        .map(|o| Overlay::parse(o))
        .collect::<zoulang::Result<Vec<_>>>()?;
    let converter = Converter::new(config).try_with_overlays(&overlays)?;
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    let mut stream = converter.stream();
    while input.next_line(&mut raw, &mut line)? {
        out.write_all(stream.push(&line).as_bytes())?;
        input.flush_if_waiting(&mut out)?;
    }
    out.write_all(stream.finish().as_bytes())?;
    out.flush()?;
    Ok(())
}
