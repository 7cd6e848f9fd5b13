//! Argument parsing and dispatch. Each command lives in its own module and only parses, calls the core and
//! formats.

mod align;
mod convert;
mod demo;
mod detect;
mod glossary;
mod input;
mod normalize;
mod progress;
mod script;
mod split;
mod terms;

use std::io::{self, Write};

use clap::{Parser, Subcommand};

pub use input::{Input, InputArgs};

/// Text across Chinese and the languages of Southeast Asia.
#[derive(Parser, Debug)]
#[command(name = "zoulang", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Unicode normalisation with width, dash, quote and white-space folding.
    Normalize(normalize::Args),
    /// Per line: the share of each script among letters (e.g. `Han=0.82 Latin=0.18`).
    Script(script::Args),
    /// Glossary terms in each line (built-in China–ASEAN glossary plus --glossary files), as JSON Lines.
    Terms(terms::Args),
    /// Glossary files: `convert IN OUT` between TSV, CSV, OmegaT, JSON and TBX.
    Glossary(glossary::Args),
    /// Chinese script conversion (OpenCC 1.4.2 configurations, byte-identical output).
    Convert(convert::Args),
    /// Aligns the sentences of SRC and TGT (one per line): JSON lines {"src":[..],"tgt":[..],"score":..}.
    Align(align::Args),
    /// Strict and lax precision, recall and F1 of PRED against GOLD (Vecalign's score.py), as JSON.
    Evaluate(align::EvaluateArgs),
    /// Sentences, one per line (a blank line between input paragraphs), or JSON Lines with offsets.
    Split(split::Args),
    /// Per line: the language as `TAG<TAB>CONFIDENCE` (or `--format jsonl`, or `--spans` for mixed text).
    Detect(detect::Args),
    /// Runs every capability on built-in sample text and prints a readable report.
    Demo,
}

/// A failure with its exit status (1 input error, 2 usage error) and a message naming what was wrong.
#[derive(Debug)]
pub struct CliError {
    pub code: i32,
    pub message: String,
}

impl CliError {
    /// An input error (exit 1).
    pub fn input(message: impl Into<String>) -> Self {
        CliError {
            code: 1,
            message: message.into(),
        }
    }
    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<zoulang::Error> for CliError {
    fn from(e: zoulang::Error) -> Self {
        let code = match e {
            zoulang::Error::UnknownValue { .. }
            | zoulang::Error::UnknownLanguage { .. }
            | zoulang::Error::UnsupportedLanguage { .. }
            | zoulang::Error::InvalidArgument(_) => 2,
            _ => 1,
        };
        CliError {
            code,
            message: e.to_string(),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // The reader went away (`| head`): not an error.
            CliError {
                code: 0,
                message: String::new(),
            }
        } else {
            CliError::input(format!("I/O error: {e}"))
        }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

/// Buffered standard output.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// Dispatches one parsed command line.
pub fn run(cli: Cli) -> CliResult {
    match cli.command {
        Command::Normalize(a) => normalize::run(a),
        Command::Script(a) => script::run(a),
        Command::Terms(a) => terms::run(a),
        Command::Glossary(a) => glossary::run(a),
        Command::Convert(a) => convert::run(a),
        Command::Align(a) => align::run(a),
        Command::Evaluate(a) => align::evaluate(a),
        Command::Split(a) => split::run(a),
        Command::Detect(a) => detect::run(a),
        Command::Demo => {
            let mut out = stdout();
            demo::run(&mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}
