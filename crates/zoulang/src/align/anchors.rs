//! Anchors: sentence pairs that are each other's best lexical partner in the whole document pair, kept when
//! they form the longest chain in document order (as Hunalign and Bertalign find anchors before the full
//! search). The span of the chain is the part of each document that has a counterpart on the other side; the
//! length model is fitted on that span only, so that a translation covering half the source (or a source
//! with another chapter appended) does not skew the expected length ratio.

use super::features::Level;
use super::features::RawSide;

/// Keys held by more than this many target sentences are not indexed (they are weak evidence, and skipping
/// them keeps the search linear).
const MAX_POSTINGS: usize = 16;

/// Least similarity (matched weight over the geometric mean of both sentences' weights) of an anchor.
const MIN_SIMILARITY: f64 = 0.3;

/// The anchors of two sentence levels, ascending on both sides: mutual best partners under a lexical
/// similarity, then the longest chain increasing on both sides. O(tokens · keys · MAX_POSTINGS + k log k).
pub(crate) fn anchors(
    src: &Level,
    src_raw: &RawSide,
    tgt: &Level,
    tgt_raw: &RawSide,
    n_keys: usize,
    eps: f64,
) -> Vec<(usize, usize)> {
    let (n, m) = (src.n(), tgt.n());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    // Inverted index of the target: key -> sentences holding it (once each).
    let mut count = vec![0u32; n_keys + 1];
    let mut last = vec![u32::MAX; n_keys];
    let keys_of = |level: &Level, raw: &RawSide, y: usize, f: &mut dyn FnMut(usize, u32)| {
        for i in level.unit(y) {
            for &k in raw.token_keys(level.toks[i]) {
                f(i, k);
            }
        }
    };
    for y in 0..m {
        keys_of(tgt, tgt_raw, y, &mut |_, k| {
            if last[k as usize] != y as u32 {
                last[k as usize] = y as u32;
                count[k as usize + 1] += 1;
            }
        });
    }
    for k in 0..n_keys {
        count[k + 1] += count[k];
    }
    let mut postings = vec![0u32; count[n_keys] as usize];
    let mut fill = count.clone();
    last.iter_mut().for_each(|l| *l = u32::MAX);
    for y in 0..m {
        keys_of(tgt, tgt_raw, y, &mut |_, k| {
            if last[k as usize] != y as u32 {
                last[k as usize] = y as u32;
                postings[fill[k as usize] as usize] = y as u32;
                fill[k as usize] += 1;
            }
        });
    }
    // Best target partner of every source sentence and best source partner of every target sentence.
    let mut acc = vec![0.0f64; m];
    let mut seen_tok = vec![u32::MAX; m];
    let mut touched: Vec<usize> = Vec::new();
    let mut best_src = vec![(0.0f64, usize::MAX); n];
    let mut best_tgt = vec![(0.0f64, usize::MAX); m];
    for (x, best) in best_src.iter_mut().enumerate() {
        touched.clear();
        for i in src.unit(x) {
            let w = f64::from(src.w[i]);
            for &k in src_raw.token_keys(src.toks[i]) {
                let (a, b) = (count[k as usize] as usize, count[k as usize + 1] as usize);
                if b - a > MAX_POSTINGS {
                    continue;
                }
                for &y in &postings[a..b] {
                    let y = y as usize;
                    // A token counts once per target sentence, however many of its keys match.
                    if seen_tok[y] == i as u32 {
                        continue;
                    }
                    seen_tok[y] = i as u32;
                    if acc[y] == 0.0 {
                        touched.push(y);
                    }
                    acc[y] += w;
                }
            }
        }
        for &y in &touched {
            let sim =
                acc[y] / ((f64::from(src.wsum[x]) + eps) * (f64::from(tgt.wsum[y]) + eps)).sqrt();
            if sim > best.0 {
                *best = (sim, y);
            }
            if sim > best_tgt[y].0 {
                best_tgt[y] = (sim, x);
            }
            acc[y] = 0.0;
            seen_tok[y] = u32::MAX;
        }
    }
    let pairs: Vec<(usize, usize)> = (0..n)
        .filter_map(|x| {
            let (sim, y) = best_src[x];
            (y != usize::MAX && sim >= MIN_SIMILARITY && best_tgt[y].1 == x).then_some((x, y))
        })
        .collect();
    longest_chain(&pairs)
}

/// The longest subsequence of `pairs` (ascending in the first member) strictly ascending in the second
/// (patience sorting). O(k log k).
fn longest_chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the smallest tail of each length
    let mut back = vec![usize::MAX; pairs.len()];
    for (p, &(_, y)) in pairs.iter().enumerate() {
        let len = tails.partition_point(|&t| pairs[t].1 < y);
        if len > 0 {
            back[p] = tails[len - 1];
        }
        if len == tails.len() {
            tails.push(p);
        } else {
            tails[len] = p;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut p = tails.last().copied().unwrap_or(usize::MAX);
    while p != usize::MAX {
        out.push(pairs[p]);
        p = back[p];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_chain_is_increasing_on_both_sides() {
        let pairs = [(0, 5), (1, 1), (2, 2), (3, 0), (4, 3), (5, 9), (6, 4)];
        assert_eq!(longest_chain(&pairs), vec![(1, 1), (2, 2), (4, 3), (6, 4)]);
        assert!(longest_chain(&[]).is_empty());
    }
}
