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
