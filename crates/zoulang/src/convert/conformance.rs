//! Conformance with OpenCC 1.4.2: every (input, config) pair of OpenCC's own test cases
//! (data/opencc/test_data/testcases.json, vendored unmodified) must convert byte-identically.

use super::{Config, Converter};

/// Turns OpenCC's relaxed JSON (`//` comments, trailing commas) into strict JSON.
fn strict_json(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => out.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '}' | ']' => {
                let trimmed = out.trim_end().len();
                if out[..trimmed].ends_with(',') {
                    out.truncate(trimmed - 1);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn strict_json_handles_comments_and_trailing_commas() {
    let v: serde_json::Value =
        serde_json::from_str(&strict_json("{\"a\": [1, 2,], // c\n \"b\": \"x//y,}\",}")).unwrap();
    assert_eq!(v["a"][1], 2);
    assert_eq!(v["b"], "x//y,}");
}

#[test]
fn all_opencc_test_cases_pass() {
    let src = include_str!("../../data/opencc/test_data/testcases.json");
    let doc: serde_json::Value =
        serde_json::from_str(&strict_json(src)).expect("testcases.json parses");
    let converters: Vec<Converter> = Config::ALL.into_iter().map(Converter::new).collect();
    let mut total = 0;
    let mut failures = Vec::new();
    for case in doc["cases"].as_array().expect("cases") {
        let input = case["input"].as_str().expect("input");
        for (name, expected) in case["expected"].as_object().expect("expected") {
            let config = Config::parse(name).expect("known config");
            let expected = expected.as_str().expect("expected string");
            total += 1;
            let c = &converters[config as usize];
            let got = c.convert(input);
            let (with_offsets, map) = c.convert_with_offsets(input);
            assert_eq!(
                got, with_offsets,
                "{name}: convert and convert_with_offsets differ on {input}"
            );
            assert_eq!(
                (map.source_len(), map.target_len()),
                (input.len(), got.len())
            );
            if got != expected {
                failures.push(format!(
                    "{} {name}: {input}\n  want {expected}\n  got  {got}",
                    case["id"]
                ));
            }
        }
    }
    assert!(total >= 543, "only {total} pairs found");
    assert!(
        failures.is_empty(),
        "{} of {total} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
