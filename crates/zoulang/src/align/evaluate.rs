//! Scoring alignments exactly as Vecalign's `score.py` does: strict and lax precision, recall and F1 over
//! alignment units ("beads"). Precision counts every predicted unit that is not empty on both sides; recall
//! counts only gold units with both sides non-empty (and is measured against predicted units with both sides
//! non-empty). A unit is a strict hit when it appears in the gold set; a lax hit when some of its source
//! sentences are aligned in gold to some of its target sentences.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// One alignment unit as index lists (source, target).
pub type Bead = (Vec<usize>, Vec<usize>);

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of the two (0 when both are 0).
    pub f1: f64,
}

/// Strict and lax scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Exact matches of both sides.
    pub strict: Prf,
    /// Overlap on both sides.
    pub lax: Prf,
}

/// Counts (strict hits, strict misses, lax hits, lax misses) of `test` against `gold` (score.py `_precision`).
fn precision_counts(gold: &[Bead], test: &[Bead]) -> [u64; 4] {
    let norm = |v: &[Bead]| -> HashSet<Bead> {
        v.iter()
            .filter(|(x, y)| !x.is_empty() || !y.is_empty())
            .cloned()
            .collect()
    };
    let test = norm(test);
    let gold = norm(gold);
    // Which gold units hold each source and each target index. A unit is a lax hit when one gold unit holds
    // one of its source and one of its target sentences. (Storing every gold target per source index instead
    // made one big unit cost |src| x |tgt|: found by benches/worst_case.rs.)
    let (mut src_units, mut tgt_units): (HashMap<usize, Vec<usize>>, HashMap<usize, Vec<usize>>) =
        (HashMap::new(), HashMap::new());
    for (id, (gs, gt)) in gold.iter().enumerate() {
        for &s in gs {
            src_units.entry(s).or_default().push(id);
        }
        for &t in gt {
            tgt_units.entry(t).or_default().push(id);
        }
    }
    let mut c = [0u64; 4];
    let mut ids: HashSet<usize> = HashSet::new();
    for bead in &test {
        if gold.contains(bead) {
            c[0] += 1;
            c[2] += 1;
        } else {
            ids.clear();
            ids.extend(bead.0.iter().filter_map(|s| src_units.get(s)).flatten());
            let lax = bead
                .1
                .iter()
                .filter_map(|t| tgt_units.get(t))
                .flatten()
                .any(|id| ids.contains(id));
            c[1] += 1;
            c[if lax { 2 } else { 3 }] += 1;
        }
    }
    c
}

fn ratio(a: u64, b: u64) -> f64 {
    if a + b == 0 {
        0.0
    } else {
        a as f64 / (a + b) as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Scores several documents together (counts summed over documents, as `score.py` with many files).
///
/// O(total units + total indices).
///
/// ```
/// use zoulang::align::evaluate_documents;
/// let gold = vec![(vec![0], vec![0]), (vec![1], vec![1, 2])];
/// let pred = vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![], vec![2])];
/// let s = evaluate_documents(&[(gold, pred)]);
/// assert_eq!(s.strict.precision, 1.0 / 3.0);
/// assert_eq!(s.lax.recall, 1.0);
/// ```
pub fn evaluate_documents(docs: &[(Vec<Bead>, Vec<Bead>)]) -> Scores {
    let mut p = [0u64; 4];
    let mut r = [0u64; 4];
    for (gold, test) in docs {
        for (acc, c) in p.iter_mut().zip(precision_counts(gold, test)) {
            *acc += c;
        }
        let both = |v: &[Bead]| -> Vec<Bead> {
            v.iter()
                .filter(|(x, y)| !x.is_empty() && !y.is_empty())
                .cloned()
                .collect()
        };
        for (acc, c) in r.iter_mut().zip(precision_counts(&both(test), &both(gold))) {
            *acc += c;
        }
    }
    let (ps, pl, rs, rl) = (
        ratio(p[0], p[1]),
        ratio(p[2], p[3]),
        ratio(r[0], r[1]),
        ratio(r[2], r[3]),
    );
    Scores {
        strict: Prf {
            precision: ps,
            recall: rs,
            f1: f1(ps, rs),
        },
        lax: Prf {
            precision: pl,
            recall: rl,
            f1: f1(pl, rl),
        },
    }
}

/// Scores one predicted alignment against gold, identically to Vecalign's `score.py`.
///
/// O(units + indices).
///
/// ```
/// use zoulang::align::evaluate_alignment;
/// let gold = vec![(vec![0, 1], vec![0]), (vec![2], vec![1])];
/// let pred = vec![(vec![0], vec![0]), (vec![1], vec![]), (vec![2], vec![1])];
/// let s = evaluate_alignment(&gold, &pred);
/// assert_eq!(s.strict.precision, 1.0 / 3.0);
/// assert_eq!(s.strict.recall, 0.5);
/// assert_eq!(s.lax.precision, 2.0 / 3.0);
/// assert_eq!(s.lax.recall, 1.0);
/// ```
pub fn evaluate_alignment(gold: &[Bead], predicted: &[Bead]) -> Scores {
    evaluate_documents(&[(gold.to_vec(), predicted.to_vec())])
}

fn parse_list(field: &str, source_name: &str, line: usize) -> Result<Vec<usize>> {
    let inner = field
        .trim()
        .strip_prefix('[')
        .and_then(|f| f.strip_suffix(']'))
        .ok_or_else(|| {
            Error::parse(
                source_name,
                line,
                format!("expected [i, j, ...], found `{}`", field.trim()),
            )
        })?;
    inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<usize>()
                .map_err(|_| Error::parse(source_name, line, format!("`{s}` is not an index")))
        })
        .collect()
}

/// Parses the `.align` format (`[src ids]:[tgt ids]` per line, an optional `:score` after; blank lines
/// skipped). Errors name the source and the 1-based line.
///
/// O(text length).
///
/// ```
/// let a = zoulang::align::parse_alignments("[0, 1]:[0]\n[]:[1]\n[2]:[2]:0.31\n", "doc.align").unwrap();
/// assert_eq!(a, vec![(vec![0, 1], vec![0]), (vec![], vec![1]), (vec![2], vec![2])]);
/// assert!(zoulang::align::parse_alignments("[0]-[1]\n", "x").unwrap_err().to_string().starts_with("x:1:"));
/// ```
pub fn parse_alignments(text: &str, source_name: &str) -> Result<Vec<Bead>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split(':');
        let (Some(a), Some(b)) = (fields.next(), fields.next()) else {
            return Err(Error::parse(
                source_name,
                n + 1,
                "expected `[src ids]:[tgt ids]`",
            ));
        };
        out.push((
            parse_list(a, source_name, n + 1)?,
            parse_list(b, source_name, n + 1)?,
        ));
    }
    Ok(out)
}

/// Reads an `.align` file (see [`parse_alignments`]). O(file size).
///
/// ```
/// assert!(zoulang::align::read_alignments("no/such/file.align").is_err());
/// ```
pub fn read_alignments(path: impl AsRef<Path>) -> Result<Vec<Bead>> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    parse_alignments(crate::decode_utf8(&bytes, &name)?, &name)
}

#[cfg(test)]
mod tests {

    #[test]
    fn lax_hits_through_one_big_gold_unit_are_linear_and_exact() {
        let big: Vec<usize> = (0..20_000).collect();
        let gold = vec![(big.clone(), big)];
        // A unit sharing a source and a target sentence with the big gold unit is a lax hit; one sharing
        // only a source sentence with it, and a target with another unit, is not.
        let test = vec![(vec![5], vec![19_999]), (vec![7], vec![20_001])];
        assert_eq!(precision_counts(&gold, &test), [0, 2, 1, 1]);
        let gold2 = vec![(vec![0], vec![0]), (vec![1], vec![1])];
        assert_eq!(
            precision_counts(&gold2, &[(vec![0], vec![1])]),
            [0, 1, 0, 1]
        );
        assert_eq!(
            precision_counts(&gold2, &[(vec![0, 1], vec![1])]),
            [0, 1, 1, 0]
        );
    }

    use super::*;

    fn b(s: &[usize], t: &[usize]) -> Bead {
        (s.to_vec(), t.to_vec())
    }

    #[test]
    fn hand_computed_case() {
        // gold: [0]:[0] [1,2]:[1] []:[2] [3]:[3,4]
        let gold = vec![
            b(&[0], &[0]),
            b(&[1, 2], &[1]),
            b(&[], &[2]),
            b(&[3], &[3, 4]),
        ];
        // pred: [0]:[0] (strict) [1]:[1] (lax) [2]:[2] (neither: gold 2 -> 1) [3]:[3] (lax) []:[4] (miss)
        let pred = vec![
            b(&[0], &[0]),
            b(&[1], &[1]),
            b(&[2], &[2]),
            b(&[3], &[3]),
            b(&[], &[4]),
        ];
        let s = evaluate_alignment(&gold, &pred);
        // precision: 5 test units; strict 1; lax 3 (0, 1, 3).
        assert_eq!(s.strict.precision, 1.0 / 5.0);
        assert_eq!(s.lax.precision, 3.0 / 5.0);
        // recall: gold units with both sides: 3; predicted with both sides: 4.
        // strict: [0]:[0] found -> 1/3; lax: [1,2]:[1] overlaps pred [1]:[1]; [3]:[3,4] overlaps [3]:[3] -> 3/3.
        assert_eq!(s.strict.recall, 1.0 / 3.0);
        assert_eq!(s.lax.recall, 1.0);
        assert!((s.strict.f1 - 2.0 * 0.2 * (1.0 / 3.0) / (0.2 + 1.0 / 3.0)).abs() < 1e-12);
    }

    #[test]
    fn empty_inputs_score_zero() {
        let s = evaluate_alignment(&[], &[]);
        assert_eq!(s.strict.f1, 0.0);
        let s = evaluate_alignment(&[b(&[0], &[0])], &[b(&[0], &[0])]);
        assert_eq!(s.strict.f1, 1.0);
        assert_eq!(s.lax.f1, 1.0);
    }

    #[test]
    fn duplicates_count_once_like_sets() {
        let gold = vec![b(&[0], &[0])];
        let pred = vec![b(&[0], &[0]), b(&[0], &[0]), b(&[], &[])];
        assert_eq!(evaluate_alignment(&gold, &pred).strict.precision, 1.0);
    }
}
