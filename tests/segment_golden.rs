//! Sentence-splitting golden tests: the 48 English "Golden Rules" (pySBD, MIT; read from ../shared at test
//! time) and our own per-language cases in tests/data/segment/*.jsonl. Each case must split exactly, and the
//! sentences plus the gaps between them must give back the input.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    p.exists().then_some(p)
}

struct Case {
    id: String,
    lang: String,
    text: String,
    expected: Vec<String>,
    hard_wrap: bool,
}

fn load(path: &Path, default_lang: Option<&str>) -> Vec<Case> {
    let body = std::fs::read_to_string(path).unwrap();
    body.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
            Case {
                id: v
                    .get("id")
                    .map_or_else(|| (i + 1).to_string(), |x| x.to_string()),
                lang: v
                    .get("lang")
                    .and_then(Value::as_str)
                    .or(default_lang)
                    .expect("lang")
                    .to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                expected: v["expected"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
                hard_wrap: v.get("hard_wrap").and_then(Value::as_bool).unwrap_or(false),
            }
        })
        .collect()
}

/// Runs the cases; returns the failures as readable lines.
fn run(cases: &[Case]) -> Vec<String> {
    let mut failures = Vec::new();
    for c in cases {
        let opts = zoulang::SplitOptions {
            hard_wrap: c.hard_wrap,
            ..Default::default()
        };
        let splitter = zoulang::SentenceSplitter::new(c.lang.as_str(), opts).unwrap();
        let got = splitter.split(&c.text);
        // Lossless: sentences and whitespace gaps rebuild the input.
        let mut pos = 0;
        for s in &got {
            assert!(
                c.text[pos..s.start].trim().is_empty(),
                "case {}: lost text",
                c.id
            );
            assert_eq!(&c.text[s.start..s.end], s.text);
            pos = s.end;
        }
        assert!(c.text[pos..].trim().is_empty(), "case {}: lost tail", c.id);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        if texts != c.expected {
            failures.push(format!(
                "[{} {}] {:?}\n   expected {:?}\n   got      {:?}",
                c.lang, c.id, c.text, c.expected, texts
            ));
        }
    }
    failures
}

#[test]
fn english_golden_rules_48_of_48() {
    let Some(path) = shared("data/segment/golden-rules-en.jsonl") else {
        eprintln!(
            "SKIPPED: ../shared/data/segment/golden-rules-en.jsonl is absent (fresh clone without ../shared)"
        );
        return;
    };
    let cases = load(&path, Some("en"));
    assert_eq!(cases.len(), 48);
    let failures = run(&cases);
    assert!(
        failures.is_empty(),
        "{} of 48 golden rules fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn own_golden_cases_per_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/segment");
    let mut cases = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for f in &files {
        let lang = f.file_stem().unwrap().to_str().unwrap().to_string();
        cases.extend(load(f, Some(&lang)));
    }
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let failures = run(&cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
