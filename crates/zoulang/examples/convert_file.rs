//! Converts a file with an OpenCC configuration and reports speed: the zoulang side of
//! `benches/convert_vs_opencc.py`.
//!
//! ```text
//! cargo run --release -p zoulang --example convert_file -- CONFIG INPUT [OUTPUT] [REPEATS]
//! ```
//! Prints one JSON line: config, bytes, mean on-CPU seconds of this thread per conversion over at least REPEATS runs
//! and half a second (default 5; CPU time so that other load on the machine does not count; wall time beside it), MB/s,
//! first-construction milliseconds and dictionary heap bytes. Writes the converted text to OUTPUT if given
//! (`-` for none).

use std::time::Instant;

use zoulang::convert::{Config, Converter, dictionary_bytes};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(config), Some(input)) = (args.first(), args.get(1)) else {
        eprintln!("usage: convert_file CONFIG INPUT [OUTPUT|-] [REPEATS]");
        std::process::exit(2);
    };
    let config = Config::parse(config)?;
    let bytes = std::fs::read(input).map_err(|e| zoulang::Error::io(input, e))?;
    let text = zoulang::decode_utf8(&bytes, input)?;
    let repeats: usize = args.get(3).map(|r| r.parse()).transpose()?.unwrap_or(5);

    let t = Instant::now();
    let converter = Converter::new(config);
    let construct_first = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let _again = Converter::new(config);
    let construct_again = t.elapsed().as_secs_f64();

    // Repeat until at least `repeats` runs and half a second of CPU time, then report the mean per run.
    let mut out = converter.convert(text);
    let (cpu0, wall0) = (thread_cpu_seconds(), Instant::now());
    let mut runs = 0;
    while runs < repeats.max(1) || wall0.elapsed().as_secs_f64() < 0.5 {
        out = converter.convert(text);
        runs += 1;
    }
    let wall = wall0.elapsed().as_secs_f64() / runs as f64;
    let best = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => (b - a) / runs as f64,
        _ => wall,
    };
    let best_wall = wall;
    if let Some(path) = args.get(2).filter(|p| *p != "-") {
        std::fs::write(path, &out).map_err(|e| zoulang::Error::io(path, e))?;
    }
    println!(
        "{{\"config\":\"{}\",\"bytes\":{},\"seconds\":{:.6},\"wall_seconds\":{:.6},\"mb_per_s\":{:.1},\"construct_first_ms\":{:.3},\"construct_again_ms\":{:.4},\"dictionary_bytes\":{}}}",
        config,
        text.len(),
        best,
        best_wall,
        text.len() as f64 / 1e6 / best,
        construct_first * 1e3,
        construct_again * 1e3,
        dictionary_bytes(config)
    );
    Ok(())
}

/// On-CPU time of the calling thread (Linux `/proc/thread-self/schedstat`, nanoseconds), if available.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
