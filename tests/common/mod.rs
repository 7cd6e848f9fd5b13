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

/// Runs `zoulang args`, writes `line` and a newline to its standard input and keeps it open, and returns the
/// first line of output: a command that answers line by line prints it while input is still open (it
/// panics after 60 s if the command waits for the end of input).
#[allow(dead_code)] // not every test file that includes this module uses it
pub fn first_line_while_open(args: &[&str], line: &str) -> String {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_zoulang"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run zoulang");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut lines = out.lines();
        let _ = tx.send(lines.next());
        lines.for_each(drop);
    });
    writeln!(stdin, "{line}").unwrap();
    stdin.flush().unwrap();
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .unwrap_or_else(|e| panic!("{args:?}: no output while stdin is open: {e}"))
        .expect("a line")
        .expect("UTF-8");
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
    got
}
