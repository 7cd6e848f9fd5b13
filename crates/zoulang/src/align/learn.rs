//! The second pass: word pairs learned from the document itself. Units the first pass aligned confidently
//! are mined for co-occurring items that no evidence matched yet (on a Han side, character bigrams and
//! trigrams such as 韦小宝; on an alphabetic side, unmatched words such as `Trinket`); pairs that co-occur
//! in at least [`MIN_COUNT`] units with a Dice coefficient of at least [`MIN_DICE`] are linked one-to-one, best first
//! (competitive linking), and become shared keys for the second pass.

use std::collections::HashMap;

use super::dp::Step;
use super::evidence::is_han;
use super::evidence::{KeyKind, Side, key};
use super::features::{IdMap, Interner, RawSide};
use crate::cancel::{Cancel, check};
use crate::error::Result;

/// Minimum Dice coefficient of a learned pair.
pub(crate) const MIN_DICE: f64 = 0.5;
/// Minimum number of confident units a learned pair must share.
const MIN_COUNT: u32 = 3;
/// How many units are mined between two looks at the cancel token.
const CANCEL_EVERY: usize = 256;

/// Calls `f(hash, n)` for every Han character n-gram (n = 2, 3) of `text`.
fn han_ngrams(text: &str, mut f: impl FnMut(u64, u8)) {
    let idx: Vec<(usize, char)> = text.char_indices().collect();
    for start in 0..idx.len() {
        for n in 2..=3usize {
            let end = start + n;
            if end > idx.len() || !idx[start..end].iter().all(|&(_, c)| is_han(c)) {
                break;
            }
            let stop = idx.get(end).map_or(text.len(), |&(b, _)| b);
            f(key(KeyKind::Learned, &text[idx[start].0..stop]), n as u8);
        }
    }
}

/// Candidate items of sentences `range` of one side: Han n-grams (unspaced side) or the first key of each
/// token not matched by the other side's `stamped` keys.
fn candidates(
    texts: &[&str],
    raw: &RawSide,
    range: std::ops::Range<usize>,
    unspaced: bool,
    stamped: &[u32],
    epoch: u32,
    out: &mut IdMap<u8>,
) {
    out.clear();
    for s in range {
        if unspaced {
            han_ngrams(texts[s], |h, n| {
                out.insert(h, n);
            });
        } else {
            for t in raw.sentence_tokens(s) {
                let keys = raw.token_keys(t);
                if keys.iter().all(|&k| stamped[k as usize] != epoch)
                    && let Some(&first) = keys.first()
                {
                    out.insert(u64::from(first), 1);
                }
            }
        }
    }
}

/// Learns word pairs from the confident units of `steps` and returns both sides with the learned keys
/// added, or `None` when nothing was learned; stops with [`Error::Cancelled`](crate::Error) once `cancel`
/// is cancelled (checked every [`CANCEL_EVERY`] units and before each side is rebuilt).
pub(crate) fn learn(
    texts: [&[&str]; 2],
    raws: [&RawSide; 2],
    steps: &[Step],
    unspaced: Option<Side>,
    interner: &mut Interner,
    cancel: Option<&Cancel>,
) -> Result<Option<[RawSide; 2]>> {
    let mut bases: Vec<f64> = steps
        .iter()
        .filter(|s| s.base.is_finite())
        .map(|s| s.base)
        .collect();
    if bases.len() < 4 {
        return Ok(None);
    }
    bases.sort_unstable_by(f64::total_cmp);
    let cutoff = bases[bases.len() / 2];
    let unsp = [unspaced == Some(Side::Src), unspaced == Some(Side::Tgt)];
    let n_keys = interner.len();
    let mut stamped = [vec![0u32; n_keys], vec![0u32; n_keys]];
    let mut counts: [IdMap<(u32, u8)>; 2] = Default::default();
    let mut pairs: HashMap<(u64, u64), u32> = HashMap::new();
    let mut cand: [IdMap<u8>; 2] = Default::default();
    let (mut i, mut j) = (0usize, 0usize);
    for (unit, s) in steps.iter().enumerate() {
        if unit % CANCEL_EVERY == 0 {
            check(cancel)?;
        }
        let ranges = [i..i + s.a, j..j + s.b];
        i += s.a;
        j += s.b;
        if !(s.base <= cutoff && s.a + s.b <= 3) {
            continue;
        }
        let epoch = unit as u32 + 1;
        for side in 0..2 {
            for x in ranges[side].clone() {
                for t in raws[side].sentence_tokens(x) {
                    for &k in raws[side].token_keys(t) {
                        stamped[side][k as usize] = epoch;
                    }
                }
            }
        }
        for side in 0..2 {
            let other = &stamped[1 - side];
            candidates(
                texts[side],
                raws[side],
                ranges[side].clone(),
                unsp[side],
                other,
                epoch,
                &mut cand[side],
            );
            for (&h, &n) in &cand[side] {
                counts[side].entry(h).or_insert((0, n)).0 += 1;
            }
        }
        for &x in cand[0].keys() {
            for &y in cand[1].keys() {
                *pairs.entry((x, y)).or_insert(0) += 1;
            }
        }
    }
    let mut scored: Vec<(f64, u32, u8, u64, u64)> = pairs
        .into_iter()
        .filter(|&(_, c)| c >= MIN_COUNT)
        .filter_map(|((x, y), c)| {
            let (cx, nx) = counts[0].get(&x).copied()?;
            let (cy, ny) = counts[1].get(&y).copied()?;
            let dice = 2.0 * f64::from(c) / f64::from(cx + cy);
            (dice >= MIN_DICE).then_some((dice, c, nx.max(ny), x, y))
        })
        .collect();
    scored.sort_unstable_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(b.2.cmp(&a.2))
            .then(a.3.cmp(&b.3))
            .then(a.4.cmp(&b.4))
    });
    let mut linked: [IdMap<u32>; 2] = Default::default();
    for (_, _, _, x, y) in scored {
        if linked[0].contains_key(&x) || linked[1].contains_key(&y) {
            continue;
        }
        let id = interner.id(key(KeyKind::Learned, &format!("{x:x}:{y:x}")));
        linked[0].insert(x, id);
        linked[1].insert(y, id);
    }
    if linked[0].is_empty() {
        return Ok(None);
    }
    check(cancel)?;
    let build = |side: usize| {
        let map = &linked[side];
        let raw = raws[side];
        if unsp[side] {
            raw.with_additions(
                |_, _| {},
                |s, out| {
                    han_ngrams(texts[side][s], |h, _| {
                        if let Some(&id) = map.get(&h)
                            && !out.contains(&id)
                        {
                            out.push(id);
                        }
                    })
                },
            )
        } else {
            raw.with_additions(
                |t, out| {
                    if let Some(first) = raw.token_keys(t).first()
                        && let Some(&id) = map.get(&u64::from(*first))
                    {
                        out.push(id);
                    }
                },
                |_, _| {},
            )
        }
    };
    let src = build(0);
    check(cancel)?;
    Ok(Some([src, build(1)]))
}
