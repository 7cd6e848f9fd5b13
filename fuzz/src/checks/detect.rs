//! Invariants of language identification: detections, spans, allow-lists.

use std::sync::OnceLock;

use zoulang::{Detection, Detector, LanguageTag};

use super::{Input, assert_tiles};

/// Allow-lists the fuzzer picks from (byte 0): everything, and lists that exclude the obvious answer.
const LISTS: [&[&str]; 6] = [
    &[],
    &["ms", "id", "en"],
    &["zh-Hans", "zh-Hant"],
    &["lo", "th"],
    &["my", "km", "vi"],
    &["zh", "ja", "ko", "fil"],
];

fn detectors() -> &'static [Detector] {
    static D: OnceLock<Vec<Detector>> = OnceLock::new();
    D.get_or_init(|| {
        LISTS
            .iter()
            .map(|l| {
                if l.is_empty() {
                    Detector::new()
                } else {
                    Detector::new().only(l).expect("valid list")
                }
            })
            .collect()
    })
}

/// A detection is well formed: confidence a probability, candidates ranked, distinct, within the allow-list,
/// summing to at most 1, the answer first; `und` exactly when there is no candidate.
pub fn check_detection(d: &Detection, allowed: Option<&[LanguageTag]>) {
    assert!(
        d.confidence.is_finite() && (0.0..=1.0).contains(&d.confidence),
        "confidence {}",
        d.confidence
    );
    assert!(d.candidates.len() <= 5, "more than 5 candidates");
    let mut sum = 0.0;
    for (k, (t, p)) in d.candidates.iter().enumerate() {
        assert!(
            p.is_finite() && (0.0..=1.0).contains(p),
            "candidate probability {p}"
        );
        sum += p;
        if k > 0 {
            assert!(
                d.candidates[k - 1].1 >= *p,
                "candidates not ranked: {:?}",
                d.candidates
            );
        }
        assert!(
            !d.candidates[..k].iter().any(|(u, _)| u == t),
            "candidate {t} twice"
        );
        if let Some(list) = allowed {
            assert!(
                allowed_by(list, *t),
                "candidate {t} outside the allow-list {list:?}"
            );
        }
    }
    assert!(sum <= 1.0 + 1e-9, "candidates sum to {sum}");
    if d.is_und() {
        assert_eq!(d.confidence, 0.0, "und with confidence");
    } else {
        assert_eq!(
            d.candidates.first().map(|c| c.0),
            Some(d.lang),
            "the answer is not the first candidate"
        );
        if let Some(list) = allowed {
            assert!(
                allowed_by(list, d.lang),
                "answer {} outside the allow-list {list:?}",
                d.lang
            );
        }
    }
}

/// `zh` allows both scripts, either script allows bare `zh` (as `Detector::only` documents).
fn allowed_by(list: &[LanguageTag], t: LanguageTag) -> bool {
    list.contains(&t)
        || (list.contains(&LanguageTag::ZH)
            && (t == LanguageTag::ZH_HANS || t == LanguageTag::ZH_HANT))
        || (t == LanguageTag::ZH
            && (list.contains(&LanguageTag::ZH_HANS) || list.contains(&LanguageTag::ZH_HANT)))
}

/// Fuzz target `detect`: byte 0 picks an allow-list, the rest is the text.
pub fn detect(data: &[u8]) {
    let mut inp = Input::new(data);
    let k = inp.byte() as usize % LISTS.len();
    let text = inp.text();
    let det = &detectors()[k];
    let d = det.detect(&text);
    check_detection(&d, det.allowed());
    if k == 0 {
        assert_eq!(
            zoulang::detect(&text),
            d,
            "detect() differs from Detector::new().detect()"
        );
    }
    if text.trim().is_empty() {
        assert!(d.is_und(), "white space detected as {}", d.lang);
    }
    // Spans tile the text (white space and punctuation included) in runs of one language.
    let spans = det.detect_spans(&text);
    assert_tiles(&text, spans.iter().map(|s| s.start..s.end), "detect_spans");
    for s in &spans {
        if let (Some(list), false) = (det.allowed(), s.lang.is_und()) {
            assert!(
                allowed_by(list, s.lang),
                "span language {} outside {list:?}",
                s.lang
            );
        }
    }
    if k == 0 {
        assert_eq!(zoulang::detect_spans(&text), spans);
    }
}
