//! The `zoulang` command line tool: a thin face over the `zoulang` crate.
//!
//! Exit status: 0 success, 1 input errors, 2 usage errors (see `../shared/design/INTERFACE.md`).
#![forbid(unsafe_code)]

mod cli;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    let code = match cli::run(args) {
        Ok(()) => 0,
        Err(e) => {
            if !e.message.is_empty() {
                eprintln!("zoulang: {}", e.message);
            }
            e.code
        }
    };
    std::process::exit(code);
}
