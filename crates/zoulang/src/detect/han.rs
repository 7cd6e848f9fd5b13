//! Simplified vs Traditional Chinese from characters that exist in only one script.
//!
//! The sets are derived at build time from OpenCC's `STCharacters.txt` and `TSCharacters.txt`
//! (data/opencc/): a character is Simplified if it is a key of STCharacters or a value of TSCharacters,
//! Traditional if it is a key of TSCharacters or a value of STCharacters; a character on one side only
//! (们, 国, 这 … / 們, 國, 這 …) is evidence for that script. Characters shared by both scripts (中, 人, 大 …)
//! carry none.

mod tables {
    include!(concat!(env!("OUT_DIR"), "/detect_han.rs"));
}

/// Evidence counts: characters found only in Simplified and only in Traditional text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HanEvidence {
    /// Han characters seen.
    pub han: usize,
    /// Characters that exist only in Simplified Chinese.
    pub simplified_only: usize,
    /// Characters that exist only in Traditional Chinese.
    pub traditional_only: usize,
}

impl HanEvidence {
    /// Probability that the text is Traditional, from the difference of the evidence counts (each
    /// distinguishing character multiplies the odds by e^1.6 ≈ 5); 0.5 with no evidence. O(1).
    ///
    /// ```
    /// let e = zoulang::detect::han_evidence("這是中文");
    /// assert!(e.p_traditional() > 0.8);
    /// ```
    pub fn p_traditional(&self) -> f64 {
        let d = self.traditional_only as f64 - self.simplified_only as f64;
        1.0 / (1.0 + (-1.6 * d).exp())
    }
}

/// Whether `c` exists only in Simplified Chinese (per OpenCC's character tables).
///
/// Worst case O(log n) in the table size.
///
/// ```
/// use zoulang::detect::{is_simplified_only, is_traditional_only};
/// assert!(is_simplified_only('们') && !is_simplified_only('中'));
/// assert!(is_traditional_only('們') && !is_traditional_only('中'));
/// ```
pub fn is_simplified_only(c: char) -> bool {
    tables::HANS_ONLY.binary_search(&(c as u32)).is_ok()
}

/// Whether `c` exists only in Traditional Chinese (per OpenCC's character tables).
///
/// Worst case O(log n) in the table size.
///
/// ```
/// assert!(zoulang::detect::is_traditional_only('國'));
/// ```
pub fn is_traditional_only(c: char) -> bool {
    tables::HANT_ONLY.binary_search(&(c as u32)).is_ok()
}

/// Counts Han characters and script-distinguishing ones in `text`.
///
/// Worst case O(n log m): n characters, m table entries.
///
/// ```
/// let e = zoulang::detect::han_evidence("我們是中國人");
/// assert_eq!((e.han, e.simplified_only, e.traditional_only), (6, 0, 2));
/// ```
pub fn han_evidence(text: &str) -> HanEvidence {
    let mut e = HanEvidence::default();
    for c in text.chars() {
        if is_han(c) {
            e.han += 1;
            if is_simplified_only(c) {
                e.simplified_only += 1;
            } else if is_traditional_only(c) {
                e.traditional_only += 1;
            }
        }
    }
    e
}

/// Whether `c` is a Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F | 0x3007)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_disjoint_and_sizable() {
        assert!(tables::HANS_ONLY.len() > 1500 && tables::HANT_ONLY.len() > 1500);
        for c in tables::HANS_ONLY.iter() {
            assert!(tables::HANT_ONLY.binary_search(c).is_err());
        }
    }

    #[test]
    fn shared_characters_are_neutral() {
        // 干 is both the Simplified form of 幹/乾 and a Traditional character in its own right.
        for c in ['干', '中', '后', '里'] {
            assert!(!is_simplified_only(c) && !is_traditional_only(c), "{c}");
        }
    }

    #[test]
    fn probability_follows_evidence() {
        let t = han_evidence("這個國家的經濟");
        assert!(t.p_traditional() > 0.99);
        let s = han_evidence("这个国家的经济");
        assert!(s.p_traditional() < 0.01);
        assert_eq!(han_evidence("中文").p_traditional(), 0.5);
    }
}
