//! Invariants of Chinese script conversion: every configuration and overlay set, with offsets.

use std::sync::OnceLock;

use zoulang::convert::{Config, Converter, Overlay, fold_to_simplified};
use zoulang::text::script::letter_script;

use super::Input;
use super::maps::check_map;

fn is_han(c: char) -> bool {
    letter_script(c) == Some("Han")
}

/// One converter per configuration, built once (building deserialises dictionaries).
fn converters() -> &'static [Converter] {
    static C: OnceLock<Vec<Converter>> = OnceLock::new();
    C.get_or_init(|| Config::ALL.iter().map(|&c| Converter::new(c)).collect())
}

/// Fuzz target `convert`: byte 0 picks the configuration (all 16), byte 1 the overlays (any subset), the rest
/// is the text.
pub fn convert(data: &[u8]) {
    let mut inp = Input::new(data);
    let k = inp.byte() as usize % Config::ALL.len();
    let bits = inp.byte();
    let text = inp.text();
    let base = &converters()[k];
    let overlays: Vec<Overlay> = Overlay::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, &o)| o)
        .collect();
    let conv = if overlays.is_empty() {
        base.clone()
    } else {
        base.with_overlays(&overlays)
    };
    check_conversion(
        &text,
        &conv.convert(&text),
        conv.convert_with_offsets(&text),
        "convert",
    );
    if overlays.is_empty() {
        assert_eq!(
            zoulang::convert::convert(&text, Config::ALL[k]),
            conv.convert(&text)
        );
    }
    let (folded, map) = fold_to_simplified(&text);
    check_conversion(&text, &folded, (folded.clone(), map), "fold_to_simplified");
}

/// `convert` agrees with `convert_with_offsets`, the map is valid, and only Han text changes: every replaced
/// piece of the input holds a Han character, and the characters around the Han ones come out unchanged.
pub fn check_conversion(text: &str, plain: &str, with: (String, zoulang::OffsetMap), what: &str) {
    let (out, map) = with;
    assert_eq!(plain, out, "{what}: plain and with-offsets outputs differ");
    check_map(&map, text, &out);
    if !text.chars().any(is_han) {
        assert_eq!(out, text, "{what} changed a text without Han");
    }
    let segs = map.segments();
    for (k, s) in segs.iter().enumerate() {
        if s.copy {
            continue;
        }
        let (se, te) = segs
            .get(k + 1)
            .map_or((text.len(), out.len()), |n| (n.source, n.target));
        let (src, tgt) = (&text[s.source..se], &out[s.target..te]);
        assert!(
            src.chars().any(is_han),
            "{what} replaced {src:?} (no Han) by {tgt:?}"
        );
        let non_han = |t: &str| t.chars().filter(|&c| !is_han(c)).collect::<String>();
        assert_eq!(
            non_han(src),
            non_han(tgt),
            "{what}: non-Han text changed in {src:?} -> {tgt:?}"
        );
    }
}
