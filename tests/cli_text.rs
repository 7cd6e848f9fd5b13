//! End-to-end tests of the `zoulang` command line: normalize, script, demo, and bad input.

mod common;

use common::{stdout, zoulang};

#[test]
fn normalize_streams_lines_and_keeps_terminators() {
    let o = zoulang(
        &["normalize", "--form", "nfkc", "--width", "half", "--dashes"],
        "ＡＳＥＡＮ　中国—东盟\r\nｶﾞ\nlast".as_bytes(),
    );
    assert!(o.status.success(), "{o:?}");
    assert_eq!(stdout(&o), "ASEAN 中国-东盟\r\nガ\nlast");
}

#[test]
fn normalize_reads_a_file_and_dash_means_stdin() {
    let dir = std::env::temp_dir().join(format!("zoulang-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("in.txt");
    std::fs::write(&f, "“AI”\n").unwrap();
    let o = zoulang(&["normalize", "--quotes", f.to_str().unwrap()], b"");
    assert_eq!(stdout(&o), "\"AI\"\n");
    let o = zoulang(&["normalize", "--quotes", "-"], "‘x’".as_bytes());
    assert_eq!(stdout(&o), "'x'");
}

#[test]
fn empty_input_gives_empty_output() {
    for cmd in [&["normalize"][..], &["script"][..]] {
        let o = zoulang(cmd, b"");
        assert!(o.status.success());
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn invalid_utf8_exits_1_naming_file_line_and_offset() {
    let o = zoulang(&["normalize"], b"ok\nab\xffc\n");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("<stdin>:2: invalid UTF-8 at byte 5"), "{err}");
    let o = zoulang(&["normalize", "--lossy"], b"ab\xffc\n");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "ab\u{FFFD}c\n");
}

#[test]
fn missing_file_exits_1() {
    let o = zoulang(&["script", "definitely-missing.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("definitely-missing.txt"));
}

#[test]
fn unknown_option_value_exits_2_listing_valid_ones() {
    let o = zoulang(&["normalize", "--form", "nfx"], b"x");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("nfkc") && err.contains("nfd"), "{err}");
}

#[test]
fn script_prints_shares_per_line() {
    let o = zoulang(&["script"], "广西与东盟 ASEAN\n\n123\nລາວ".as_bytes());
    assert_eq!(stdout(&o), "Han=0.50 Latin=0.50\n\n\nLao=1.00\n");
    let o = zoulang(&["script", "--format", "jsonl"], "中文 AI".as_bytes());
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["runs"][1]["start"], 3);
    assert_eq!(v["runs"][1]["script"], "Latin");
    assert_eq!(v["line"], 1);
}

#[test]
fn demo_reports_on_the_built_in_sample() {
    let o = zoulang(&["demo"], b"");
    assert!(o.status.success());
    let s = stdout(&o);
    assert!(s.contains("ASEAN 2025:中国-东盟"), "{s}");
    assert!(s.contains("Myanmar=1.00"));
}

/// Review finding: `detect`, `normalize`, `script` and `terms` held their output until the end of input
/// when standard output was a pipe (`tail -f feed | zoulang detect` printed nothing). Every line command
/// answers a line while its input is still open, as `convert` and `split` do. JSON keys come in the
/// order INTERFACE.md lists them.
#[test]
fn line_commands_answer_while_input_is_open() {
    use common::first_line_while_open as first;
    assert_eq!(first(&["detect"], "中国与东盟"), "zh-Hans\t0.992");
    assert!(
        first(&["detect", "--format", "jsonl"], "中国与东盟")
            .starts_with(r#"{"lang":"zh-Hans","confidence":"#)
    );
    assert_eq!(
        first(&["detect", "--spans"], "中国与东盟"),
        r#"{"line":1,"start":0,"end":5,"lang":"zh-Hans"}"#
    );
    assert_eq!(
        first(&["normalize", "--form", "nfkc"], "ＡＳＥＡＮ"),
        "ASEAN"
    );
    assert_eq!(first(&["script"], "中国ASEAN"), "Latin=0.71 Han=0.29");
    assert!(
        first(&["script", "--format", "jsonl"], "中国")
            .starts_with(r#"{"line":1,"letters":2,"shares":{"Han":1.0}"#)
    );
    assert_eq!(
        first(&["terms"], "Laos"),
        r#"{"line":1,"start":0,"end":4,"text":"Laos","id":"country_laos","lang":"en"}"#
    );
    assert_eq!(first(&["convert", "--config", "s2t"], "东盟"), "東盟");
}
