//! End-to-end tests of `zoulang split` (INTERFACE.md): one sentence per line, a blank line between input
//! paragraphs, JSON Lines with code point offsets, typed errors for unknown tags and bad UTF-8.

mod common;

use common::{stdout, zoulang};

#[test]
fn one_sentence_per_line_blank_line_between_paragraphs() {
    let input = "Mr. Smith went to Nanning. He met Dr. Lee!\n\n广西与东盟合作。2025年论坛举行。\n";
    let o = zoulang(&["split", "--lang", "auto"], input.as_bytes());
    assert!(o.status.success(), "{o:?}");
    assert_eq!(
        stdout(&o),
        "Mr. Smith went to Nanning.\nHe met Dr. Lee!\n\n广西与东盟合作。\n2025年论坛举行。\n"
    );
}

#[test]
fn hard_wrapped_sentences_come_out_on_one_line() {
    let input = "This sentence is\nwrapped. So is\nthis one.\n";
    let o = zoulang(&["split", "--lang", "en", "--hard-wrap"], input.as_bytes());
    assert_eq!(stdout(&o), "This sentence is wrapped.\nSo is this one.\n");
    let o = zoulang(&["split", "--lang", "en"], input.as_bytes());
    assert_eq!(stdout(&o).lines().count(), 4);
    // Chinese wraps anywhere, even inside a word: the lines join with no space (review finding).
    let o = zoulang(
        &["split", "--lang", "zh-Hans", "--hard-wrap"],
        "中国与东\n盟的合作不断深\n化。东盟\n欢迎。\n".as_bytes(),
    );
    assert_eq!(stdout(&o), "中国与东盟的合作不断深化。\n东盟欢迎。\n");
}

#[test]
fn jsonl_has_code_point_offsets_and_keeps_line_breaks() {
    let input = "中文句子。Next\nline.";
    let o = zoulang(
        &[
            "split",
            "--lang",
            "auto",
            "--format",
            "jsonl",
            "--hard-wrap",
        ],
        input.as_bytes(),
    );
    assert!(stdout(&o).starts_with("{\"text\":\"中文句子。\",\"start\":0,\"end\":5}\n"));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "中文句子。");
    assert_eq!(
        (lines[0]["start"].as_u64(), lines[0]["end"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(lines[1]["text"], "Next\nline.");
    assert_eq!(
        (lines[1]["start"].as_u64(), lines[1]["end"].as_u64()),
        (Some(5), Some(15))
    );
    let chars: Vec<char> = input.chars().collect();
    let s: String = chars[5..15].iter().collect();
    assert_eq!(s, "Next\nline.");
}

#[test]
fn reads_a_file() {
    let dir = std::env::temp_dir().join(format!("zoulang-split-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("th.txt");
    std::fs::write(&f, "ខ្ញុំស្រឡាញ់កម្ពុជា។ ភ្នំពេញជារាជធានី។").unwrap();
    let o = zoulang(&["split", "--lang", "km", f.to_str().unwrap()], b"");
    assert_eq!(stdout(&o), "ខ្ញុំស្រឡាញ់កម្ពុជា។\nភ្នំពេញជារាជធានី។\n");
}

#[test]
fn bad_input() {
    let o = zoulang(&["split", "--lang", "xx-Nope"], b"Hi.");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("xx-Nope"));
    let o = zoulang(&["split", "--lang", "en"], b"ok\xff.");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("byte 2"));
    let o = zoulang(&["split", "--lang", "en"], b"  \n \n");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
}

/// `split` streams: a paragraph's sentences come out while standard input is still open (the test would
/// time out if the command read its whole input first). For `auto`, once 2,000 bytes are in.
#[test]
fn streams_paragraph_by_paragraph() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::time::Duration;

    for (lang, first) in [
        ("en", "First one. Second one.".to_string()),
        (
            "auto",
            format!("{} Second one.", "First one is long.".repeat(120)),
        ),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zoulang"))
            .args(["split", "--lang", lang])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run zoulang");
        let mut stdin = child.stdin.take().unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in out.lines() {
                tx.send(line.unwrap()).unwrap();
            }
        });
        writeln!(stdin, "{first}").unwrap();
        stdin.flush().unwrap();
        let wait = Duration::from_secs(60);
        let mut got = Vec::new();
        while got.last().map(String::as_str) != Some("Second one.") {
            let line = rx
                .recv_timeout(wait)
                .unwrap_or_else(|e| panic!("{lang}: no output while stdin is open: {e}"));
            got.push(line);
        }
        stdin.write_all(b"Third.").unwrap();
        drop(stdin);
        assert_eq!(rx.recv_timeout(wait).unwrap(), "Third.");
        assert!(child.wait().unwrap().success());
        reader.join().unwrap();
    }
}

/// Streaming gives exactly the sentences (and code point offsets) of splitting the whole input at once,
/// on real text: the development sentences of ../shared/data/langid-dev, grouped into paragraphs by line
/// breaks, blank lines and CRLF, with and without --hard-wrap and with `auto`. Skips when ../shared is
/// absent.
#[test]
fn streamed_output_equals_whole_text_split() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/langid-dev");
    let mut checked = 0;
    for lang in ["en", "zh-Hans", "th", "lo", "ja", "vi", "km", "my"] {
        let Ok(body) = std::fs::read_to_string(dir.join(format!("{lang}.txt"))) else {
            eprintln!("SKIPPED: ../shared/data/langid-dev is absent");
            return;
        };
        let mut text = String::new();
        for (i, l) in body.lines().take(300).enumerate() {
            text.push_str(l);
            text.push_str(match i % 7 {
                0 | 3 => " ",
                1 => "\n\n",
                2 => "\r\n",
                4 => "\n \n\n",
                _ => "\n",
            });
        }
        for (tag, hard_wrap) in [(lang, false), (lang, true), ("auto", false)] {
            let opts = zoulang::SplitOptions {
                hard_wrap,
                ..Default::default()
            };
            let whole = zoulang::SentenceSplitter::new(tag, opts)
                .unwrap()
                .spans(&text);
            let idx = zoulang::CharIndex::new(&text);
            let want: Vec<(usize, usize)> = whole
                .iter()
                .map(|r| (idx.to_char(r.start), idx.to_char(r.end)))
                .collect();
            let mut args = vec!["split", "--lang", tag, "--format", "jsonl"];
            if hard_wrap {
                args.push("--hard-wrap");
            }
            let o = zoulang(&args, text.as_bytes());
            assert!(o.status.success(), "{o:?}");
            let got: Vec<(usize, usize)> = stdout(&o)
                .lines()
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    (
                        v["start"].as_u64().unwrap() as usize,
                        v["end"].as_u64().unwrap() as usize,
                    )
                })
                .collect();
            assert_eq!(got, want, "{tag} hard_wrap={hard_wrap}");
            // Text format: a blank line where the gap between two sentences holds a blank line.
            let mut want_text = String::new();
            for (k, r) in whole.iter().enumerate() {
                if k > 0 {
                    let gap = &text[whole[k - 1].end..r.start];
                    let lf = gap.matches('\n').count();
                    if lf >= 2 || (lf == 0 && gap.matches('\r').count() >= 2) {
                        want_text.push('\n');
                    }
                }
                want_text.push_str(&zoulang::unwrap_lines(&text[r.clone()]));
                want_text.push('\n');
            }
            let text_args: Vec<&str> = args
                .iter()
                .copied()
                .filter(|a| !matches!(*a, "--format" | "jsonl"))
                .collect();
            let o = zoulang(&text_args, text.as_bytes());
            assert_eq!(stdout(&o), want_text, "{tag} hard_wrap={hard_wrap} (text)");
            checked += 1;
        }
    }
    assert_eq!(checked, 24);
}
