//! `zoulang normalize`: streams the input line by line (normalisation never crosses a line break), so memory
//! stays bounded by the longest line.

use std::io::Write;

use zoulang::normalize::{Form, NormalizeOptions, Width, normalize};

use super::{CliResult, Input, InputArgs, input::split_terminator, stdout};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Unicode normalisation form.
    #[arg(long, default_value = "nfc", value_parser = ["nfc", "nfd", "nfkc", "nfkd", "none"])]
    form: String,
    /// Fold full-width forms to half width, or the reverse.
    #[arg(long, value_parser = ["half", "full"])]
    width: Option<String>,
    /// Unify dash variants (— – ‐ ‒ ― − －) to ASCII `-`.
    #[arg(long)]
    dashes: bool,
    /// Unify curly and angle quotes to ASCII quotes.
    #[arg(long)]
    quotes: bool,
    /// Collapse runs of horizontal white space (NBSP, ideographic space, tabs) to one space.
    #[arg(long)]
    whitespace: bool,
    #[command(flatten)]
    input: InputArgs,
}

pub fn run(a: Args) -> CliResult {
    let opts = NormalizeOptions {
        form: a.form.parse::<Form>()?,
        width: a.width.as_deref().map(str::parse::<Width>).transpose()?,
        dashes: a.dashes,
        quotes: a.quotes,
        whitespace: a.whitespace,
    };
    let mut input = Input::open(&a.input)?;
    let mut out = stdout();
    let (mut raw, mut line) = (Vec::new(), String::new());
    while input.next_line(&mut raw, &mut line)? {
        let (content, end) = split_terminator(&line);
        out.write_all(normalize(content, &opts).as_bytes())?;
        out.write_all(end.as_bytes())?;
        input.flush_if_waiting(&mut out)?;
    }
    out.flush()?;
    Ok(())
}
