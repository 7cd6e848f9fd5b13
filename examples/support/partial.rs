//! Shared by `examples/align_partial.rs` and `tests/align.rs`: partial-overlap cases built from a MAC-Dev
//! chapter (only part of one side has a counterpart on the other) and their gold, restricted to the kept
//! sentences.
//!
//! The restricted gold keeps every gold unit whose sentences were all kept (renumbered) and marks as
//! unaligned (`[i]:[]` or `[]:[j]`) every kept sentence whose counterpart was cut, and every sentence of an
//! appended chapter. Cuts fall on gold unit boundaries, so no unit is split.
#![allow(dead_code)] // each includer uses part of it

use zoulang::align::Bead;

/// One case: the two sides and the restricted gold.
pub struct Case {
    /// What was done, e.g. "zh 1st half".
    pub name: String,
    pub zh: Vec<String>,
    pub en: Vec<String>,
    pub gold: Vec<Bead>,
    /// Sentences (both sides) that lost their counterpart, by new index: (side 0 = zh / 1 = en, index).
    pub orphans: Vec<(u8, usize)>,
}

/// Source (`side` 0) or target (1) positions where a cut does not split a gold unit, i.e. `k` such that
/// sentences `..k` and `k..` of that side belong to different units.
fn boundaries(gold: &[Bead], side: usize, len: usize) -> Vec<usize> {
    let mut owner = vec![usize::MAX; len];
    for (u, b) in gold.iter().enumerate() {
        let ids = if side == 0 { &b.0 } else { &b.1 };
        for &i in ids {
            owner[i] = u;
        }
    }
    (0..=len)
        .filter(|&k| k == 0 || k == len || owner[k - 1] != owner[k] || owner[k] == usize::MAX)
        .collect()
}

/// The boundary of `side` nearest to `at`.
fn cut(gold: &[Bead], side: usize, len: usize, at: usize) -> usize {
    boundaries(gold, side, len)
        .into_iter()
        .min_by_key(|&k| k.abs_diff(at))
        .unwrap_or(at)
}

/// Keeps sentences `keep_zh` and `keep_en` (original indices, ascending) of a chapter, then appends `extra_en`
/// (sentences with no counterpart).
fn restrict(
    name: &str,
    zh: &[String],
    en: &[String],
    gold: &[Bead],
    keep_zh: &[usize],
    keep_en: &[usize],
    extra_en: &[String],
) -> Case {
    let map = |keep: &[usize], len: usize| {
        let mut m = vec![None; len];
        for (new, &old) in keep.iter().enumerate() {
            m[old] = Some(new);
        }
        m
    };
    let (mz, me) = (map(keep_zh, zh.len()), map(keep_en, en.len()));
    let mut out = Vec::new();
    let mut orphans = Vec::new();
    for (s, t) in gold {
        let s2: Vec<usize> = s.iter().filter_map(|&i| mz[i]).collect();
        let t2: Vec<usize> = t.iter().filter_map(|&j| me[j]).collect();
        if s2.len() == s.len() && t2.len() == t.len() {
            out.push((s2, t2));
        } else if s2.is_empty() || t2.is_empty() {
            for i in s2 {
                out.push((vec![i], vec![]));
                orphans.push((0, i));
            }
            for j in t2 {
                out.push((vec![], vec![j]));
                orphans.push((1, j));
            }
        } else {
            out.push((s2, t2));
        }
    }
    let mut en2: Vec<String> = keep_en.iter().map(|&j| en[j].clone()).collect();
    for (k, e) in extra_en.iter().enumerate() {
        out.push((vec![], vec![keep_en.len() + k]));
        orphans.push((1, keep_en.len() + k));
        en2.push(e.clone());
    }
    Case {
        name: name.to_string(),
        zh: keep_zh.iter().map(|&i| zh[i].clone()).collect(),
        en: en2,
        gold: out,
        orphans,
    }
}

/// The partial-overlap cases of one chapter (`zh`, `en`, `gold`), with `other_en` another chapter's English:
/// Chinese first half, second half and middle third removed; English middle third removed; another
/// chapter's English appended.
pub fn cases(zh: &[String], en: &[String], gold: &[Bead], other_en: &[String]) -> Vec<Case> {
    let (n, m) = (zh.len(), en.len());
    let all_zh: Vec<usize> = (0..n).collect();
    let all_en: Vec<usize> = (0..m).collect();
    let h = cut(gold, 0, n, n / 2);
    let (z1, z2) = (cut(gold, 0, n, n / 3), cut(gold, 0, n, 2 * n / 3));
    let (e1, e2) = (cut(gold, 1, m, m / 3), cut(gold, 1, m, 2 * m / 3));
    let without = |len: usize, a: usize, b: usize| -> Vec<usize> { (0..a).chain(b..len).collect() };
    vec![
        restrict("zh 1st half", zh, en, gold, &all_zh[..h], &all_en, &[]),
        restrict("zh 2nd half", zh, en, gold, &all_zh[h..], &all_en, &[]),
        restrict(
            "zh mid cut",
            zh,
            en,
            gold,
            &without(n, z1, z2),
            &all_en,
            &[],
        ),
        restrict(
            "en mid cut",
            zh,
            en,
            gold,
            &all_zh,
            &without(m, e1, e2),
            &[],
        ),
        restrict("en + other", zh, en, gold, &all_zh, &all_en, other_en),
    ]
}

/// One-sentence cases: `k` Chinese sentences spread over the chapter, each the source of a gold unit with one
/// source sentence and some target, aligned alone against the whole English chapter.
pub fn single_sentences(zh: &[String], en: &[String], gold: &[Bead], k: usize) -> Vec<Case> {
    let eligible: Vec<usize> = gold
        .iter()
        .filter(|(s, t)| s.len() == 1 && !t.is_empty())
        .map(|(s, _)| s[0])
        .collect();
    let all_en: Vec<usize> = (0..en.len()).collect();
    (0..k)
        .filter_map(|q| {
            eligible
                .get((2 * q + 1) * eligible.len() / (2 * k))
                .copied()
        })
        .map(|i| restrict(&format!("zh {i} alone"), zh, en, gold, &[i], &all_en, &[]))
        .collect()
}

/// How many of `case`'s orphans the predicted units leave unaligned.
pub fn orphans_left_unaligned(case: &Case, pred: &[Bead]) -> usize {
    let mut alone = [vec![false; case.zh.len()], vec![false; case.en.len()]];
    for (s, t) in pred {
        if t.is_empty() {
            s.iter().for_each(|&i| alone[0][i] = true);
        }
        if s.is_empty() {
            t.iter().for_each(|&j| alone[1][j] = true);
        }
    }
    case.orphans
        .iter()
        .filter(|&&(side, i)| alone[side as usize][i])
        .count()
}
