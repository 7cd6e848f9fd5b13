//! End-to-end tests of `zoulang detect` (formats per ../shared/design/INTERFACE.md).

mod common;

use common::{stdout, zoulang};

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
    let want = [
        (1, 0, 5, "en"),
        (2, 0, 2, "zh-Hans"),
        (2, 2, 8, "en"),
        (2, 8, 10, "zh-Hans"),
    ];
    assert_eq!(rows.len(), want.len());
    for (row, (line, start, end, lang)) in rows.iter().zip(want) {
        assert_eq!(
            row,
            &serde_json::json!({"line": line, "start": start, "end": end, "lang": lang})
        );
    }
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
