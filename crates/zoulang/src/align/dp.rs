//! The dynamic programme over sentence overlaps, searched coarse-to-fine so that time and memory stay linear
//! in document length (as Vecalign does): units are merged in pairs level by level until the grid is small,
//! the small grid is aligned in full, and each finer level is searched only in a band around the path found
//! one level up. Where the path found runs along the band's edge, the band is widened and the level searched
//! again.
//!
//! A unit of source sentences I and target sentences J costs
//! `(|I| + |J|) / 2 · (lexical + length_weight · length) + merge · (|I| + |J| − 2)`, where the lexical part is
//! the mean over the unit's sentences of "share of the sentence's evidence weight not matched by the other
//! side of the unit", each normalised by the same share against random partners (Vecalign's normalisation),
//! and the length part is the log-normal length model. An unaligned sentence costs a constant on its own; a run
//! of them (the skip state) costs `skip_open` once and `skip` per sentence, so a passage with no counterpart
//! is left unaligned instead of being spread over the other side in weak many-sentence units (a 1–6 unit of
//! random sentences costs about 0.55 per sentence, a true unit 0.3–0.45). A run at the start or end of both
//! documents opens free when the anchors say the documents do not start (end) together.

use super::features::{Level, RawSide};
use super::length::LengthModel;
use crate::cancel::check;
use crate::progress::Phase;
use crate::{Cancel, Result};

/// Costs and search settings (see `AlignOptions` for the documented public knobs).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Params {
    /// Weight of the length cost beside the lexical cost.
    pub(crate) w_len: f64,
    /// Cost added per extra sentence in a unit: `merge * (a + b - 2)`.
    pub(crate) merge: f64,
    /// Cost of leaving one sentence unaligned.
    pub(crate) del: f64,
    /// Cost of opening a run of unaligned sentences (the skip state), and of each sentence in the run.
    pub(crate) skip_open: f64,
    pub(crate) skip: f64,
    /// Cost of opening a run at the start of both documents, and one lasting to their end (0 or
    /// `skip_open`, set per document from where its anchors start and end).
    pub(crate) lead_open: f64,
    pub(crate) tail_open: f64,
    /// Pseudo-weight added to a sentence's evidence weight in its coverage.
    pub(crate) eps: f64,
    /// Half-width of the search band around the projected coarse path, in sentences.
    pub(crate) band: usize,
    /// Sentence grids with at most this many cells are searched in full (coarse grids up to four times more).
    pub(crate) full_cells: usize,
    /// Largest number of sentences on one side of a unit, and on both sides together.
    pub(crate) max_side: usize,
    pub(crate) max_total: usize,
    /// Random partners per sentence for the cost normalisation.
    pub(crate) samples: usize,
}

/// Per-unit marks of which keys a unit holds, reused across rows (epoch-stamped, no clearing).
struct Stamp {
    epoch: Vec<u32>,
    mask: Vec<u64>,
    cur: u32,
}

impl Stamp {
    fn new(n_keys: usize) -> Stamp {
        Stamp {
            epoch: vec![0; n_keys],
            mask: vec![0; n_keys],
            cur: 0,
        }
    }

    /// Marks the keys of unit `u` of `level` with the bit of the token holding them.
    fn stamp(&mut self, level: &Level, raw: &RawSide, u: usize) {
        self.cur = self.cur.wrapping_add(1);
        if self.cur == 0 {
            self.epoch.iter_mut().for_each(|e| *e = 0);
            self.cur = 1;
        }
        for (bit, i) in level.unit(u).enumerate() {
            for &k in raw.token_keys(level.toks[i]) {
                let k = k as usize;
                if self.epoch[k] != self.cur {
                    self.epoch[k] = self.cur;
                    self.mask[k] = 0;
                }
                self.mask[k] |= 1u64 << bit;
            }
        }
    }

    /// Tokens of the stamped unit matched by unit `u` of `level`, and tokens of `u` matched.
    fn probe(&self, level: &Level, raw: &RawSide, u: usize) -> (u64, u64) {
        let (mut stamped, mut probed) = (0u64, 0u64);
        for (bit, i) in level.unit(u).enumerate() {
            for &k in raw.token_keys(level.toks[i]) {
                let k = k as usize;
                if self.epoch[k] == self.cur {
                    stamped |= self.mask[k];
                    probed |= 1u64 << bit;
                }
            }
        }
        (stamped, probed)
    }
}

/// Sum of the weights of the tokens of unit `u` whose bits are set.
#[inline]
fn wbits(level: &Level, u: usize, mut mask: u64) -> f64 {
    let base = level.unit_off[u] as usize;
    let mut s = 0.0f64;
    while mask != 0 {
        let b = mask.trailing_zeros() as usize;
        s += f64::from(level.w[base + b]);
        mask &= mask - 1;
    }
    s
}

/// Allowed cells: row `i` (source sentences consumed) holds columns `lo[i]..=hi[i]`.
#[derive(Debug, Clone)]
pub(crate) struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
}

impl Band {
    fn full(n: usize, m: usize) -> Band {
        Band {
            lo: vec![0; n + 1],
            hi: vec![m; n + 1],
        }
    }

    /// Projects a path found on the level above (units merged in pairs) onto this level's `n × m` grid and
    /// widens it by `w` sentences in both directions.
    fn project(coarse: &[(u8, u8)], n: usize, m: usize, w: usize) -> Band {
        let mut rlo = vec![usize::MAX; n + 1];
        let mut rhi = vec![0usize; n + 1];
        let (mut ci, mut cj) = (0usize, 0usize);
        let mut mark = |i0: usize, i1: usize, j0: usize, j1: usize| {
            for i in i0..=i1 {
                rlo[i] = rlo[i].min(j0);
                rhi[i] = rhi[i].max(j1);
            }
        };
        for &(a, b) in coarse {
            let (ni, nj) = (ci + a as usize, cj + b as usize);
            mark(
                (2 * ci).min(n),
                (2 * ni).min(n),
                (2 * cj).min(m),
                (2 * nj).min(m),
            );
            ci = ni;
            cj = nj;
        }
        mark(n, n, m, m);
        // Rows never marked (cannot happen for a complete path) take their neighbours' span.
        for i in 1..=n {
            if rlo[i] == usize::MAX {
                rlo[i] = rlo[i - 1];
                rhi[i] = rhi[i - 1];
            }
        }
        let mut lo = vec![0usize; n + 1];
        let mut hi = vec![0usize; n + 1];
        for i in 0..=n {
            let (a, b) = (i.saturating_sub(w), (i + w).min(n));
            let l = (a..=b).map(|r| rlo[r]).min().unwrap_or(0);
            let h = (a..=b).map(|r| rhi[r]).max().unwrap_or(m);
            lo[i] = l.saturating_sub(w);
            hi[i] = (h + w).min(m);
        }
        let mut band = Band { lo, hi };
        band.repair(m);
        band
    }

    /// Makes the band monotone and connected, from (0, 0) to (n, m).
    fn repair(&mut self, m: usize) {
        let n = self.lo.len() - 1;
        self.lo[0] = 0;
        self.hi[n] = m;
        for i in 1..=n {
            self.hi[i] = self.hi[i].max(self.hi[i - 1]);
        }
        for i in (0..n).rev() {
            self.lo[i] = self.lo[i].min(self.lo[i + 1]);
        }
        for i in 0..n {
            if self.lo[i + 1] > self.hi[i] {
                self.hi[i] = self.lo[i + 1];
            }
        }
        for i in 0..=n {
            self.lo[i] = self.lo[i].min(self.hi[i]);
        }
    }

    /// Whether `path` runs along the band's edge (at a column the band cut off) for more than a few rows.
    fn touches(&self, path: &[(usize, usize, f64)]) -> bool {
        let m = *self.hi.last().unwrap_or(&0);
        let (mut i, mut j) = (0usize, 0usize);
        let mut hits = 0;
        for &(a, b, _) in path {
            i += a;
            j += b;
            if (j == self.lo[i] && j > 0) || (j == self.hi[i] && j < m) {
                hits += 1;
            }
        }
        hits > 2
    }

    fn cells(&self) -> usize {
        self.lo.iter().zip(&self.hi).map(|(l, h)| h - l + 1).sum()
    }
}

/// Everything the cost of a unit needs at one level.
struct Grid<'a> {
    src: &'a Level,
    tgt: &'a Level,
    /// Per source unit: first target unit with pair masks, and offset of its masks.
    plo: Vec<usize>,
    phi: Vec<usize>,
    poff: Vec<usize>,
    mx: Vec<u64>,
    my: Vec<u64>,
    nx: Vec<f64>,
    ny: Vec<f64>,
    len: LengthModel,
    p: Params,
}

impl Grid<'_> {
    #[inline]
    fn masks(&self, x: usize, y: usize) -> (u64, u64) {
        if y < self.plo[x] || y >= self.phi[x] {
            return (0, 0);
        }
        let i = self.poff[x] + y - self.plo[x];
        (self.mx[i], self.my[i])
    }

    /// Coverage cost of one sentence: the share of its evidence weight not matched (`matched` of it),
    /// normalised by its mean share against random partners (Vecalign's normalisation).
    #[inline]
    fn uncovered(matched: f64, total: f32, norm: f64, eps: f64) -> f64 {
        (1.0 - matched / (f64::from(total) + eps)) / norm.max(0.05)
    }

    /// Costs of every unit ending at cell `(i, j)` with `a >= 1` source units and `b = 1..=max_b` target
    /// units: `out[b - 1] = (cost, base)`. The lexical cost is the mean over the unit's sentences of
    /// [`Grid::uncovered`]; `base` adds the length cost; the cost scales `base` by half the unit's size and
    /// adds the merge penalty per extra sentence. Incremental in `b`: O(a · max_b) mask look-ups.
    fn costs(&self, i: usize, j: usize, a: usize, max_b: usize, out: &mut Vec<(f64, f64)>) {
        out.clear();
        let eps = self.p.eps;
        let x0 = i - a;
        let mut acc = [0u64; 16];
        let mut ls = 0.0;
        for x in x0..i {
            ls += self.src.len[x];
        }
        let (mut tgt_part, mut lt) = (0.0, 0.0);
        for b in 1..=max_b.min(j) {
            let y = j - b;
            let mut my_or = 0u64;
            for (k, x) in (x0..i).enumerate() {
                let (mx, my) = self.masks(x, y);
                acc[k] |= mx;
                my_or |= my;
            }
            tgt_part +=
                Self::uncovered(wbits(self.tgt, y, my_or), self.tgt.wsum[y], self.ny[y], eps);
            lt += self.tgt.len[y];
            let mut src_part = 0.0;
            for (k, x) in (x0..i).enumerate() {
                src_part += Self::uncovered(
                    wbits(self.src, x, acc[k]),
                    self.src.wsum[x],
                    self.nx[x],
                    eps,
                );
            }
            let size = (a + b) as f64;
            let base = (src_part + tgt_part) / size + self.p.w_len * self.len.cost(ls, lt);
            out.push((0.5 * size * base + self.p.merge * (size - 2.0), base));
        }
    }
}

/// Deterministic xorshift for sampling random partners.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Mean share of each unit of `a`'s evidence left unmatched by random units of `b` (Vecalign's
/// normalisation against random pairs).
fn norms(a: &Level, ra: &RawSide, b: &Level, rb: &RawSide, st: &mut Stamp, p: &Params) -> Vec<f64> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (a.n() as u64) << 20 ^ b.n() as u64);
    (0..a.n())
        .map(|u| {
            if b.n() == 0 || p.samples == 0 {
                return 1.0;
            }
            st.stamp(a, ra, u);
            let mut total = 0.0;
            for _ in 0..p.samples {
                let v = rng.below(b.n());
                let (ma, mb) = st.probe(b, rb, v);
                let _ = mb;
                let sim = wbits(a, u, ma) / (f64::from(a.wsum[u]) + p.eps);
                total += 1.0 - sim;
            }
            total / p.samples as f64
        })
        .collect()
}

/// States of the programme: after a unit, inside a run of unaligned sentences, inside the run that ends
/// both documents.
const UNIT: usize = 0;
const RUN: usize = 1;
const TAIL: usize = 2;

/// Deepest level (units of up to 2^RUN_DEPTH sentences) searched with runs of unaligned sentences.
const RUN_DEPTH: usize = 3;

/// Largest target size of a unit with `a` source units (0 when `a` is over the limit).
fn limit_b(a: usize, max_side: usize, max_total: usize) -> usize {
    if a > max_side {
        0
    } else {
        max_side.min(max_total.saturating_sub(a))
    }
}

/// Inputs of one alignment: both sides' tokens and the cost settings.
pub(crate) struct Problem<'a> {
    pub(crate) src_raw: &'a RawSide,
    pub(crate) tgt_raw: &'a RawSide,
    pub(crate) n_keys: usize,
    pub(crate) len: LengthModel,
    pub(crate) p: Params,
    /// Stops the search (checked once per row of the programme).
    pub(crate) cancel: Option<&'a Cancel>,
    /// Counts the rows of the full-resolution programme (coarse levels are not counted).
    pub(crate) progress: Phase<'a>,
}

/// One aligned unit: sizes, and its score (`exp(-cost)` before the size penalty; 0 when unaligned).
pub(crate) struct Step {
    pub(crate) a: usize,
    pub(crate) b: usize,
    pub(crate) score: f64,
    /// The unit's unpenalised cost (lexical + length), infinite for unaligned units.
    pub(crate) base: f64,
}

impl Problem<'_> {
    /// Aligns the two sentence levels; returns the units in order.
    pub(crate) fn solve(&self, src: &Level, tgt: &Level) -> Result<Vec<Step>> {
        let mut st = Stamp::new(self.n_keys);
        let path = self.solve_level(src, tgt, 0, &mut st)?;
        Ok(path
            .into_iter()
            .map(|(a, b, base)| Step {
                a,
                b,
                score: if a == 0 || b == 0 { 0.0 } else { (-base).exp() },
                base: if a == 0 || b == 0 {
                    f64::INFINITY
                } else {
                    base
                },
            })
            .collect())
    }

    fn solve_level(
        &self,
        src: &Level,
        tgt: &Level,
        depth: usize,
        st: &mut Stamp,
    ) -> Result<Vec<(usize, usize, f64)>> {
        let (n, m) = (src.n(), tgt.n());
        // Coarse levels (units of at most 2 + 1 blocks) are cheap per cell: their grid may be four times
        // bigger, so that the coarsest search runs on smaller blocks, whose evidence tells a passage without
        // counterpart from weak units (a book with a third cut from its middle: 0.27 -> 0.85).
        let full = if depth == 0 {
            self.p.full_cells
        } else {
            4 * self.p.full_cells
        };
        let small = (n as u64) * (m as u64) <= full as u64 || depth > 40;
        let rows = if depth == 0 {
            self.progress
        } else {
            Phase::default()
        };
        if small {
            return self.dp(src, tgt, &Band::full(n, m), depth, st, rows);
        }
        let (cs, ct) = (src.downsample(), tgt.downsample());
        let coarse = self.solve_level(&cs, &ct, depth + 1, st)?;
        let steps: Vec<(u8, u8)> = coarse.iter().map(|&(a, b, _)| (a as u8, b as u8)).collect();
        // If the path runs along the edge of the band, the coarse path was off there: widen and search
        // again (at most three times, so the cost stays a constant factor).
        let mut w = self.p.band;
        loop {
            let band = Band::project(&steps, n, m, w);
            let path = self.dp(src, tgt, &band, depth, st, rows)?;
            if w >= self.p.band * 8 || !band.touches(&path) {
                return Ok(path);
            }
            w *= 2;
        }
    }

    fn dp(
        &self,
        src: &Level,
        tgt: &Level,
        band: &Band,
        depth: usize,
        st: &mut Stamp,
        rows: Phase,
    ) -> Result<Vec<(usize, usize, f64)>> {
        // Units of up to max_side sentences a side at the sentence level, of 2 + 1 blocks above.
        let (max_side, max_total) = if depth == 0 {
            (self.p.max_side, self.p.max_total)
        } else {
            (2, 3)
        };
        // Runs of unaligned sentences only where units hold at most 2^RUN_DEPTH (8) sentences: in bigger
        // blocks the 64 rarest tokens say too little to tell a true pair from a run (MAC-Dev repeated 40 times
        // was aligned slid by whole copies), so the coarsest levels keep the plain search and the band around
        // its path. Documents up to n · m = 256 · full_cells (about 3,200 sentences a side) have runs at
        // every level.
        let runs = depth <= RUN_DEPTH;
        let (n, m) = (src.n(), tgt.n());
        let max_a = max_side;
        let max_b = max_side.min(max_total - 1);
        // Pair masks for every (x, y) a unit in the band can cover.
        let mut plo = Vec::with_capacity(n);
        let mut phi = Vec::with_capacity(n);
        let mut poff = Vec::with_capacity(n);
        let (mut mx, mut my) = (Vec::new(), Vec::new());
        for x in 0..n {
            let lo = band.lo[x + 1].saturating_sub(max_b);
            let hi = band.hi[(x + max_a).min(n)].min(m).max(lo);
            plo.push(lo);
            phi.push(hi);
            poff.push(mx.len());
            st.stamp(src, self.src_raw, x);
            for y in lo..hi {
                let (a, b) = st.probe(tgt, self.tgt_raw, y);
                mx.push(a);
                my.push(b);
            }
        }
        let nx = norms(src, self.src_raw, tgt, self.tgt_raw, st, &self.p);
        let ny = norms(tgt, self.tgt_raw, src, self.src_raw, st, &self.p);
        let grid = Grid {
            src,
            tgt,
            plo,
            phi,
            poff,
            mx,
            my,
            nx,
            ny,
            len: self.len,
            p: self.p,
        };
        let mut off = Vec::with_capacity(n + 2);
        off.push(0usize);
        for i in 0..=n {
            off.push(off[i] + band.hi[i] - band.lo[i] + 1);
        }
        debug_assert_eq!(off[n + 1], band.cells());
        let cells = off[n + 1];
        // Three states per cell: `d[UNIT]` ends with a unit or a single unaligned sentence; `d[RUN]` is inside
        // a run of unaligned sentences (the skip state: `skip_open` once, then `skip` per sentence; a run
        // from the start of both documents opens free); `d[TAIL]` is inside a run that lasts to the end of
        // both documents (no opening cost either). So a passage with no counterpart at either end costs
        // `skip` per sentence, one in the middle `skip_open` more.
        let mut d = [
            vec![f64::INFINITY; cells],
            vec![f64::INFINITY; cells],
            vec![f64::INFINITY; cells],
        ];
        // Back pointers: for UNIT, the unit shape `a * 16 + b` (u8::MAX: none); for every state, the state of
        // the previous cell, and for RUN and TAIL whether it came from the left (a target sentence skipped).
        let mut shape = vec![u8::MAX; cells];
        let mut prev_state = [vec![0u8; cells], vec![0u8; cells], vec![0u8; cells]];
        let mut from_left = [vec![false; cells], vec![false; cells]];
        let idx = |i: usize, j: usize| -> Option<usize> {
            (j >= band.lo[i] && j <= band.hi[i]).then(|| off[i] + j - band.lo[i])
        };
        d[UNIT][0] = 0.0;
        let (open, skip) = (self.p.skip_open, self.p.skip);
        let tail = self.p.tail_open;
        // A leading run pays `lead_open` on its first sentence (from the origin) instead of `open`.
        let lead_discount = self.p.lead_open - open;
        let mut scratch = Vec::with_capacity(max_b);
        #[allow(clippy::needless_range_loop)]
        // i indexes the band, the offsets and the grid together
        for i in 0..=n {
            check(self.cancel)?;
            rows.at(i);
            for j in band.lo[i]..=band.hi[i] {
                if i == 0 && j == 0 {
                    continue;
                }
                let here = off[i] + j - band.lo[i];
                let mut best = f64::INFINITY;
                let mut arg = (u8::MAX, 0u8);
                let mut consider = |prev: Option<usize>, c: f64, a: usize, b: usize, runs: bool| {
                    if let Some(prev) = prev {
                        let states: &[usize] = if runs { &[UNIT, RUN] } else { &[UNIT] };
                        for &s in states {
                            if d[s][prev] + c < best {
                                best = d[s][prev] + c;
                                arg = ((a * 16 + b) as u8, s as u8);
                            }
                        }
                    }
                };
                let (left, up) = (
                    if j > 0 { idx(i, j - 1) } else { None },
                    if i > 0 { idx(i - 1, j) } else { None },
                );
                consider(left, self.p.del, 0, 1, false);
                consider(up, self.p.del, 1, 0, false);
                for a in 1..=max_a.min(i) {
                    let mb = limit_b(a, max_side, max_total).min(j);
                    // Only predecessors inside the band: (i - a, j - b) needs j - b in lo..=hi of row i - a.
                    let row = i - a;
                    if mb == 0 || j < band.lo[row] {
                        continue;
                    }
                    let mb = mb.min(j - band.lo[row]);
                    if mb == 0 {
                        continue;
                    }
                    grid.costs(i, j, a, mb, &mut scratch);
                    for (k, &(c, _)) in scratch.iter().enumerate() {
                        let b = k + 1;
                        if j - b <= band.hi[row] {
                            consider(idx(row, j - b), c, a, b, true);
                        }
                    }
                }
                d[UNIT][here] = best;
                shape[here] = arg.0;
                prev_state[UNIT][here] = arg.1;
                // The run states: one more unaligned sentence.
                if !runs {
                    continue;
                }
                for (state, entry) in [(RUN, [open, 0.0, f64::INFINITY]), (TAIL, [tail, tail, 0.0])]
                {
                    let mut sbest = f64::INFINITY;
                    let mut sarg = (false, 0u8);
                    for (prev, left) in [(up, false), (left, true)] {
                        let Some(prev) = prev else { continue };
                        for (s, &e) in entry.iter().enumerate() {
                            let from = if s == 0 {
                                UNIT
                            } else if s == 1 {
                                RUN
                            } else {
                                TAIL
                            };
                            // Entering RUN from RUN or TAIL from TAIL is no entry; RUN never follows TAIL.
                            let e = if prev == 0 && from == UNIT && state == RUN {
                                e + lead_discount
                            } else {
                                e
                            };
                            let c = d[from][prev] + e + skip;
                            if c < sbest {
                                sbest = c;
                                sarg = (left, from as u8);
                            }
                        }
                    }
                    d[state][here] = sbest;
                    from_left[state - 1][here] = sarg.0;
                    prev_state[state][here] = sarg.1;
                }
            }
        }
        // Trace back from (n, m).
        let mut out = Vec::new();
        let (mut i, mut j) = (n, m);
        let mut state = idx(n, m).map_or(UNIT, |h| {
            [UNIT, RUN, TAIL]
                .into_iter()
                .min_by(|&x, &y| d[x][h].total_cmp(&d[y][h]))
                .unwrap_or(UNIT)
        });
        while i > 0 || j > 0 {
            let Some(h) = idx(i, j) else { break };
            if !d[state][h].is_finite() {
                break;
            }
            if state != UNIT {
                if from_left[state - 1][h] {
                    out.push((0, 1, f64::INFINITY));
                    j -= 1;
                } else {
                    out.push((1, 0, f64::INFINITY));
                    i -= 1;
                }
                state = prev_state[state][h] as usize;
                continue;
            }
            if shape[h] == u8::MAX {
                break;
            }
            let (a, b) = ((shape[h] / 16) as usize, (shape[h] % 16) as usize);
            let base = if a == 0 || b == 0 {
                f64::INFINITY
            } else {
                grid.costs(i, j, a, b, &mut scratch);
                scratch[b - 1].1
            };
            out.push((a, b, base));
            state = prev_state[UNIT][h] as usize;
            i -= a;
            j -= b;
        }
        // The band always connects (0, 0) to (n, m) through deletions, so the trace reaches the origin;
        // should it not, the rest is emitted as unaligned sentences rather than lost.
        for _ in 0..i {
            out.push((1, 0, f64::INFINITY));
        }
        for _ in 0..j {
            out.push((0, 1, f64::INFINITY));
        }
        out.reverse();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projected_band_is_monotone_and_connected() {
        let band = Band::project(&[(1, 1), (0, 1), (2, 1), (1, 0)], 8, 6, 1);
        assert_eq!(band.lo[0], 0);
        assert_eq!(band.hi[8], 6);
        for i in 0..8 {
            assert!(band.lo[i] <= band.lo[i + 1] && band.hi[i] <= band.hi[i + 1]);
            assert!(band.lo[i + 1] <= band.hi[i]);
        }
    }

    #[test]
    fn unit_size_limits() {
        assert_eq!(limit_b(1, 6, 8), 6);
        assert_eq!(limit_b(4, 6, 8), 4);
        assert_eq!(limit_b(6, 6, 8), 2);
        assert_eq!(limit_b(7, 6, 8), 0);
    }
}
