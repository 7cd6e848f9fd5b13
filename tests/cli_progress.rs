//! Progress bars (INTERFACE.md: "long runs show a progress bar on stderr when it is a terminal"): nothing on
//! standard error when it is not a terminal, and a bar when it is (run under a pseudo-terminal by util-linux
//! `script`, skipped where that is not available).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{stdout, zoulang};

const ZH: &str = "第一天，我们在老挝见了朋友。\n第二天下雨了。\n我们去了河内。\n";
const EN: &str =
    "On the first day we met friends in Laos.\nIt rained on the second day.\nWe went to Hanoi.\n";

/// A fresh directory for this test's files under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli_progress_{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn no_progress_bytes_on_stderr_when_it_is_not_a_terminal() {
    let dir = scratch("plain");
    let (zh, en) = (dir.join("zh.txt"), dir.join("en.txt"));
    std::fs::write(&zh, ZH).unwrap();
    std::fs::write(&en, EN).unwrap();
    let (zh, en) = (zh.to_str().unwrap(), en.to_str().unwrap());
    for args in [
        vec!["convert", "-c", "s2t", zh],
        vec!["convert", "-c", "s2t"],
        vec!["normalize", zh],
        vec!["detect", zh],
        vec!["split", "--lang", "zh", zh],
        vec!["align", "--src-lang", "zh", "--tgt-lang", "en", zh, en],
    ] {
        let o = zoulang(&args, ZH.as_bytes());
        assert!(o.status.success(), "{args:?}: {o:?}");
        assert!(!o.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "",
            "{args:?} wrote to a non-terminal stderr"
        );
    }
    // The streamed output is the same whether the input is a file or a pipe.
    let file = zoulang(&["convert", "-c", "s2t", zh], b"");
    let pipe = zoulang(&["convert", "-c", "s2t"], ZH.as_bytes());
    assert_eq!(stdout(&file), stdout(&pipe));
    assert_eq!(
        stdout(&file),
        "第一天，我們在老撾見了朋友。\n第二天下雨了。\n我們去了河內。\n"
    );
}

/// Runs `command` (a shell command line) with a pseudo-terminal as its terminal; returns what the terminal
/// showed, or `None` when util-linux `script` is not available.
fn under_pty(command: &str) -> Option<String> {
    let probe = Command::new("script")
        .args(["-qec", "true", "/dev/null"])
        .output();
    if !matches!(probe, Ok(ref o) if o.status.success()) {
        eprintln!("skipped: util-linux `script` is not available to provide a pseudo-terminal");
        return None;
    }
    // A fixed width, so the bar fits on one line whatever terminal runs the tests.
    let command = format!("stty cols 120 2>/dev/null; {command}");
    let o = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script runs");
    assert!(o.status.success(), "{command}: {o:?}");
    Some(String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn a_terminal_stderr_shows_a_bar_and_leaves_the_output_unchanged() {
    let dir = scratch("pty");
    let (zh, en, out) = (dir.join("zh.txt"), dir.join("en.txt"), dir.join("out.txt"));
    // Enough lines that reading takes more than one read of the 64 KiB buffer.
    std::fs::write(&zh, ZH.repeat(2000)).unwrap();
    std::fs::write(&en, EN.repeat(2000)).unwrap();
    let bin = env!("CARGO_BIN_EXE_zoulang");
    let (zh_s, en_s, out_s) = (zh.display(), en.display(), out.display());

    let Some(shown) = under_pty(&format!("'{bin}' convert -c s2t '{zh_s}' > '{out_s}'")) else {
        return;
    };
    // The bar names the file and counts bytes against its size (in KiB, two decimals), and is cleared.
    let kib = std::fs::metadata(&zh).unwrap().len() as f64 / 1024.0;
    assert!(shown.contains("zh.txt ["), "no bar in {shown:?}");
    assert!(
        shown.contains(&format!("/{kib:.2} KiB")),
        "no total in {shown:?}"
    );
    let (last_bar, last_clear) = (shown.rfind("zh.txt [").unwrap(), shown.rfind("\u{1b}[2K"));
    assert!(last_clear > Some(last_bar), "bar not cleared: {shown:?}");
    let plain = zoulang(&["convert", "-c", "s2t", zh.to_str().unwrap()], b"");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout(&plain));

    let shown = under_pty(&format!(
        "'{bin}' align --src-lang zh --tgt-lang en --no-learn '{zh_s}' '{en_s}' > '{out_s}'"
    ))
    .unwrap();
    assert!(
        shown.contains("aligned 6000 × 6000 sentences: "),
        "no summary in {shown:?}"
    );
    let plain = zoulang(
        &[
            "align",
            "--src-lang",
            "zh",
            "--tgt-lang",
            "en",
            "--no-learn",
            zh.to_str().unwrap(),
            en.to_str().unwrap(),
        ],
        b"",
    );
    assert!(plain.stderr.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout(&plain));
}
