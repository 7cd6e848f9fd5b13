//! End-to-end tests of `zoulang convert`: OpenCC's own test cases through the command line, streaming of large
//! input, overlays, and bad input.

mod common;

use common::{stdout, zoulang};

use zoulang::convert::{Config, Converter};

#[test]
fn converts_with_each_config_like_opencc() {
    // Expected outputs from OpenCC 1.4.2's testcases.json (crates/zoulang/data/opencc/test_data/).
    for (config, input, want) in [
        (
            "s2twp",
            "鼠标里面的硅二极管坏了，导致光标分辨率降低。",
            "滑鼠裡面的矽二極體壞了，導致游標解析度降低。",
        ),
        (
            "tw2sp",
            "滑鼠裡面的矽二極體壞了，導致游標解析度降低。",
            "鼠标里面的硅二极管坏了，导致光标分辨率降低。",
        ),
        ("hk2t", "為賦新詞強説愁", "爲賦新詞強說愁"),
        ("jp2t", "横浜 糸魚川 伊予国", "橫濱 絲魚川 伊豫國"),
    ] {
        let o = zoulang(
            &["convert", "--config", config],
            format!("{input}\n").as_bytes(),
        );
        assert!(o.status.success(), "{config}: {o:?}");
        assert_eq!(stdout(&o), format!("{want}\n"), "{config}");
    }
}

#[test]
fn streaming_large_input_equals_converting_it_whole() {
    // Over 1 MB of lines, with IDS operators at line ends (an IDS can run across a line break).
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1_100_000 {
        text.push_str("头发里面的干部说着计划，");
        if i % 97 == 0 {
            text.push('⿰');
        }
        text.push_str(if i % 3 == 0 { "\r\n" } else { "\n" });
        i += 1;
    }
    text.push_str("没有换行的最后一行");
    assert_streams_as_whole(&text);
}

/// `zoulang convert` (which streams line by line) gives what converting the whole text gives, in s2t and
/// s2twp.
fn assert_streams_as_whole(text: &str) {
    for config in ["s2t", "s2twp"] {
        let o = zoulang(&["convert", "-c", config], text.as_bytes());
        assert!(o.status.success());
        let want = Converter::new(Config::parse(config).unwrap()).convert(text);
        assert!(stdout(&o) == want, "{config}: streamed output differs");
    }
}

#[test]
fn streaming_lines_that_all_end_in_ids_operators_equals_converting_whole() {
    // Every IDS runs across its line break; the command streams them through ConvertStream, whose bound
    // (at most 64 code points held after each line) tests/convert_stream.rs checks.
    let text: String = (0..50_000)
        .map(|i| ["字⿰\n", "头发⿱⿰\n", "干⿲\r\n"][i % 3])
        .collect();
    assert_streams_as_whole(&text);
}

#[test]
fn reads_a_file_and_applies_overlays() {
    let dir = std::env::temp_dir().join(format!("zoulang-convert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("in.txt");
    std::fs::write(&f, "台湾的计划\n").unwrap();
    let path = f.to_str().unwrap();
    let o = zoulang(&["convert", "--config", "s2tw", path], b"");
    assert_eq!(stdout(&o), "臺灣的計劃\n");
    let o = zoulang(
        &[
            "convert",
            "--config",
            "s2tw",
            "--overlay",
            "tai",
            "--overlay",
            "jihua",
            path,
        ],
        b"",
    );
    assert_eq!(stdout(&o), "台灣的計畫\n");
}

#[test]
fn unknown_config_exits_2_listing_valid_names() {
    let o = zoulang(&["convert", "--config", "zh2tw"], b"x");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    for name in Config::names() {
        assert!(err.contains(name), "{err}");
    }
    let o = zoulang(&["convert", "--config", "s2t", "--overlay", "nope"], b"x");
    assert_eq!(o.status.code(), Some(2));
    // An overlay on a configuration without Traditional output is refused, not ignored (review finding).
    let o = zoulang(&["convert", "--config", "t2s", "--overlay", "tai"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("`t2s` writes Simplified"));
}

#[test]
fn missing_file_and_bad_utf8_exit_1() {
    let o = zoulang(&["convert", "-c", "s2t", "/nonexistent/zoulang.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    let o = zoulang(&["convert", "-c", "s2t"], b"ok\n\xff\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8"));
}

#[test]
fn text_without_han_and_empty_input_pass_through() {
    let s = "Nanning, Việt Nam, ประเทศไทย 🙂\n";
    let o = zoulang(&["convert", "-c", "t2s"], s.as_bytes());
    assert_eq!(stdout(&o), s);
    let o = zoulang(&["convert", "-c", "t2s"], b"");
    assert!(o.status.success() && o.stdout.is_empty());
}

#[test]
fn demo_shows_conversion_and_fold() {
    let o = zoulang(&["demo"], b"");
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.contains("s2twp  2025年，中國—東盟資訊港把寮國"),
        "{out}"
    );
    assert!(
        out.contains("fold   2025年，中国—东盟信息港把老挝"),
        "{out}"
    );
}
