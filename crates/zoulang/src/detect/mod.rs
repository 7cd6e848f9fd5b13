//! Language identification for China–ASEAN text, built on `whatlang` and going beyond it.
//!
//! - **Script first.** Thai, Lao, Khmer, Burmese, Korean (Hangul) and Japanese (kana) are decided by script;
//!   Burmese is also checked for the Zawgyi font encoding ([`zawgyi_probability`], Google myanmar-tools'
//!   Markov model), reported in [`Detection::encoding`].
//! - **Chinese script.** Han text is `zh-Hans` or `zh-Hant` from characters that exist in only one script
//!   (derived at build time from OpenCC's character tables, see [`han_evidence`]), `zh` when none occurs.
//! - **Latin script.** Word-frequency evidence (wordfreq top-N lists) beside character trigrams compiled
//!   from the same lists, a domain prior for en/vi/ms/id/fil, and a Malay/Indonesian discriminator from
//!   spelling and vocabulary markers. Latin-script languages without word lists (Javanese, Zulu, Welsh …)
//!   come from whatlang when the word evidence is thin.
//! - **Other scripts** (Cyrillic, Arabic, Devanagari, Greek …) come from whatlang, restricted to the
//!   allow-list.
//!
//! **Quotation.** A Latin-script sentence that quotes (or brackets) three or more words of another
//! language is in the language of its frame when the frame is all but certain: an English sentence
//! quoting Malay is `en` (confidence shrunk by the quoted share, Malay the runner-up), not `ms`;
//! [`detect_spans`] gives the passage its own span.
//!
//! **Malay vs Indonesian** on short text: a sentence with one strong marker (kerana/karena, bahawa/bahwa,
//! wang/uang, sahaja/saja, bisa, kantor, Jepun/Jepang, -iti/-itas) is decided at ≥ 90%; a short sentence with
//! no marker (many everyday sentences are the same in both) gets a confidence near 0.5–0.7 and is right
//! only about that often. Telling the pair from every other language is reliable (≥ 99.5% on sentences).
//!
//! **Confidence** is a probability: for Latin text, the posterior of the word model after temperature
//! scaling fitted on a held-out half of ../shared/data/langid-dev; for script-decided languages it grows with
//! the number of letters of the script and shrinks with the share of other scripts in the text. How it was
//! measured, and the accuracy per language, are in benches/README.md.
//!
//! ```
//! use zoulang::{detect, detect_spans, Detector};
//! assert_eq!(detect("ພາສາລາວ ແມ່ນພາສາທາງການ").lang.as_str(), "lo");
//! assert_eq!(detect("Pumunta ako sa palengke kahapon.").lang.as_str(), "fil");
//! let only = Detector::new().only(&["en", "zh"]).unwrap();
//! assert_eq!(only.detect("我们").lang.as_str(), "zh-Hans");
//! assert_eq!(detect_spans("我们用Python写代码").len(), 3);
//! ```

mod detector;
mod han;
mod malay;
mod quotes;
mod spans;
mod whatlang_tags;
pub(crate) mod words;
mod zawgyi;

pub use detector::{Detection, Detector, MAX_ANALYSED};
pub use han::{HanEvidence, han_evidence, is_simplified_only, is_traditional_only};
pub use spans::LanguageSpan;
pub use zawgyi::zawgyi_probability;

use std::sync::OnceLock;

/// Tuning aid (not a stable API): the Malay/Indonesian features of `text`: the marker log-odds and the
/// general word model's cost difference `cost(id) - cost(ms)` in nats. O(n) in the text length.
///
/// ```
/// let (markers, _) = zoulang::detect::malay_features("kerana wang");
/// assert!(markers > 0.0);
/// ```
#[doc(hidden)]
pub fn malay_features(text: &str) -> (f32, f32) {
    let s = words::score(text, true);
    let (ms, id) = (
        words::index_of("ms").expect("ms is compiled"),
        words::index_of("id").expect("id is compiled"),
    );
    (s.malay_markers, s.cost[id] - s.cost[ms])
}

fn default_detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(Detector::new)
}

/// Identifies the language of `text` with every language allowed (see [`Detector::detect`]).
///
/// Worst case O(min(n, [`MAX_ANALYSED`])).
///
/// ```
/// let d = zoulang::detect("Kerajaan Malaysia akan membincangkan perkara ini kerana ia penting.");
/// assert_eq!(d.lang.as_str(), "ms");
/// ```
pub fn detect(text: &str) -> Detection {
    default_detector().detect(text)
}

/// Runs of one language in mixed text, with every language allowed (see [`Detector::detect_spans`]).
///
/// Worst case O(n).
///
/// ```
/// let s = zoulang::detect_spans("Hello 你好");
/// assert_eq!(s.iter().map(|s| s.lang.as_str()).collect::<Vec<_>>(), ["en", "zh"]);
/// ```
pub fn detect_spans(text: &str) -> Vec<LanguageSpan> {
    default_detector().detect_spans(text)
}

/// Identifies each text in parallel with every language allowed (see [`Detector::detect_batch`]).
///
/// Worst case O(Σ min(nᵢ, [`MAX_ANALYSED`])) work.
///
/// ```
/// let out = zoulang::detect_batch(&["안녕하세요", "こんにちは"]);
/// assert_eq!(out[0].lang.as_str(), "ko");
/// assert_eq!(out[1].lang.as_str(), "ja");
/// ```
pub fn detect_batch<S: AsRef<str> + Sync>(texts: &[S]) -> Vec<Detection> {
    default_detector().detect_batch(texts)
}
