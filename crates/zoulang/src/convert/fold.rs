//! [`fold_to_simplified`]: one Simplified form for text in any Chinese script or regional standard.

use std::sync::OnceLock;

use super::converter::Converter;
use super::tables::{CONFIG_SPECS, FOLD_SPEC, dict};
use crate::text::offsets::OffsetMap;

fn folder() -> &'static Converter {
    static FOLDER: OnceLock<Converter> = OnceLock::new();
    FOLDER.get_or_init(|| Converter::from_spec(None, &CONFIG_SPECS[FOLD_SPEC]))
}

/// Folds Chinese text in any script or regional standard to mainland Simplified, with offsets back to `text`.
///
/// The chain is OpenCC's `tw2sp` with the Hong Kong reverse phrase and variant dictionaries added to its first
/// stage: Taiwan and Hong Kong phrases become mainland phrases (寮國 → 老挝, 資訊港 → 信息港, 人工智慧 →
/// 人工智能), Traditional characters become Simplified, and Simplified text stays as it is. Use it to match
/// terms or segment words regardless of script; the map takes a span of the folded text back to the original.
///
/// O(n) in the length of `text`.
///
/// ```
/// use zoulang::fold_to_simplified;
/// for s in ["寮國", "老撾", "老挝"] {
///     assert_eq!(fold_to_simplified(s).0, "老挝");
/// }
/// let src = "中國—東盟資訊港";
/// let (folded, map) = fold_to_simplified(src);
/// assert_eq!(folded, "中国—东盟信息港");
/// let i = folded.find("信息港").unwrap();
/// assert_eq!(&src[map.to_source(i..i + "信息港".len())], "資訊港");
/// ```
pub fn fold_to_simplified(text: &str) -> (String, OffsetMap) {
    folder().convert_with_offsets(text)
}

/// Where a dictionary of [`fold_to_simplified`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FoldStage {
    /// Over the whole text first.
    Normalization,
    /// Segmentation (its values are the whole chain's output for its keys).
    Segmentation,
    /// Conversion stage `i` of `n`, run in order over every unmatched stretch of the segmentation.
    Chain(usize, usize),
    /// The whole chain in one dictionary, for unmatched stretches without IDS operators.
    GapComposite,
}

/// Calls `f(stage, key, value)` for every key of every dictionary [`fold_to_simplified`] applies. For callers
/// that need to know which text the fold can change (the glossary skips the fold where it cannot).
/// O(entries).
pub(crate) fn for_each_fold_entry(mut f: impl FnMut(FoldStage, &str, &'static str)) {
    let spec = &CONFIG_SPECS[FOLD_SPEC];
    let n = spec.chain.len();
    let stages = spec
        .normalization
        .iter()
        .map(|&id| (FoldStage::Normalization, id))
        .chain(spec.segmentation.map(|id| (FoldStage::Segmentation, id)))
        .chain(
            spec.chain
                .iter()
                .enumerate()
                .map(|(i, &id)| (FoldStage::Chain(i, n), id)),
        )
        .chain(spec.gap_composite.map(|id| (FoldStage::GapComposite, id)));
    for (stage, id) in stages {
        dict(id).for_each_entry(|k, v| f(stage, k, v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_regional_forms_to_mainland_simplified() {
        for (src, want) in [
            ("寮國", "老挝"),
            ("老撾", "老挝"),
            ("老挝", "老挝"),
            ("資訊港", "信息港"),
            ("人工智慧", "人工智能"),
            ("人工智能", "人工智能"),
            ("軟體", "软件"),
            ("網路", "网络"),
            ("東南亞國家協會", "东南亚国家协会"),
            ("Guangxi 2025", "Guangxi 2025"),
        ] {
            assert_eq!(fold_to_simplified(src).0, want, "{src}");
        }
    }

    #[test]
    fn offsets_cover_the_text() {
        let src = "廣西與東協的人工智慧合作";
        let (out, map) = fold_to_simplified(src);
        assert_eq!(map.source_len(), src.len());
        assert_eq!(map.target_len(), out.len());
        let i = out.find("人工智能").unwrap();
        assert_eq!(&src[map.to_source(i..i + "人工智能".len())], "人工智慧");
    }
}
