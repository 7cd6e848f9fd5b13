//! Invariants of sentence alignment and its evaluation: every sentence covered once, in order.

use zoulang::LanguageTag;
use zoulang::align::{
    AlignOptions, AlignmentUnit, Bead, align, evaluate_alignment, parse_alignments,
};

use super::Input;

const PAIRS: [(LanguageTag, LanguageTag); 6] = [
    (LanguageTag::ZH_HANS, LanguageTag::EN),
    (LanguageTag::EN, LanguageTag::ZH_HANS),
    (LanguageTag::ZH_HANT, LanguageTag::VI),
    (LanguageTag::TH, LanguageTag::EN),
    (LanguageTag::MS, LanguageTag::ID),
    (LanguageTag::EN, LanguageTag::EN),
];

/// The units cover `0..n` source and `0..m` target sentences exactly once each, in order (monotone), each unit
/// non-empty, its indices consecutive, its score a probability.
pub fn check_units(units: &[AlignmentUnit], n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for u in units {
        assert!(!u.src.is_empty() || !u.tgt.is_empty(), "an empty unit");
        assert!(
            u.score.is_finite() && (0.0..=1.0).contains(&u.score),
            "score {}",
            u.score
        );
        for &s in &u.src {
            assert_eq!(s, i, "source sentence {i} not next in {units:?}");
            i += 1;
        }
        for &t in &u.tgt {
            assert_eq!(t, j, "target sentence {j} not next");
            j += 1;
        }
    }
    assert_eq!((i, j), (n, m), "not every sentence is covered");
}

/// Scores are probabilities; an alignment scored against itself is perfect where anything is countable.
pub fn check_scores(gold: &[Bead], test: &[Bead]) {
    let s = evaluate_alignment(gold, test);
    for p in [s.strict, s.lax] {
        for v in [p.precision, p.recall, p.f1] {
            assert!(
                v.is_finite() && (0.0..=1.0).contains(&v),
                "score {v} in {s:?}"
            );
        }
    }
    assert!(
        s.lax.precision >= s.strict.precision && s.lax.recall >= s.strict.recall,
        "lax below strict: {s:?}"
    );
}

/// Fuzz target `align`: byte 0 the languages, byte 1 the options (side limits, band, learning), byte 2 how
/// often to repeat the documents (up to 64 times, for long documents); then the source document, a NUL, the
/// target document, one sentence per line (empty lines are empty sentences).
pub fn align_target(data: &[u8]) {
    let mut inp = Input::new(data);
    let (sl, tl) = PAIRS[inp.byte() as usize % PAIRS.len()];
    let o = inp.byte();
    let rep = 1 + (inp.byte() as usize % 64);
    let text = inp.text();
    let (a, b) = text.split_once('\0').unwrap_or((&text, ""));
    let side = |t: &str| -> Vec<String> {
        if t.is_empty() {
            return Vec::new();
        }
        let one: Vec<&str> = t.split('\n').collect();
        // At most ~5,000 sentences a side, so one run stays well under the fuzzer's time limit.
        let rep = rep.min(5_000 / one.len()).max(1);
        (0..rep)
            .flat_map(|_| one.iter().map(|s| s.to_string()))
            .collect()
    };
    let (src, tgt) = (side(a), side(b));
    let mut opts = AlignOptions::default();
    opts.max_side = 1 + (o as usize & 7);
    opts.max_total = (2 + ((o as usize >> 3) & 15)).max(opts.max_side);
    opts.band = 1 + (o as usize >> 6);
    opts.learn = o & 0x20 != 0;
    let units = match align(&src, &tgt, sl, tl, &opts) {
        Ok(u) => u,
        Err(zoulang::Error::InvalidArgument(_)) if opts.max_total > 16 => return,
        Err(e) => panic!("align failed: {e}"),
    };
    check_units(&units, src.len(), tgt.len());
    let beads: Vec<Bead> = units
        .iter()
        .map(|u| (u.src.clone(), u.tgt.clone()))
        .collect();
    check_scores(&beads, &beads);
    let s = evaluate_alignment(&beads, &beads);
    if beads.iter().any(|(x, y)| !x.is_empty() && !y.is_empty()) {
        assert_eq!(
            s.strict.f1, 1.0,
            "an alignment against itself must score 1: {s:?}"
        );
    }
}

/// Fuzz target `alignments`: the `.align` reader, and scoring of whatever it reads against itself and against
/// a shifted copy.
pub fn alignments(data: &[u8]) {
    let text = Input::new(data).text();
    match parse_alignments(&text, "fuzz.align") {
        Ok(beads) => {
            check_scores(&beads, &beads);
            let shifted: Vec<Bead> = beads
                .iter()
                .map(|(x, y)| (x.clone(), y.iter().map(|t| t.saturating_add(1)).collect()))
                .collect();
            check_scores(&beads, &shifted);
        }
        Err(zoulang::Error::Parse { source_name, .. }) => assert_eq!(source_name, "fuzz.align"),
        Err(e) => panic!("parse_alignments: untyped error {e}"),
    }
}
