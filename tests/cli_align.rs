//! End-to-end tests of `zoulang align` and `zoulang evaluate` on a small hand-made document pair
//! (tests/data/align/small.{zh,en}, with a hand-made gold alignment).

use std::process::{Command, Output};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/align");

fn zoulang(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zoulang"))
        .args(args)
        .output()
        .expect("run zoulang")
}

fn path(name: &str) -> String {
    format!("{DATA}/{name}")
}

fn align(format: &str) -> Output {
    align_files(format, &[], "small.zh", "small.en")
}

/// `zoulang align` of two files under tests/data/align, zh-CN to en, with extra options.
fn align_files(format: &str, extra: &[&str], src: &str, tgt: &str) -> Output {
    let (src, tgt) = (path(src), path(tgt));
    let mut args = vec![
        "align",
        "--src-lang",
        "zh-CN",
        "--tgt-lang",
        "en",
        "--format",
        format,
    ];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[&src, &tgt]);
    zoulang(&args)
}

#[test]
fn jsonl_covers_every_line_once_and_matches_gold() {
    let o = align("jsonl");
    assert!(o.status.success(), "{o:?}");
    let text = String::from_utf8(o.stdout).unwrap();
    let units: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let src: Vec<u64> = units
        .iter()
        .flat_map(|u| {
            u["src"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap())
        })
        .collect();
    let tgt: Vec<u64> = units
        .iter()
        .flat_map(|u| {
            u["tgt"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap())
        })
        .collect();
    assert_eq!(src, (0..5).collect::<Vec<_>>());
    assert_eq!(tgt, (0..6).collect::<Vec<_>>());
    assert!(units.iter().all(|u| u["score"].as_f64().is_some()));
    // evaluate the output against the hand-made gold
    let dir = std::env::temp_dir().join(format!("zoulang-align-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pred = dir.join("pred.jsonl");
    std::fs::write(&pred, &text).unwrap();
    let e = zoulang(&[
        "evaluate",
        &path("small.gold.align"),
        pred.to_str().unwrap(),
    ]);
    assert!(e.status.success(), "{e:?}");
    let s: serde_json::Value = serde_json::from_slice(&e.stdout).unwrap();
    assert_eq!(s["strict"]["f1"].as_f64(), Some(1.0), "{text}");
}

#[test]
fn tsv_and_tmx() {
    let tsv = String::from_utf8(align("tsv").stdout).unwrap();
    assert!(tsv.lines().all(|l| l.split('\t').count() == 2));
    assert!(tsv.contains("他们讨论了数据、算力和人才培养。\tThey discussed data and computing power. They also discussed the training of talent."));
    let tmx = String::from_utf8(align("tmx").stdout).unwrap();
    assert!(tmx.starts_with("<?xml") && tmx.trim_end().ends_with("</tmx>"));
    assert_eq!(tmx.matches("<tu>").count(), 5);
    assert!(tmx.contains("<tuv xml:lang=\"zh-Hans\">"));
}

/// Review findings: blank lines paired with each other became empty TMX units, and a byte-order mark
/// stayed in the first segment (tests/data/align/bom_blank.*: BOM, then a blank line). TSV keeps one line
/// per unit (INTERFACE.md), so the blank pair is a line with both sides empty.
#[test]
fn blank_pairs_and_byte_order_marks_stay_out_of_segments() {
    // Line by line the blank lines are a (blank) unit; split into sentences they are not sentences.
    for (extra, blank) in [(&[][..], "\t\n"), (&["--split"][..], "")] {
        let tsv = align_files("tsv", extra, "bom_blank.zh", "bom_blank.en");
        let tsv = String::from_utf8(tsv.stdout).unwrap();
        assert_eq!(
            tsv,
            format!(
                "中国与东盟加强人工智能合作。\tChina and ASEAN strengthen cooperation on artificial intelligence.\n\
                 {blank}双方签署了协议。\tThe two sides signed an agreement.\n"
            ),
            "{extra:?}"
        );
        let tmx = align_files("tmx", extra, "bom_blank.zh", "bom_blank.en");
        let tmx = String::from_utf8(tmx.stdout).unwrap();
        assert_eq!(tmx.matches("<tu>").count(), 2, "{tmx}");
        assert!(!tmx.contains("<seg></seg>") && !tmx.contains('\u{FEFF}'));
    }
}

#[test]
fn evaluate_reads_align_files() {
    let e = zoulang(&[
        "evaluate",
        &path("small.gold.align"),
        &path("small.gold.align"),
    ]);
    assert!(e.status.success());
    let s: serde_json::Value = serde_json::from_slice(&e.stdout).unwrap();
    assert_eq!(s["lax"]["precision"].as_f64(), Some(1.0));
}

fn align_zh_en(src_lang: &str, src: &str, tgt: &str) -> Output {
    zoulang(&[
        "align",
        "--src-lang",
        src_lang,
        "--tgt-lang",
        "en",
        src,
        tgt,
    ])
}

#[test]
fn bad_input_exit_codes() {
    let o = align_zh_en("klingon", &path("small.zh"), &path("small.en"));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("klingon"));
    let o = align_zh_en("und", &path("small.zh"), &path("small.en"));
    assert_eq!(o.status.code(), Some(2));
    let o = align_zh_en("zh", &path("missing.zh"), &path("small.en"));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.zh"));
    let o = align_zh_en("zh", "-", "-");
    assert_eq!(o.status.code(), Some(2));
    let dir = std::env::temp_dir().join(format!("zoulang-align-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"ok\nab\xffc\n").unwrap();
    let o = align_zh_en("zh", bad.to_str().unwrap(), &path("small.en"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("bad.txt:2: invalid UTF-8 at byte 5"),
        "{o:?}"
    );
    let o = zoulang(&["evaluate", &path("small.zh"), &path("small.gold.align")]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn demo_aligns_the_built_in_sample() {
    // The sample's documented alignment: the fourth English sentence translates Chinese sentences 4 and 5.
    let o = zoulang(&["demo"]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let section = text
        .split("== Sentence alignment")
        .nth(1)
        .expect("alignment section");
    let units: Vec<&str> = section.lines().filter(|l| l.starts_with("  [")).collect();
    let heads: Vec<&str> = units
        .iter()
        .map(|l| l.split(" score").next().unwrap().trim())
        .collect();
    assert_eq!(
        heads,
        ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3, 4]:[3]", "[5]:[4]"]
    );
}

/// `zoulang align --split` of the raw-text versions of small.{zh,en}.
fn align_split(format: &str, extra: &[&str]) -> Output {
    let mut args = vec!["--split"];
    args.extend_from_slice(extra);
    align_files(format, &args, "small.raw.zh", "small.raw.en")
}

#[test]
fn split_raw_text_gives_the_line_alignment() {
    // small.raw.{zh,en} are small.{zh,en} run together into paragraphs: splitting must recover the same
    // sentences, so the alignment matches the hand-made gold and the TSV texts are the sentences.
    let o = align_split("align", &[]);
    assert!(o.status.success(), "{o:?}");
    let gold = std::fs::read_to_string(path("small.gold.align")).unwrap();
    assert_eq!(String::from_utf8(o.stdout).unwrap().trim(), gold.trim());
    let split_tsv = align_split("tsv", &[]);
    assert!(split_tsv.status.success(), "{split_tsv:?}");
    assert_eq!(split_tsv.stdout, align("tsv").stdout);
}

#[test]
fn glossary_file_and_builtin_glossary() {
    for extra in [
        vec!["--builtin-glossary"],
        vec![
            "--glossary",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/glossary/sample.tsv"
            ),
        ],
    ] {
        let o = align_split("align", &extra);
        assert!(o.status.success(), "{extra:?}: {o:?}");
        let gold = std::fs::read_to_string(path("small.gold.align")).unwrap();
        assert_eq!(String::from_utf8(o.stdout).unwrap().trim(), gold.trim());
    }
    // 东盟/ASEAN is a built-in concept: the first unit scores higher with the glossary.
    let score = |extra: &[&str]| -> f64 {
        let o = align_split("jsonl", extra);
        let first: serde_json::Value =
            serde_json::from_str(String::from_utf8(o.stdout).unwrap().lines().next().unwrap())
                .unwrap();
        first["score"].as_f64().unwrap()
    };
    assert!(score(&["--builtin-glossary"]) > score(&[]));
    let bad = align_split("align", &["--glossary", &path("small.gold.align")]);
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
}
