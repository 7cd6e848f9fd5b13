//! The length model: how long a translation is expected to be, per language pair.
//!
//! Length is counted in characters other than white space (for Han text a character is roughly a word; for
//! alphabetic text characters track bytes closely and are script-neutral). The ratio of target to source
//! length is estimated from each document pair itself (so unseen pairs work); the spread of the log ratio of
//! a true translation is a per-pair default, from published bitext statistics, with a fallback.

use crate::LanguageTag;

/// A log-normal model of target length given source length.
///
/// ```
/// use zoulang::{LanguageTag, align::LengthModel};
/// let m = LengthModel::for_pair(LanguageTag::ZH_HANS, LanguageTag::EN).fitted(&[10.0, 20.0], &[30.0, 60.0]);
/// assert!((m.ratio() - 3.0).abs() < 1e-9);
/// // a pathological document cannot pull the ratio beyond a factor of 2 of the default
/// let skew = LengthModel::for_pair(LanguageTag::ZH_HANS, LanguageTag::EN).fitted(&[10000.0], &[30.0]);
/// assert!((skew.ratio() - 1.6).abs() < 1e-9);
/// assert!(m.cost(10.0, 30.0) < m.cost(10.0, 90.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LengthModel {
    ratio: f64,
    sigma: f64,
    smooth: f64,
}

/// (source, target, typical target/source character ratio, sigma of the log ratio); either order.
const PAIRS: &[(&str, &str, f64, f64)] = &[
    ("zh", "en", 3.2, 0.45),
    ("zh", "vi", 3.4, 0.45),
    ("zh", "ms", 3.8, 0.45),
    ("zh", "id", 3.8, 0.45),
    ("zh", "th", 2.6, 0.45),
    ("en", "ms", 1.1, 0.35),
    ("en", "id", 1.1, 0.35),
    ("en", "vi", 1.0, 0.35),
    ("de", "fr", 1.05, 0.3),
    ("en", "fr", 1.15, 0.3),
    ("en", "de", 1.1, 0.3),
];

fn base(tag: LanguageTag) -> &'static str {
    if tag.is_chinese() { "zh" } else { tag.as_str() }
}

impl LengthModel {
    /// The default model for a pair (ratio and sigma from the table, or 1.0 and 0.45 for unseen pairs).
    /// O(1).
    pub fn for_pair(src: LanguageTag, tgt: LanguageTag) -> LengthModel {
        let (s, t) = (base(src), base(tgt));
        let (ratio, sigma) = PAIRS
            .iter()
            .find_map(|&(a, b, r, sg)| {
                if (a, b) == (s, t) {
                    Some((r, sg))
                } else if (a, b) == (t, s) {
                    Some((1.0 / r, sg))
                } else {
                    None
                }
            })
            .unwrap_or((1.0, 0.45));
        LengthModel {
            ratio,
            sigma,
            smooth: 4.0,
        }
    }

    /// This model with the ratio estimated from the document pair's total lengths (within a factor of 2 of the
    /// default; kept when either side is empty) and the smoothing constant set to a tenth of the mean target sentence length. O(n).
    pub fn fitted(mut self, src_lens: &[f64], tgt_lens: &[f64]) -> LengthModel {
        let (s, t): (f64, f64) = (src_lens.iter().sum(), tgt_lens.iter().sum());
        if s > 0.0 && t > 0.0 {
            // The document's own ratio, kept within a factor of 2 of the pair's default so that one
            // pathological sentence cannot skew it.
            self.ratio = (t / s).clamp(self.ratio / 2.0, self.ratio * 2.0);
            self.smooth = (0.1 * t / tgt_lens.len() as f64).max(1.0);
        }
        self
    }

    /// Expected target/source length ratio. O(1).
    pub fn ratio(&self) -> f64 {
        self.ratio
    }

    /// Spread of the log length ratio of a true translation. O(1).
    pub fn sigma(&self) -> f64 {
        self.sigma
    }

    /// Cost (negative log-likelihood up to a constant) of source length `ls` translating to length `lt`. O(1).
    pub fn cost(&self, ls: f64, lt: f64) -> f64 {
        let d = ((lt + self.smooth) / (self.ratio * ls + self.smooth)).ln() / self.sigma;
        0.5 * d * d
    }
}

/// Length of a sentence for the model: characters other than white space. O(sentence length).
pub(crate) fn sentence_length(s: &str) -> f64 {
    s.chars().filter(|c| !c.is_whitespace()).count() as f64
}
