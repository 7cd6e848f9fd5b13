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

/// Calls `f(stage, key, value)` for every key of every dictionary [`fold_to_simplified`] applies, `stage`
/// numbering the dictionaries in the order they run (normalisation, segmentation, conversion stages). For
/// callers that need to know which text the fold can change (the glossary skips the fold where it cannot).
/// The segmentation dictionary's values are the whole chain's output for its keys. O(entries).
pub(crate) fn for_each_fold_entry(mut f: impl FnMut(usize, &str, &'static str)) {
    let spec = &CONFIG_SPECS[FOLD_SPEC];
    let ids = spec
        .normalization
        .iter()
        .chain(spec.segmentation.as_ref())
        .chain(spec.chain)
        .chain(spec.gap_composite.as_ref());
    for (stage, &id) in ids.enumerate() {
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
