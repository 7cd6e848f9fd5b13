//! End-to-end tests of `zoulang detect` (formats per ../shared/design/INTERFACE.md).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn zoulang(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zoulang"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run zoulang");
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn one_tag_and_confidence_per_line() {
    let o = zoulang(
        &["detect"],
        "China and ASEAN signed the agreement.\n中國與東盟簽署協議\n\n12345\r\nສະບາຍດີ\n".as_bytes(),
    );
    assert!(o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    let tags: Vec<&str> = lines
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(tags, ["en", "zh-Hant", "und", "und", "lo"]);
    for l in &lines {
        let conf = l.split('\t').nth(1).unwrap();
        assert_eq!(
            conf.split('.').nth(1).unwrap().len(),
            3,
            "three decimals: {l}"
        );
        let c: f64 = conf.parse().unwrap();
        assert!((0.0..=1.0).contains(&c));
    }
    assert_eq!(lines[2], "und\t0.000");
}

#[test]
fn jsonl_has_candidates_and_script() {
    let o = zoulang(
        &["detect", "--format", "jsonl"],
        "Saya tidak tahu kerana dia tidak datang.\nဘဂၤလားေဒရွ္႕\n".as_bytes(),
    );
    assert!(o.status.success());
    let out = stdout(&o);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["lang"], "ms");
    assert_eq!(rows[0]["script"], "Latin");
    let cands = rows[0]["candidates"].as_array().unwrap();
    assert_eq!(cands[0][0], "ms");
    assert!(cands.iter().any(|c| c[0] == "id"));
    assert_eq!(rows[1]["lang"], "my");
    assert_eq!(rows[1]["encoding"], "zawgyi");
}

#[test]
fn spans_use_code_points_and_line_numbers() {
    let o = zoulang(&["detect", "--spans"], "hello\n华为Huawei发布\n".as_bytes());
    assert!(o.status.success());
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        rows[0],
        serde_json::json!({"line": 1, "start": 0, "end": 5, "lang": "en"})
    );
    assert_eq!(
        rows[1],
        serde_json::json!({"line": 2, "start": 0, "end": 2, "lang": "zh-Hans"})
    );
    assert_eq!(
        rows[2],
        serde_json::json!({"line": 2, "start": 2, "end": 8, "lang": "en"})
    );
    assert_eq!(
        rows[3],
        serde_json::json!({"line": 2, "start": 8, "end": 10, "lang": "zh-Hans"})
    );
}

#[test]
fn only_restricts_and_rejects_unknown_tags() {
    let o = zoulang(&["detect", "--only", "ms,in"], b"the quick brown fox\n");
    assert!(o.status.success());
    let tag = stdout(&o);
    assert!(tag.starts_with("ms\t") || tag.starts_with("id\t"), "{tag}");
    let o = zoulang(&["detect", "--only", "th"], "สวัสดี\nສະບາຍດີ\n".as_bytes());
    let out = stdout(&o);
    let tags: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(tags, ["th", "und"]);
    let o = zoulang(&["detect", "--only", "en,klingon"], b"hi\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("klingon"));
}

#[test]
fn invalid_utf8_exits_1() {
    let o = zoulang(&["detect"], b"ok\n\xff\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("byte 3"));
}
