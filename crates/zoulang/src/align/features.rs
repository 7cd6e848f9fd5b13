//! Documents as evidence: tokens with dense key ids, weights from how rare a token's keys are on the other
//! side, and levels of merged units for the coarse-to-fine search.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::evidence::{EvidenceSet, Side, TokenSink};
use super::length::sentence_length;

/// Tokens per unit that take part in matching (the rarest are kept); a bit each in a `u64`.
pub(crate) const MAX_TOKENS: usize = 64;

/// Hasher for keys that already are hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Maps 64-bit keys to dense ids for one document pair.
#[derive(Default)]
pub(crate) struct Interner {
    map: IdMap<u32>,
}

impl Interner {
    pub(crate) fn id(&mut self, k: u64) -> u32 {
        let n = self.map.len() as u32;
        *self.map.entry(k).or_insert(n)
    }
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

/// One side's sentences as tokens with dense keys.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawSide {
    /// Per sentence: token offsets (n + 1).
    pub(crate) sent_tok: Vec<u32>,
    /// Per token: key offsets (tokens + 1).
    pub(crate) tok_key: Vec<u32>,
    pub(crate) keys: Vec<u32>,
    /// Sentence lengths for the length model.
    pub(crate) len: Vec<f64>,
}

impl RawSide {
    pub(crate) fn extract(
        sentences: &[&str],
        side: Side,
        ev: &EvidenceSet,
        interner: &mut Interner,
        (cancel, progress): (Option<&crate::Cancel>, crate::progress::Phase),
    ) -> crate::Result<RawSide> {
        let mut raw = RawSide {
            sent_tok: vec![0],
            tok_key: vec![0],
            ..RawSide::default()
        };
        let mut sink = TokenSink::default();
        for (i, s) in sentences.iter().enumerate() {
            if i % 256 == 0 {
                crate::cancel::check(cancel)?;
                progress.at(i);
            }
            sink.clear();
            ev.tokens(s, side, &mut sink);
            for t in sink.tokens() {
                raw.keys.extend(t.iter().map(|&k| interner.id(k)));
                raw.tok_key.push(raw.keys.len() as u32);
            }
            raw.sent_tok.push((raw.tok_key.len() - 1) as u32);
            raw.len.push(sentence_length(s));
        }
        progress.at(sentences.len());
        Ok(raw)
    }

    pub(crate) fn n(&self) -> usize {
        self.len.len()
    }

    pub(crate) fn token_keys(&self, t: u32) -> &[u32] {
        &self.keys[self.tok_key[t as usize] as usize..self.tok_key[t as usize + 1] as usize]
    }

    pub(crate) fn sentence_tokens(&self, s: usize) -> std::ops::Range<u32> {
        self.sent_tok[s]..self.sent_tok[s + 1]
    }

    /// Rebuilds the side with extra keys: `add_to_token(t)` gives keys appended to token `t`, and
    /// `new_tokens(s)` whole tokens (one key each) appended to sentence `s`.
    pub(crate) fn with_additions(
        &self,
        add_to_token: impl Fn(u32, &mut Vec<u32>),
        new_tokens: impl Fn(usize, &mut Vec<u32>),
    ) -> RawSide {
        let mut out = RawSide {
            sent_tok: vec![0],
            tok_key: vec![0],
            keys: Vec::with_capacity(self.keys.len()),
            len: self.len.clone(),
        };
        let mut extra = Vec::new();
        for s in 0..self.n() {
            for t in self.sentence_tokens(s) {
                out.keys.extend_from_slice(self.token_keys(t));
                extra.clear();
                add_to_token(t, &mut extra);
                out.keys.extend_from_slice(&extra);
                out.tok_key.push(out.keys.len() as u32);
            }
            extra.clear();
            new_tokens(s, &mut extra);
            for &k in &extra {
                out.keys.push(k);
                out.tok_key.push(out.keys.len() as u32);
            }
            out.sent_tok.push((out.tok_key.len() - 1) as u32);
        }
        out
    }
}

/// Token weights of `side`: the square root of the information of meeting one of the token's keys in a
/// random sentence of `other`, `sqrt(ln(1 + N / df))` (damped, as in IR term weighting), where df counts the other side's sentences holding any of the keys; 0 when
/// no sentence does (the token can never match). O(tokens × keys).
pub(crate) fn weights(side: &RawSide, other: &RawSide, n_keys: usize) -> Vec<f32> {
    let mut df = vec![0u32; n_keys];
    let mut last = vec![u32::MAX; n_keys];
    for s in 0..other.n() {
        for t in other.sentence_tokens(s) {
            for &k in other.token_keys(t) {
                if last[k as usize] != s as u32 {
                    last[k as usize] = s as u32;
                    df[k as usize] += 1;
                }
            }
        }
    }
    let n = other.n().max(1) as f64;
    (0..side.tok_key.len() - 1)
        .map(|t| {
            let d: u32 = side
                .token_keys(t as u32)
                .iter()
                .map(|&k| df[k as usize])
                .sum();
            if d == 0 {
                0.0
            } else {
                (1.0 + n / f64::from(d).min(n)).ln().sqrt() as f32
            }
        })
        .collect()
}

/// Units (sentences, or blocks of them at coarse levels) ready for matching.
#[derive(Debug, Clone, Default)]
pub(crate) struct Level {
    /// Per unit: offsets into `toks` and `w` (n + 1).
    pub(crate) unit_off: Vec<u32>,
    /// Raw token ids, at most [`MAX_TOKENS`] per unit, rarest first.
    pub(crate) toks: Vec<u32>,
    pub(crate) w: Vec<f32>,
    /// Per unit: total token weight and length.
    pub(crate) wsum: Vec<f32>,
    pub(crate) len: Vec<f64>,
}

impl Level {
    pub(crate) fn n(&self) -> usize {
        self.len.len()
    }

    pub(crate) fn unit(&self, u: usize) -> std::ops::Range<usize> {
        self.unit_off[u] as usize..self.unit_off[u + 1] as usize
    }

    fn push_unit(&mut self, cand: &mut Vec<(f32, u32)>, len: f64) {
        if cand.len() > MAX_TOKENS {
            cand.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            cand.truncate(MAX_TOKENS);
        }
        let mut sum = 0.0;
        for &(w, t) in cand.iter() {
            self.toks.push(t);
            self.w.push(w);
            sum += w;
        }
        self.unit_off.push(self.toks.len() as u32);
        self.wsum.push(sum);
        self.len.push(len);
    }

    /// The sentence level of a side.
    pub(crate) fn base(raw: &RawSide, w: &[f32]) -> Level {
        let mut level = Level {
            unit_off: vec![0],
            ..Level::default()
        };
        let mut cand = Vec::new();
        for s in 0..raw.n() {
            cand.clear();
            cand.extend(
                raw.sentence_tokens(s)
                    .filter(|&t| w[t as usize] > 0.0)
                    .map(|t| (w[t as usize], t)),
            );
            level.push_unit(&mut cand, raw.len[s]);
        }
        level
    }

    /// The level above: units merged in pairs (unit k covers units 2k and 2k + 1).
    pub(crate) fn downsample(&self) -> Level {
        let mut level = Level {
            unit_off: vec![0],
            ..Level::default()
        };
        let mut cand = Vec::new();
        for k in (0..self.n()).step_by(2) {
            cand.clear();
            let mut len = 0.0;
            for u in k..(k + 2).min(self.n()) {
                cand.extend(self.unit(u).map(|i| (self.w[i], self.toks[i])));
                len += self.len[u];
            }
            level.push_unit(&mut cand, len);
        }
        level
    }
}
