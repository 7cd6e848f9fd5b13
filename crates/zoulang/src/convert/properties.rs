//! Property tests: offsets round-trip, text without Han passes through unchanged, odd input never panics.

use proptest::prelude::*;

use super::{Config, Converter, Overlay, fold_to_simplified};
use crate::OffsetMap;

/// Characters that exercise the converter: dictionary keys of several configs, a phrase start, punctuation,
/// ASCII, emoji, a lone combining mark, CJK Extension B, compatibility ideographs, IDS operators.
const ALPHABET: &[&str] = &[
    "干",
    "头",
    "发",
    "台",
    "湾",
    "里",
    "面",
    "着",
    "说",
    "計",
    "劃",
    "臺",
    "灣",
    "裏",
    "説",
    "信",
    "息",
    "港",
    "人",
    "工",
    "智",
    "能",
    "慧",
    "老",
    "挝",
    "寮",
    "國",
    "資",
    "訊",
    "软",
    "件",
    "體",
    "后",
    "後",
    "面",
    "，",
    "。",
    "“",
    "”",
    "a",
    "Z",
    " ",
    "\n",
    "0",
    "🙂",
    "\u{301}",
    "𠀀",
    "𪚥",
    "\u{F900}",
    "\u{2F800}",
    "⿰",
    "⿱",
    "⿲",
    "\u{0}",
    "é",
    "ก",
    "ệ",
];

/// Non-Han text: Latin, Vietnamese, Thai, Lao, Khmer, Myanmar, emoji, combining marks, general punctuation.
const NON_HAN: &[&str] = &[
    "a", "Z", " ", "\n", "é", "ệ", "ơ", "ก", "ข", "ລ", "ក", "က", "🙂", "\u{301}", "—", "…", "“",
    "€", "0", "\u{0}",
];

fn text_from(alphabet: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..40).prop_map(|v| v.concat())
}

fn config() -> impl Strategy<Value = Config> {
    prop::sample::select(Config::ALL.to_vec())
}

/// Checks that `map` describes `src` → `out`: copy segments hold equal text, every segment lies on
/// character boundaries on both sides, and spans map back and forth covering themselves.
fn check_map(src: &str, out: &str, map: &OffsetMap) -> Result<(), TestCaseError> {
    prop_assert_eq!(map.source_len(), src.len());
    prop_assert_eq!(map.target_len(), out.len());
    let segs = map.segments();
    for (k, s) in segs.iter().enumerate() {
        let (ns, nt) = segs
            .get(k + 1)
            .map_or((src.len(), out.len()), |n| (n.source, n.target));
        prop_assert!(src.is_char_boundary(s.source) && src.is_char_boundary(ns));
        prop_assert!(out.is_char_boundary(s.target) && out.is_char_boundary(nt));
        if s.copy {
            prop_assert_eq!(&src[s.source..ns], &out[s.target..nt]);
        }
    }
    let bounds: Vec<usize> = out
        .char_indices()
        .map(|(i, _)| i)
        .chain([out.len()])
        .collect();
    for w in bounds.windows(2) {
        let back = map.to_source(w[0]..w[1]);
        prop_assert!(src.is_char_boundary(back.start) && src.is_char_boundary(back.end));
        let forth = map.to_target(back.clone());
        prop_assert!(
            forth.start <= w[0] && forth.end >= w[1],
            "{:?} -> {:?} -> {:?}",
            w,
            back,
            forth
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn offsets_round_trip(text in text_from(ALPHABET), config in config(), overlay in any::<bool>()) {
        let mut c = Converter::new(config);
        if overlay {
            c = c.with_overlays(&Overlay::ALL);
        }
        let plain = c.convert(&text);
        let (out, map) = c.convert_with_offsets(&text);
        prop_assert_eq!(&plain, &out);
        check_map(&text, &out, &map)?;
    }

    #[test]
    fn one_pass_segmented_path_equals_the_staged_path(text in text_from(ALPHABET)) {
        // Without IDS operators the one-pass path runs; it must equal segmentation then the chain per stretch.
        let text: String = text.chars().filter(|c| !('\u{2FF0}'..='\u{2FFF}').contains(c)).collect();
        for config in [Config::S2tw, Config::S2twp, Config::S2hk, Config::S2hkp] {
            let c = Converter::new(config);
            prop_assert_eq!(c.convert(&text), c.convert_unfused(&text), "{}", config);
        }
    }

    #[test]
    fn streaming_equals_converting_whole(
        text in text_from(ALPHABET),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
        config in config(),
        overlay in any::<bool>(),
    ) {
        // Pieces cut at arbitrary character boundaries (line breaks and IDS operators are in the alphabet).
        let mut c = Converter::new(config);
        if overlay {
            c = c.with_overlays(&Overlay::ALL);
        }
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut at: Vec<usize> = cuts.iter().filter(|_| !bounds.is_empty()).map(|i| bounds[i.index(bounds.len())]).collect();
        at.sort_unstable();
        let mut s = c.stream();
        let (mut out, mut from) = (String::new(), 0);
        for a in at.into_iter().chain([text.len()]) {
            out += &s.push(&text[from..a]);
            from = a;
            // After a line break, at most one IDS (64 code points) is held back.
            if text[..a].ends_with('\n') {
                prop_assert!(s.held().len() <= 64 * 4, "held {:?}", s.held());
            }
        }
        out += &s.finish();
        prop_assert_eq!(out, c.convert(&text));
    }

    #[test]
    fn fold_offsets_round_trip(text in text_from(ALPHABET)) {
        let (out, map) = fold_to_simplified(&text);
        check_map(&text, &out, &map)?;
    }

    #[test]
    fn text_without_han_is_unchanged(text in text_from(NON_HAN), config in config()) {
        let c = Converter::new(config);
        prop_assert_eq!(c.convert(&text), text.clone());
        let (out, map) = c.convert_with_offsets(&text);
        prop_assert_eq!(out, text);
        prop_assert!(map.is_identity());
    }

    #[test]
    fn any_utf8_converts_without_panic(text in "\\PC{0,60}", config in config()) {
        let (out, map) = Converter::new(config).convert_with_offsets(&text);
        check_map(&text, &out, &map)?;
    }
}

#[test]
fn converter_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Converter>();
    assert_send_sync::<Config>();
    let c = Converter::new(Config::S2t);
    let d = c.clone();
    let outs: Vec<String> = std::thread::scope(|s| {
        let h: Vec<_> = (0..4).map(|_| s.spawn(|| d.convert("汉字"))).collect();
        h.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(outs.iter().all(|o| o == "漢字"));
    assert_eq!(c.convert_batch(&["干部", "头发", ""]), ["幹部", "頭髮", ""]);
}

#[test]
fn odd_input_is_kept() {
    let c = Converter::new(Config::S2t);
    // NUL, lone combining mark, emoji, Extension B and an IDS all survive.
    let s = "a\u{0}b\u{301}🙂𠀀⿰氵干";
    assert_eq!(c.convert(s), s);
    // A compatibility ideograph is normalised first (U+F900 豈 → U+8C48 豈).
    assert_eq!(c.convert("\u{F900}"), "\u{8C48}");
}

#[test]
fn every_bmp_han_alone_and_before_nul_converts_on_both_paths() {
    // A text's last character meets the phrase filters with no next character (and U+0000 is a real next
    // character): the hot path must not read past the end, and must agree with the offsets path.
    for config in [
        Config::S2t,
        Config::T2s,
        Config::S2twp,
        Config::Tw2sp,
        Config::T2jp,
    ] {
        let c = Converter::new(config);
        for ch in ('\u{3400}'..='\u{4DBF}').chain('\u{4E00}'..='\u{9FFF}') {
            for text in [ch.to_string(), format!("{ch}\u{0}")] {
                assert_eq!(
                    c.convert(&text),
                    c.convert_with_offsets(&text).0,
                    "{config} {text:?}"
                );
            }
        }
    }
}
