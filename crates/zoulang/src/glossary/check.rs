//! Key-term check on an aligned sentence pair, as Xbench's key-term check does: source terms whose
//! target equivalent is missing, and forbidden terms used in the target.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::glossary::model::{Glossary, TermKind};
use crate::tag::LanguageTag;

/// What a [`CheckIssue`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A source term whose concept has a target-language term, but no term of that concept appears in the
    /// target (counted: two source mentions need two target mentions). Span in the source.
    MissingTarget,
    /// A forbidden term of the target language used in the target. Span in the target.
    ForbiddenTerm,
}

/// One finding of [`Glossary::check_pair`].
///
/// ```
/// use zoulang::glossary::IssueKind;
/// let issues = zoulang::Glossary::builtin().check_pair(
///     "Laos", "ລາວ", zoulang::LanguageTag::EN, zoulang::LanguageTag::LO);
/// assert!(issues.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CheckIssue {
    /// What is wrong.
    pub kind: IssueKind,
    /// The concept id.
    pub id: String,
    /// Byte start of the span (in the source for `MissingTarget`, in the target for `ForbiddenTerm`).
    pub start: usize,
    /// Byte end of the span.
    pub end: usize,
    /// The text of the span.
    pub text: String,
    /// The term expected in the target language, when the glossary has one.
    pub expected: Option<String>,
}

impl Glossary {
    /// Checks an aligned sentence pair: source terms whose target-language equivalent is missing from
    /// `tgt`, and forbidden terms used in `tgt`. Issues come in order: missing ones by source position, then
    /// forbidden ones by target position. O(|src| + |tgt|) beyond [`Glossary::find`].
    ///
    /// ```
    /// use zoulang::{Glossary, LanguageTag};
    /// use zoulang::glossary::IssueKind;
    /// let g = Glossary::builtin();
    /// let issues = g.check_pair("The China-ASEAN Expo opens in Nanning.", "博览会在南宁开幕。",
    ///                           LanguageTag::EN, LanguageTag::ZH_HANS);
    /// assert_eq!(issues.len(), 1);
    /// assert_eq!(issues[0].kind, IssueKind::MissingTarget);
    /// assert_eq!(issues[0].expected.as_deref(), Some("中国—东盟博览会"));
    /// ```
    pub fn check_pair(
        &self,
        src: &str,
        tgt: &str,
        src_lang: LanguageTag,
        tgt_lang: LanguageTag,
    ) -> Vec<CheckIssue> {
        self.check_pair_regional(src, tgt, src_lang, tgt_lang, None)
    }

    /// [`Glossary::check_pair`] for a target written in a region's terms (`TW`, `HK`, …): `expected` gives
    /// that region's term where the concept has one, as [`Glossary::translate_regional`] does. Which target
    /// terms count as present does not depend on the region (any term of the concept does).
    /// O(|src| + |tgt|) beyond [`Glossary::find`].
    ///
    /// ```
    /// use zoulang::{Glossary, LanguageTag};
    /// let g = Glossary::builtin();
    /// let issues = g.check_pair_regional("ASEAN leaders met.", "領導人會晤。",
    ///                                    LanguageTag::EN, LanguageTag::ZH_HANT, Some("TW"));
    /// assert_eq!(issues[0].expected.as_deref(), Some("東協"));
    /// ```
    pub fn check_pair_regional(
        &self,
        src: &str,
        tgt: &str,
        _src_lang: LanguageTag,
        tgt_lang: LanguageTag,
        region: Option<&str>,
    ) -> Vec<CheckIssue> {
        let concepts = self.concepts();
        let src_m = self.find_raw(src);
        let tgt_m = self.find_raw(tgt);
        let mut available: HashMap<usize, usize> = HashMap::new();
        for m in &tgt_m {
            if concepts[m.concept].terms[m.term].kind != TermKind::Forbidden {
                *available.entry(m.concept).or_default() += 1;
            }
        }
        let mut issues = Vec::new();
        for m in &src_m {
            let c = &concepts[m.concept];
            let Some(expected) = c.preferred_in(tgt_lang, region) else {
                continue; // nothing to expect in this language
            };
            match available.get_mut(&m.concept) {
                Some(n) if *n > 0 => *n -= 1,
                _ => issues.push(CheckIssue {
                    kind: IssueKind::MissingTarget,
                    id: c.id.clone(),
                    start: m.start,
                    end: m.end,
                    text: src[m.start..m.end].to_string(),
                    expected: Some(expected.to_string()),
                }),
            }
        }
        for m in &tgt_m {
            if self.is_forbidden(m.concept, m.term) {
                let c = &concepts[m.concept];
                issues.push(CheckIssue {
                    kind: IssueKind::ForbiddenTerm,
                    id: c.id.clone(),
                    start: m.start,
                    end: m.end,
                    text: tgt[m.start..m.end].to_string(),
                    expected: c.preferred_in(tgt_lang, region).map(str::to_string),
                });
            }
        }
        issues
    }
}
