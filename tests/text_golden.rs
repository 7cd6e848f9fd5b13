//! Golden tests of the text layer, from data files shared with the Python tests (tests/data/text/).

use serde_json::Value;
use zoulang::normalize::{NormalizeOptions, normalize_with_offsets};

fn cases(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/text/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn options(v: &Value) -> NormalizeOptions {
    NormalizeOptions {
        form: v["form"].as_str().unwrap_or("nfc").parse().unwrap(),
        width: v["width"].as_str().map(|w| w.parse().unwrap()),
        dashes: v["dashes"].as_bool().unwrap_or(false),
        quotes: v["quotes"].as_bool().unwrap_or(false),
        whitespace: v["whitespace"].as_bool().unwrap_or(false),
    }
}

#[test]
fn normalisation_golden_cases_and_offset_round_trips() {
    let cases = cases("normalize_cases.jsonl");
    assert!(cases.len() >= 8);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let input = c["input"].as_str().unwrap();
        let (out, map) = normalize_with_offsets(input, &options(&c["options"]));
        assert_eq!(out, c["expected"].as_str().unwrap(), "{name}");
        assert_eq!(
            map.to_source(0..out.len()),
            0..input.len(),
            "{name}: map covers the input"
        );
        for span in c["spans"].as_array().unwrap() {
            let (needle, original) = (span[0].as_str().unwrap(), span[1].as_str().unwrap());
            let i = out
                .find(needle)
                .unwrap_or_else(|| panic!("{name}: {needle:?} not in {out:?}"));
            let src = map.to_source(i..i + needle.len());
            assert_eq!(&input[src.clone()], original, "{name}: {needle:?}");
            assert_eq!(
                map.to_target(src),
                i..i + needle.len(),
                "{name}: back again"
            );
            // The same in code points, as Python and the CLI see it.
            let chars = map.to_char_units(input, &out);
            let ci = out[..i].chars().count();
            let cs = chars.to_source(ci..ci + needle.chars().count());
            let got: String = input
                .chars()
                .skip(cs.start)
                .take(cs.end - cs.start)
                .collect();
            assert_eq!(got, original, "{name}: code points");
        }
    }
}

#[test]
fn script_profiles_of_sentences_in_the_13_target_languages() {
    let cases = cases("script_cases.jsonl");
    let langs: Vec<&str> = cases.iter().map(|c| c["lang"].as_str().unwrap()).collect();
    for t in zoulang::LanguageTag::TARGETS {
        assert!(langs.contains(&t.as_str()), "no script case for {t}");
    }
    for c in &cases {
        let text = c["text"].as_str().unwrap();
        let p = zoulang::script_profile(text);
        let want: Vec<&str> = c["scripts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        let mut got: Vec<&str> = p.shares.iter().map(|(s, _)| *s).collect();
        got.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(got, want_sorted, "{}: {text}", c["lang"]);
        assert_eq!(p.dominant(), Some(want[0]), "{}", c["lang"]);
        let total: f64 = p.shares.iter().map(|(_, f)| f).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert_eq!(p.runs.first().unwrap().start, 0);
        assert_eq!(p.runs.last().unwrap().end, text.len());
    }
}
