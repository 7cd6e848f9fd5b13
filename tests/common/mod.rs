//! Helpers shared by the command line tests: run the built `zoulang` binary on stdin.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the `zoulang` binary with `args`, feeding `stdin` from a thread (commands stream, so output must be
/// read while input is still being written; a tool that exits early on a usage error may close its input,
/// and the broken pipe is expected).
pub fn zoulang(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zoulang"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run zoulang");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("zoulang runs");
    writer.join().expect("stdin writer");
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
