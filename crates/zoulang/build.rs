//! Compiles vendored and generated data (crates/zoulang/data/) into tables embedded in the library.
//!
//! Each capability has one step in `build/<capability>.rs` with a `pub fn run(out_dir: &Path)`; it writes
//! its tables into OUT_DIR and prints its own `cargo:rerun-if-changed` lines. Add a step with one `mod` line
//! and one call below.

#[path = "build/align.rs"]
mod align;

use std::path::PathBuf;

#[path = "build/convert.rs"]
mod convert;
#[path = "build/detect.rs"]
mod detect;
#[path = "build/glossary.rs"]
mod glossary;

fn main() {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    glossary::run(&out_dir);
    let _ = &out_dir;
    convert::run(&out_dir);
    align::run(&out_dir);
    detect::run(&out_dir);
}
