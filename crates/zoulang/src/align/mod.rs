//! Bilingual sentence alignment without a neural model.
//!
//! [`align`] finds which sentences of a document translate which sentences of its translation: one-to-one,
//! one-to-many, many-to-many (up to [`AlignOptions::max_side`] sentences a side) and unaligned. The cost of a
//! unit combines lexical evidence (a bilingual lexicon — CC-CEDICT for zh–en, compiled in — stemmed words,
//! numbers across scripts, names through pinyin, punctuation, optional glossary terms), normalised against
//! random sentence pairs as Vecalign does, with a length model per language pair. A dynamic programme over
//! sentence overlaps is searched coarse-to-fine (linear time and memory), and a second pass adds word pairs
//! learned from the document's own confident units (韦小宝 → Trinket).
//!
//! Partial overlap: when only part of one document has a counterpart (a shorter rewrite, a chapter appended,
//! a passage cut), the rest is left unaligned (units with one empty side) rather than spread over the other
//! side. A run of unaligned sentences costs [`AlignOptions::unaligned_run_open`] once plus
//! [`AlignOptions::unaligned_run_cost`] per sentence, less than the weak many-sentence units it replaces; a run
//! at the start or end of both documents opens free when the anchors (mutual-best lexical sentence pairs in
//! their longest monotone chain) start or end away from that edge (not when there are none: then nothing
//! says the documents start or end apart), and the length model is fitted on the
//! anchors' span only. On MAC-Dev with half a chapter, a middle third cut from either side or another
//! chapter appended, the kept part scores as the whole chapter does (strict F1 0.87–0.92 over the six
//! chapters, against 0.89) and 97–100 % of the sentences without counterpart are left unaligned
//! (`examples/align_partial.rs`, figures in `benches/README.md`). Weaker: one sentence against a whole
//! document (lexical evidence alone finds its counterpart about half the time); and over about 3,200
//! sentences a side the coarsest levels of the search (blocks of 16 sentences and more) keep no runs, so a
//! long passage without counterpart there may still be spread across.
//!
//! ```
//! use zoulang::align::{align, AlignOptions};
//! use zoulang::LanguageTag;
//! let zh = ["那天晚上我没走掉。", "她承认打我不对。", "我说，你信我干吗？"];
//! let en = ["I did not leave that night.", "She admitted that she had been wrong to hit me.",
//!           "I said, why did you believe me?"];
//! let units = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &AlignOptions::default()).unwrap();
//! assert_eq!(units.iter().map(|u| (u.src.clone(), u.tgt.clone())).collect::<Vec<_>>(),
//!            [(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]);
//! ```

mod anchors;
mod dp;
mod evaluate;
mod evidence;
mod features;
mod formats;
mod learn;
mod length;
mod lexicon;
mod lexicon_format;

use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use evaluate::{
    Bead, Prf, Scores, evaluate_alignment, evaluate_documents, parse_alignments, read_alignments,
};
pub use evidence::{
    Evidence, EvidenceSet, KeyKind, LexicalEvidence, NumberEvidence, PunctuationEvidence, Side,
    TermPairs, TokenSink, WordEvidence, WordNormalizer, key,
};
pub use formats::{to_jsonl, to_tmx, to_tsv, write_align_format};
pub use length::LengthModel;
pub use lexicon::Lexicon;

use crate::cancel::check;
use crate::progress::Phase;
use crate::{Cancel, Error, Glossary, LanguageTag, Progress, Result};

/// One alignment unit: source and target sentence indices (0-based, ascending, either may be empty for an
/// unaligned sentence) and a score in `[0, 1]` (`exp(-cost)` of the unit's lexical and length cost; higher
/// is better; 0 for unaligned sentences).
///
/// ```
/// let u = zoulang::align::AlignmentUnit { src: vec![0, 1], tgt: vec![0], score: 0.5 };
/// assert_eq!(serde_json::to_string(&u).unwrap(), r#"{"src":[0,1],"tgt":[0],"score":0.5}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignmentUnit {
    /// Source sentence indices.
    pub src: Vec<usize>,
    /// Target sentence indices.
    pub tgt: Vec<usize>,
    /// Confidence in `[0, 1]`.
    pub score: f64,
}

/// Options of [`align`]. The defaults are what the benchmarks in `benches/README.md` report; the cost weights
/// are the only tuned numbers (tuned on MAC-Dev, all six documents together; the two run costs on its
/// partial-overlap cases, `examples/align_partial.rs`).
///
/// ```
/// let mut opts = zoulang::align::AlignOptions::default();
/// opts.max_side = 4;
/// assert!(opts.learn);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AlignOptions {
    /// Most sentences on one side of a unit (1..=8; default 6).
    pub max_side: usize,
    /// Most sentences in a unit, both sides together (2..=16; default 8).
    pub max_total: usize,
    /// Half-width of the search band around the coarse path, in sentences (default 4).
    pub band: usize,
    /// Run the second pass that learns document-specific word pairs (default true).
    pub learn: bool,
    /// Weight of the length cost beside the lexical cost (tuned; default 0.25).
    pub length_weight: f64,
    /// Cost added per extra sentence in a unit: `merge_penalty * (a + b - 2)` (tuned; default 0.35).
    pub merge_penalty: f64,
    /// Cost of leaving one sentence unaligned (tuned; default 1.4).
    pub unaligned_cost: f64,
    /// Cost of opening a run of unaligned sentences (tuned; default 3.0): see
    /// [`AlignOptions::unaligned_run_cost`].
    pub unaligned_run_open: f64,
    /// Cost of each sentence in a run of unaligned sentences (tuned; default 0.6). A run of k sentences costs
    /// `unaligned_run_open + k · unaligned_run_cost`, so a passage with no counterpart (the rest of a document
    /// whose translation is a shorter rewrite, an appended chapter) is left unaligned instead of being spread
    /// over the other side in weak many-sentence units (a true unit costs 0.3–0.45 per sentence on MAC-Dev,
    /// one of unrelated sentences about 0.55).
    pub unaligned_run_cost: f64,
    /// Pseudo-weight added to a sentence's evidence weight when its coverage is computed, so that a sentence
    /// with little evidence is neither well nor badly covered (tuned; default 1.0).
    pub evidence_prior: f64,
    /// Extra lexicons (any language pair; consulted before the built-in zh–en one).
    pub lexicons: Vec<Arc<Lexicon>>,
    /// Extra evidence sources, e.g. glossary term pairs ([`TermPairs`]).
    pub evidence: Vec<Arc<dyn Evidence>>,
    /// A glossary whose terms found on both sides under the same concept id are lexical evidence (any
    /// script: 老撾 meets Laos); e.g. `Some(Arc::new(Glossary::builtin().clone()))`. Default none.
    pub glossary: Option<Arc<Glossary>>,
    /// A token that stops the call early with [`Error::Cancelled`] once cancelled (checked before each
    /// document, between phases, between rows of the dynamic programme and every 256 units of the
    /// word-pair learning pass). Default none.
    pub cancel: Option<Cancel>,
    /// Counters the call advances as it goes, for a progress bar drawn by another thread ([`Progress`]):
    /// [`align`] counts sentences read and rows of each pass of its dynamic programme, [`align_batch`]
    /// documents. Default none.
    pub progress: Option<Progress>,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            max_side: 6,
            max_total: 8,
            band: 4,
            learn: true,
            length_weight: 0.25,
            merge_penalty: 0.35,
            unaligned_cost: 1.4,
            unaligned_run_open: 3.0,
            unaligned_run_cost: 0.6,
            evidence_prior: 1.0,
            lexicons: Vec::new(),
            evidence: Vec::new(),
            glossary: None,
            cancel: None,
            progress: None,
        }
    }
}

impl AlignOptions {
    fn params(&self) -> Result<dp::Params> {
        if !(1..=8).contains(&self.max_side) || !(2..=16).contains(&self.max_total) {
            return Err(Error::InvalidArgument(format!(
                "max_side must be 1..=8 and max_total 2..=16 (got {} and {})",
                self.max_side, self.max_total
            )));
        }
        for (name, v) in [
            ("length_weight", self.length_weight),
            ("merge_penalty", self.merge_penalty),
            ("unaligned_cost", self.unaligned_cost),
            ("unaligned_run_open", self.unaligned_run_open),
            ("unaligned_run_cost", self.unaligned_run_cost),
            ("evidence_prior", self.evidence_prior),
        ] {
            if !v.is_finite() || v < 0.0 {
                return Err(Error::InvalidArgument(format!(
                    "{name} must be finite and >= 0 (got {v})"
                )));
            }
        }
        Ok(dp::Params {
            w_len: self.length_weight,
            merge: self.merge_penalty,
            del: self.unaligned_cost,
            skip_open: self.unaligned_run_open,
            skip: self.unaligned_run_cost,
            lead_open: 0.0,
            tail_open: 0.0,
            eps: self.evidence_prior,
            band: self.band.max(1),
            full_cells: 40_000,
            max_side: self.max_side,
            max_total: self.max_total,
            samples: 16,
        })
    }
}

/// Aligns the sentences of a document (`src`, in `src_lang`) with those of its translation (`tgt`).
///
/// Returns units in document order that cover every sentence of both sides exactly once; sentences without a
/// counterpart (e.g. the part of a document its translation leaves out) come as units with one side empty.
/// Errors: an `und` language tag ([`Error::UnsupportedLanguage`]) or invalid options
/// ([`Error::InvalidArgument`]).
///
/// With [`AlignOptions::progress`] set, its total is `n + m + (n + 1) · p` for `p` passes (2 when `learn`, else
/// 1) and it reaches the total when the call returns.
///
/// Complexity: O((n + m) · (w + s) · u) time and O((n + m) · w) memory for n and m sentences, band width w,
/// s unit shapes and u tokens per sentence (at most 64 take part in matching): linear in document length.
///
/// ```
/// use zoulang::{LanguageTag, align::{align, AlignOptions}};
/// let units = align(&["一。", "二。"], &[] as &[&str], LanguageTag::ZH_HANS, LanguageTag::EN,
///                   &AlignOptions::default()).unwrap();
/// assert_eq!(units.len(), 2);
/// assert!(units.iter().all(|u| u.tgt.is_empty()));
///
/// // Only the middle English sentence translates the Chinese one: the others stay unaligned (this
/// // needs the built-in zh–en lexicon, the default feature `lexicon-zh-en`).
/// # #[cfg(feature = "lexicon-zh-en")] {
/// let en = ["The bus was late again this morning.", "She admitted that she had been wrong to hit me.",
///           "Tomorrow it will rain in the mountains."];
/// let units = align(&["她承认打我不对。"], &en, LanguageTag::ZH_HANS, LanguageTag::EN,
///                   &AlignOptions::default()).unwrap();
/// let pairs: Vec<_> = units.iter().map(|u| (u.src.clone(), u.tgt.clone())).collect();
/// assert_eq!(pairs, [(vec![], vec![0]), (vec![0], vec![1]), (vec![], vec![2])]);
/// # }
/// ```
pub fn align<S: AsRef<str>>(
    src: &[S],
    tgt: &[S],
    src_lang: LanguageTag,
    tgt_lang: LanguageTag,
    options: &AlignOptions,
) -> Result<Vec<AlignmentUnit>> {
    align_counting(
        src,
        tgt,
        src_lang,
        tgt_lang,
        options,
        options.progress.as_ref(),
    )
}

/// [`align`], advancing `progress` (instead of `options.progress`).
fn align_counting<S: AsRef<str>>(
    src: &[S],
    tgt: &[S],
    src_lang: LanguageTag,
    tgt_lang: LanguageTag,
    options: &AlignOptions,
    progress: Option<&Progress>,
) -> Result<Vec<AlignmentUnit>> {
    let params = options.params()?;
    let cancel = options.cancel.as_ref();
    check(cancel)?;
    let (n, m) = (src.len() as u64, tgt.len() as u64);
    let passes = if options.learn { 2 } else { 1 };
    if let Some(p) = progress {
        p.start(n + m + (n + 1) * passes);
    }
    let mut extra = options.evidence.clone();
    if let Some(g) = &options.glossary {
        extra.push(g.clone());
    }
    let ev = EvidenceSet::for_pair(src_lang, tgt_lang, &options.lexicons, &extra)?;
    let src: Vec<&str> = src.iter().map(AsRef::as_ref).collect();
    let tgt: Vec<&str> = tgt.iter().map(AsRef::as_ref).collect();
    let mut interner = features::Interner::default();
    let read = |base| (cancel, Phase::new(progress, base));
    let raw_src = features::RawSide::extract(&src, Side::Src, &ev, &mut interner, read(0))?;
    let raw_tgt = features::RawSide::extract(&tgt, Side::Tgt, &ev, &mut interner, read(n))?;
    check(cancel)?;
    // The sentence levels (token weights from document frequency), made once per pass and shared by the
    // anchor search and the dynamic programme.
    let levels = |rs: &features::RawSide, rt: &features::RawSide, n_keys: usize| {
        let ws = features::weights(rs, rt, n_keys);
        let wt = features::weights(rt, rs, n_keys);
        (
            features::Level::base(rs, &ws),
            features::Level::base(rt, &wt),
        )
    };
    let (ls0, lt0) = levels(&raw_src, &raw_tgt, interner.len());
    let mut params = params;
    let len = overlap(
        LengthModel::for_pair(src_lang, tgt_lang),
        (&ls0, &raw_src),
        (&lt0, &raw_tgt),
        interner.len(),
        &mut params,
    );
    let run = |rs: &features::RawSide,
               rt: &features::RawSide,
               (bs, bt): (&features::Level, &features::Level),
               n_keys: usize,
               pass: u64| {
        let problem = dp::Problem {
            src_raw: rs,
            tgt_raw: rt,
            n_keys,
            len,
            p: params,
            cancel,
            progress: Phase::new(progress, n + m + (n + 1) * pass),
        };
        problem.solve(bs, bt)
    };
    let mut steps = run(&raw_src, &raw_tgt, (&ls0, &lt0), interner.len(), 0)?;
    if options.learn
        && let Some([ls, lt]) = learn::learn(
            [&src, &tgt],
            [&raw_src, &raw_tgt],
            &steps,
            ev.unspaced,
            &mut interner,
            cancel,
        )?
    {
        check(cancel)?;
        let (bs, bt) = levels(&ls, &lt, interner.len());
        steps = run(&ls, &lt, (&bs, &bt), interner.len(), 1)?;
    }
    if let Some(p) = progress {
        p.finish();
    }
    let (mut i, mut j) = (0, 0);
    Ok(steps
        .into_iter()
        .map(|s| {
            let unit = AlignmentUnit {
                src: (i..i + s.a).collect(),
                tgt: (j..j + s.b).collect(),
                score: s.score,
            };
            i += s.a;
            j += s.b;
            unit
        })
        .collect())
}

/// Where the two documents overlap, from the anchor chain (see `anchors`): returns the length model fitted
/// on the chain's span when it holds at least [`MIN_ANCHORS`] anchors (else on the whole documents when
/// their sentence counts are within a factor of 2, else the pair's default), and sets in `params` whether a
/// run of unaligned sentences at the start or end of both documents opens free: it does when the chain starts
/// (ends) more than [`EDGE_SLACK`] sentences from that edge (never when there is no chain). O(tokens · keys).
fn overlap(
    default: LengthModel,
    (ls, src): (&features::Level, &features::RawSide),
    (lt, tgt): (&features::Level, &features::RawSide),
    n_keys: usize,
    params: &mut dp::Params,
) -> LengthModel {
    let chain = anchors::anchors(ls, src, lt, tgt, n_keys, params.eps);
    let (n, m) = (src.n(), tgt.n());
    let (first, last) = (chain.first(), chain.last());
    // No chain, no evidence that the documents start or end apart: the edges are not free (with them free,
    // a document pair without shared vocabulary lost its leading 2–1 unit to unaligned sentences).
    let free = |slack: Option<usize>| slack.is_some_and(|s| s > EDGE_SLACK);
    params.lead_open = if free(first.map(|&(x, y)| x + y)) {
        0.0
    } else {
        params.skip_open
    };
    params.tail_open = if free(last.map(|&(x, y)| (n - 1 - x) + (m - 1 - y))) {
        0.0
    } else {
        params.skip_open
    };
    if let (Some(&(x0, y0)), Some(&(x1, y1))) = (first, last)
        && chain.len() >= MIN_ANCHORS
    {
        return default.fitted(&src.len[x0..=x1], &tgt.len[y0..=y1]);
    }
    if n <= 2 * m && m <= 2 * n {
        default.fitted(&src.len, &tgt.len)
    } else {
        default
    }
}

/// Fewest anchors whose span the length model is fitted on.
const MIN_ANCHORS: usize = 4;

/// Sentences (both sides together) before the first anchor, or after the last, that still count as the
/// documents starting (ending) together.
const EDGE_SLACK: usize = 6;

/// Aligns many document pairs in parallel (rayon), each as [`align`]; results in input order.
///
/// With [`AlignOptions::progress`] set, its units are documents: the total is `docs.len()` and `done` counts
/// the documents finished (in any order).
///
/// O(total sentences) work, spread over the rayon pool.
///
/// ```
/// use zoulang::{LanguageTag, align::{align_batch, AlignOptions}};
/// let docs = vec![(vec!["你好。"], vec!["Hello."]), (vec!["谢谢。"], vec!["Thanks."])];
/// let out = align_batch(&docs, LanguageTag::ZH_HANS, LanguageTag::EN, &AlignOptions::default());
/// assert_eq!(out.len(), 2);
/// assert_eq!(out[1].as_ref().unwrap()[0].tgt, vec![0]);
/// ```
pub fn align_batch<S: AsRef<str> + Sync>(
    docs: &[(Vec<S>, Vec<S>)],
    src_lang: LanguageTag,
    tgt_lang: LanguageTag,
    options: &AlignOptions,
) -> Vec<Result<Vec<AlignmentUnit>>> {
    let progress = options.progress.as_ref();
    if let Some(p) = progress {
        p.start(docs.len() as u64);
    }
    docs.par_iter()
        .map(|(s, t)| {
            let r = align_counting(s, t, src_lang, tgt_lang, options, None);
            if let Some(p) = progress {
                p.advance(1);
            }
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(n: usize) -> (Vec<String>, Vec<String>) {
        let zh = (0..n)
            .map(|i| format!("第{i}天，我们在老挝见了{}位朋友。", i % 7))
            .collect();
        let en = (0..n)
            .map(|i| format!("On day {i} we met {} friends in Laos.", i % 7))
            .collect();
        (zh, en)
    }

    fn cancelled_options(token: &Cancel) -> AlignOptions {
        AlignOptions {
            cancel: Some(token.clone()),
            ..AlignOptions::default()
        }
    }

    #[test]
    fn a_cancelled_token_stops_align_and_every_batch_item() {
        let token = Cancel::new();
        token.cancel();
        let o = cancelled_options(&token);
        let (zh, en) = doc(3);
        let r = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &o);
        assert!(matches!(r, Err(Error::Cancelled)), "{r:?}");
        let docs = vec![(zh.clone(), en.clone()); 4];
        let out = align_batch(&docs, LanguageTag::ZH_HANS, LanguageTag::EN, &o);
        assert_eq!(out.len(), 4);
        assert!(out.iter().all(|r| matches!(r, Err(Error::Cancelled))));
    }

    /// Review finding: with no shared vocabulary there are no anchors, and both document edges used to open
    /// free, so a leading 2–1 unit became unaligned sentences. Lengths alone must still pair them.
    #[test]
    fn without_anchors_the_edges_are_not_free() {
        // Words of made-up letters: no lexicon entry, number or name in common; lengths tell the pairing.
        // Each side its own syllables, so no token is shared.
        let sent = |syl: &[&str], words: usize, seed: usize| -> String {
            let w: Vec<String> = (0..words)
                .map(|i| {
                    (0..3)
                        .map(|k| syl[(seed + i * 3 + k * 5) % syl.len()])
                        .collect()
                })
                .collect();
            format!("{}.", w.join(" "))
        };
        let (a, b) = (
            ["qa", "zo", "xu", "vy", "kw"],
            ["mi", "ne", "ro", "sa", "te"],
        );
        let en: Vec<String> = [4, 4, 8, 12, 6, 9]
            .iter()
            .enumerate()
            .map(|(i, &n)| sent(&a, n, i * 7))
            .collect();
        let vi: Vec<String> = [8, 8, 12, 15]
            .iter()
            .enumerate()
            .map(|(i, &n)| sent(&b, n, i * 11))
            .collect();
        let units = align(
            &en,
            &vi,
            LanguageTag::EN,
            LanguageTag::VI,
            &AlignOptions::default(),
        )
        .unwrap();
        let pairs: Vec<(Vec<usize>, Vec<usize>)> = units
            .iter()
            .map(|u| (u.src.clone(), u.tgt.clone()))
            .collect();
        assert_eq!(pairs[0], (vec![0, 1], vec![0]), "{pairs:?}");
        assert!(
            pairs.iter().all(|(s, t)| !s.is_empty() && !t.is_empty()),
            "{pairs:?}"
        );
    }

    #[test]
    fn an_uncancelled_token_changes_nothing() {
        let (zh, en) = doc(5);
        let plain = align(
            &zh,
            &en,
            LanguageTag::ZH_HANS,
            LanguageTag::EN,
            &AlignOptions::default(),
        );
        let o = cancelled_options(&Cancel::new());
        let with = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &o);
        assert_eq!(plain.unwrap(), with.unwrap());
    }

    #[test]
    fn cancelling_from_another_thread_stops_a_running_alignment() {
        // 20,000 sentences a side take seconds in a debug build; the token is cancelled once the
        // alignment has started, so it must end in `Cancelled` rather than with units.
        let (zh, en) = doc(20_000);
        // Load the built-in lexicon first (a one-time start-up cost, not part of any loop).
        align(
            &zh[..2],
            &en[..2],
            LanguageTag::ZH_HANS,
            LanguageTag::EN,
            &AlignOptions::default(),
        )
        .unwrap();
        let token = Cancel::new();
        let o = cancelled_options(&token);
        let started = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|s| {
            s.spawn(|| {
                while !started.load(std::sync::atomic::Ordering::Relaxed) {
                    std::thread::yield_now();
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
                token.cancel();
            });
            started.store(true, std::sync::atomic::Ordering::Relaxed);
            let r = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &o);
            assert!(
                matches!(r, Err(Error::Cancelled)),
                "{:?}",
                r.map(|u| u.len())
            );
        });
    }

    #[test]
    fn the_learning_pass_stops_on_a_cancelled_token() {
        // 1-1 units standing for a confident first pass over a story that repeats a name no lexicon
        // knows (韦小宝/Trinket), so the pass has a pair to learn; with the token cancelled it must stop
        // instead of returning it.
        let zh: Vec<String> = (0..600)
            .map(|i| format!("第{i}天，韦小宝见了朋友。"))
            .collect();
        let en: Vec<String> = (0..600)
            .map(|i| format!("On day {i} Trinket met friends."))
            .collect();
        let (zh, en): (Vec<&str>, Vec<&str>) = (
            zh.iter().map(String::as_str).collect(),
            en.iter().map(String::as_str).collect(),
        );
        let ev = EvidenceSet::for_pair(LanguageTag::ZH_HANS, LanguageTag::EN, &[], &[]).unwrap();
        let mut interner = features::Interner::default();
        let read = || (None, Phase::new(None, 0));
        let rs = features::RawSide::extract(&zh, Side::Src, &ev, &mut interner, read()).unwrap();
        let rt = features::RawSide::extract(&en, Side::Tgt, &ev, &mut interner, read()).unwrap();
        let steps: Vec<dp::Step> = (0..zh.len())
            .map(|i| dp::Step {
                a: 1,
                b: 1,
                score: 0.9,
                base: (i % 10) as f64,
            })
            .collect();
        let mut run = |cancel: Option<&Cancel>| {
            learn::learn(
                [&zh, &en],
                [&rs, &rt],
                &steps,
                ev.unspaced,
                &mut interner,
                cancel,
            )
        };
        assert!(matches!(run(None), Ok(Some(_))), "nothing to learn");
        let token = Cancel::new();
        token.cancel();
        assert!(matches!(run(Some(&token)), Err(Error::Cancelled)));
    }

    #[test]
    fn progress_is_monotone_and_reaches_its_total() {
        // 600 sentences a side: above the full-grid limit, so coarse levels and the banded search (with
        // its possible re-runs) both happen while another thread samples the counters.
        let (zh, en) = doc(600);
        let progress = Progress::new();
        let mut o = AlignOptions {
            progress: Some(progress.clone()),
            ..AlignOptions::default()
        };
        let running = std::sync::atomic::AtomicBool::new(true);
        let samples = std::thread::scope(|s| {
            let sampler = s.spawn(|| {
                let mut seen = Vec::new();
                while running.load(std::sync::atomic::Ordering::Relaxed) {
                    seen.push((progress.done(), progress.total()));
                    std::thread::yield_now();
                }
                seen
            });
            let units = align(&zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN, &o).unwrap();
            running.store(false, std::sync::atomic::Ordering::Relaxed);
            assert_eq!(units.len(), 600);
            sampler.join().unwrap()
        });
        let total = 600 + 600 + 601 * 2;
        assert_eq!((progress.done(), progress.total()), (total, total));
        let during: Vec<u64> = samples
            .iter()
            .filter(|&&(_, t)| t == total)
            .map(|&(d, _)| d)
            .collect();
        assert!(during.windows(2).all(|w| w[0] <= w[1]), "not monotone");
        assert!(during.iter().all(|&d| d <= total));
        assert!(
            during.iter().any(|&d| d > 0 && d < total),
            "no intermediate value seen in {} samples",
            during.len()
        );

        // Without learning there is one pass; in a batch the units are documents.
        o.learn = false;
        align(
            &zh[..10],
            &en[..10],
            LanguageTag::ZH_HANS,
            LanguageTag::EN,
            &o,
        )
        .unwrap();
        assert_eq!((progress.done(), progress.total()), (31, 31));
        let docs = vec![(zh[..5].to_vec(), en[..5].to_vec()); 3];
        let out = align_batch(&docs, LanguageTag::ZH_HANS, LanguageTag::EN, &o);
        assert!(out.iter().all(Result::is_ok));
        assert_eq!((progress.done(), progress.total()), (3, 3));
    }
}
