//! End-to-end tests of `zoulang terms` and `zoulang glossary convert`.

mod common;

use std::path::{Path, PathBuf};

use common::{stdout, zoulang};
use zoulang::{Glossary, LanguageTag};

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/glossary")
        .join(name)
        .display()
        .to_string()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zoulang-cli-glossary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn terms_prints_one_json_line_per_match_with_code_point_offsets() {
    let o = zoulang(&["terms"], "ASEAN\nTiếng Lào: 寮國 and Laos\n".as_bytes());
    assert!(o.status.success(), "{o:?}");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"line":1,"start":0,"end":5,"text":"ASEAN","id":"asean","lang":"en"}"#,
            r#"{"line":2,"start":0,"end":9,"text":"Tiếng Lào","id":"language_lao","lang":"vi"}"#,
            r#"{"line":2,"start":11,"end":13,"text":"寮國","id":"country_laos","lang":"zh-Hant"}"#,
            r#"{"line":2,"start":18,"end":22,"text":"Laos","id":"country_laos","lang":"en"}"#,
        ]
    );
}

#[test]
fn terms_with_user_glossaries_only() {
    let g = data("sample.tsv");
    let o = zoulang(
        &["terms", "--no-builtin", "--glossary", &g],
        "East Timor, ASEAN\n".as_bytes(),
    );
    assert!(o.status.success(), "{o:?}");
    assert_eq!(
        stdout(&o),
        "{\"line\":1,\"start\":0,\"end\":10,\"text\":\"East Timor\",\"id\":\"timor\",\"lang\":\"en\"}\n"
    );
    let o = zoulang(&["terms", "--no-builtin"], b"x");
    assert_eq!(o.status.code(), Some(2));
    let bad = tmp("bad.tsv");
    std::fs::write(&bad, "id\ten\nx\n").unwrap();
    let o = zoulang(&["terms", "--glossary", bad.to_str().unwrap()], b"x");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("bad.tsv:2: expected 2 columns, found 1"),
        "{err}"
    );
    // A file without a telling extension: the error names the option that fixes it, which works.
    let noext = tmp("terms_without_extension");
    std::fs::write(&noext, "id\ten\nlaos\tLaos\n").unwrap();
    let noext = noext.to_str().unwrap();
    let o = zoulang(&["terms", "--no-builtin", "--glossary", noext], b"Laos");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("pass --glossary-format"), "{err}");
    for cmd in [
        vec!["terms", "--no-builtin"],
        vec!["align", "--src-lang", "en", "--tgt-lang", "zh-Hans"],
    ] {
        let mut args = cmd.clone();
        args.extend(["--glossary", noext, "--glossary-format", "tsv"]);
        if cmd[0] == "align" {
            let (s, t) = (tmp("s.txt"), tmp("t.txt"));
            std::fs::write(&s, "Laos.\n").unwrap();
            std::fs::write(&t, "老挝。\n").unwrap();
            let (s, t) = (
                s.to_str().unwrap().to_string(),
                t.to_str().unwrap().to_string(),
            );
            let mut a: Vec<&str> = args.clone();
            a.extend([s.as_str(), t.as_str()]);
            let o = zoulang(&a, b"");
            assert!(o.status.success(), "{o:?}");
        } else {
            let o = zoulang(&args, b"Laos");
            assert!(o.status.success(), "{o:?}");
            assert!(stdout(&o).contains("\"id\":\"laos\""));
        }
    }
}

#[test]
fn glossary_convert_to_omegat_can_leave_out_incomplete_concepts() {
    let g = data("sample.tsv");
    let out = tmp("pairs.txt");
    let out = out.to_str().unwrap();
    let args = ["glossary", "convert", &g, out, "--tgt-lang", "vi"];
    let o = zoulang(&args, b"");
    let full = Glossary::from_path(&g).unwrap();
    let complete = full
        .concepts()
        .iter()
        .filter(|c| {
            c.preferred(LanguageTag::EN).is_some() && c.preferred(LanguageTag::VI).is_some()
        })
        .count();
    let left_out = full.len() - complete;
    assert!(
        left_out > 0 && complete > 0,
        "the sample has concepts with and without vi"
    );
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--skip-incomplete"),
        "{o:?}"
    );
    let o = zoulang(&[&args[..], &["--skip-incomplete"]].concat(), b"");
    assert!(o.status.success(), "{o:?}");
    let written = std::fs::read_to_string(out).unwrap();
    assert_eq!(written.lines().count(), complete);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("left out {left_out} of {}", full.len())),
        "{err}"
    );
}

#[test]
fn glossary_convert_between_formats_by_extension_or_flags() {
    let tbx = tmp("g.tbx");
    let json = tmp("g.json");
    let back = tmp("back.out");
    let o = zoulang(
        &[
            "glossary",
            "convert",
            &data("sample.tsv"),
            tbx.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{o:?}");
    let o = zoulang(
        &[
            "glossary",
            "convert",
            tbx.to_str().unwrap(),
            json.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{o:?}");
    let o = zoulang(
        &[
            "glossary",
            "convert",
            "--to",
            "tsv",
            json.to_str().unwrap(),
            back.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{o:?}");
    // TSV → TBX → JSON → TSV keeps every concept and term.
    let original = zoulang::Glossary::from_path(data("sample.tsv")).unwrap();
    let round = zoulang::Glossary::from_path_with(
        &back,
        zoulang::glossary::Format::Tsv,
        Default::default(),
    )
    .unwrap();
    assert_eq!(round, original);
    let o = zoulang(
        &["glossary", "convert", &data("sample.tsv"), "out.docx"],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
}

/// Review finding: a missing glossary file without an extension was reported as an unknown extension
/// (exit 2); it is an input error naming the file (exit 1), as with an extension.
#[test]
fn a_missing_glossary_file_is_an_input_error() {
    for args in [
        &["terms", "--glossary", "/nonexistent"][..],
        &["glossary", "convert", "/nonexistent", "out.tsv"][..],
    ] {
        let o = zoulang(args, b"Laos\n");
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("/nonexistent: No such file"), "{err}");
    }
}

#[test]
fn glossary_convert_refuses_a_truncated_tbx_with_exit_1() {
    // The review's reproduction: the file ends inside the second entry; before the fix the convert
    // succeeded and wrote only the first entry.
    let cut = tmp("trunc2.tbx");
    std::fs::write(
        &cut,
        "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>A</term></tig></langSet></termEntry>\n<termEntry id=\"b\"><langSet xml:lang=\"en\"><tig><term>B</term></tig>",
    )
    .unwrap();
    let out = tmp("trunc2.json");
    let _ = std::fs::remove_file(&out);
    let o = zoulang(
        &[
            "glossary",
            "convert",
            cut.to_str().unwrap(),
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("trunc2.tbx:2:") && err.contains("<termEntry>"),
        "{err}"
    );
    assert!(!out.exists(), "nothing is written from a truncated file");
}
