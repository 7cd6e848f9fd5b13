//! The trained Thai sentence-boundary model: logistic regression over one space in Thai text and its
//! context. The weights (crates/zoulang/data/segment/thai_boundary_model.tsv, its header names the
//! training data, licence, script and held-out F1) are fitted by crates/zoulang/scripts/
//! train_thai_boundaries.py on features that this module extracts (the script runs the example
//! `thai_features`, which calls [`features`]), so training and inference share one implementation.
//!
//! Features of the space at `pos` (sentence started at `start`, the text resumes at `next`):
//! - the last 1–3 words before the space and the first 1–3 after it (icu_segmenter's Thai dictionary
//!   breaks, repaired as [`crate::segment_words`] does, over the chunk back to the previous space and on
//!   to the next, at most [`WINDOW`] bytes),
//!   word bigrams on each side and the pair across the space,
//! - closed classes of the word before and after (particles, conjunctions, relative markers, prepositions),
//! - the sentence length so far, the lengths of the chunks before and after (bucketed, in characters),
//! - the character classes of the last character before and the first after (Thai consonant, leading
//!   vowel, mark, digit, Latin, closer, period, ๆ, ฯ …),
//! - whether a list opener (เช่น, ได้แก่) appears shortly before,
//! - the score of the hand-weighted grammar model in thai.rs (word lists written from Thai grammar),
//!   rounded, as a prior that the data refines.
//!
//! Two rules come first (they are features too, so the training script applies them the same way): a
//! polite sentence-final particle (ครับ, ค่ะ …) before the space ends the sentence, and in a sentence
//! shorter than 20 characters, which the training lines never are, the hand-weighted model decides.
//!
//! Each decision is O(1): it reads at most 2 × [`WINDOW`] bytes around the space.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::chars::{is_closer, is_digit, is_latin_letter, is_opener};
use super::thai::{WINDOW, context};
use super::words::icu_spans;

/// The model file, embedded (a few hundred KB at most).
const MODEL_TSV: &str = include_str!("../../data/segment/thai_boundary_model.tsv");

/// Feature weights and the bias, parsed once.
struct Model {
    bias: f32,
    weights: HashMap<&'static str, f32>,
}

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        let mut weights = HashMap::new();
        let mut bias = 0.0;
        for line in MODEL_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            // A malformed row is a build-time data bug; the unit test below parses every row.
            let Some((name, w)) = line.rsplit_once('\t') else {
                continue;
            };
            let Ok(w) = w.trim().parse::<f32>() else {
                continue;
            };
            if name == "<bias>" {
                bias = w;
            } else {
                weights.insert(name, w);
            }
        }
        Model { bias, weights }
    })
}

/// Sentences shorter than this (in characters) are absent from the training data (its lines are 20-300
/// characters long by construction), so the hand-weighted grammar model decides spaces there.
const SHORT: usize = 20;

/// Feature set by a rule that decides the space: a sentence ends (a polite sentence-final particle such
/// as ครับ or ค่ะ before the space, which the treebank prose has almost none of; or, in a short sentence,
/// the hand-weighted model says so).
const RULE_END: &str = "rule:end";
/// Feature set when, in a short sentence, the hand-weighted model says the sentence goes on.
const RULE_GO_ON: &str = "rule:go_on";

/// Whether the space at `pos` ends a sentence that started at `start`: the rules above, else the
/// trained model's log-odds > 0. O(1).
pub(crate) fn is_boundary(text: &str, pos: usize, start: usize, next: usize) -> bool {
    let m = model();
    let mut s = m.bias;
    for f in features(text, pos, start, next) {
        match f.as_str() {
            RULE_END => return true,
            RULE_GO_ON => return false,
            f => s += m.weights.get(f).copied().unwrap_or(0.0),
        }
    }
    s > 0.0
}

/// The class of polite sentence-final particles (ครับ, ค่ะ, คะ …): they close an utterance.
const POLITE: &str = "polite";

/// Particles, conjunctions and other closed classes (a word's class is a feature beside the word itself).
fn class(w: &str) -> Option<&'static str> {
    Some(match w {
        "ครับ" | "ค่ะ" | "คะ" | "จ้ะ" | "จ้า" | "นะคะ" | "นะครับ" => {
            POLITE
        }
        "นะ"
        | "จ๊ะ"
        | "ละ"
        | "เถอะ"
        | "สิ"
        | "ซิ"
        | "หรอก"
        | "ล่ะ"
        | "ไหม"
        | "มั้ย"
        | "หรือเปล่า"
        | "เลย"
        | "เอง" => "particle",
        "และ"
        | "แต่"
        | "หรือ"
        | "เพราะ"
        | "จึง"
        | "ก็"
        | "แล้ว"
        | "ถ้า"
        | "หาก"
        | "แม้"
        | "เมื่อ"
        | "ดังนั้น"
        | "เพื่อ"
        | "จน"
        | "ทั้ง"
        | "ส่วน" => "conj",
        "ที่" | "ซึ่ง" | "ว่า" | "อัน" | "คือ" | "เช่น" | "ได้แก่" | "ผู้" => {
            "rel"
        }
        "ใน"
        | "ของ"
        | "จาก"
        | "กับ"
        | "แก่"
        | "ให้"
        | "โดย"
        | "ตาม"
        | "ถึง"
        | "ต่อ"
        | "ด้วย"
        | "ระหว่าง"
        | "ตั้งแต่"
        | "สำหรับ"
        | "เกี่ยวกับ"
        | "ณ"
        | "บน"
        | "ใต้"
        | "ไป"
        | "มา" => "prep",
        "ฉัน" | "ผม" | "ดิฉัน" | "เขา" | "เรา" | "คุณ" | "ท่าน" | "มัน" | "พวกเขา" | "เธอ" => {
            "pron"
        }
        "นี้" | "นั้น" | "โน้น" | "นี่" | "นั่น" => "dem",
        _ => return None,
    })
}

/// The class of a character next to the space.
fn char_class(c: Option<char>) -> &'static str {
    let Some(c) = c else { return "none" };
    match c {
        'ๆ' => "mai_yamok",
        'ฯ' => "paiyannoi",
        '.' => "period",
        '\u{0E50}'..='\u{0E59}' => "thai_digit",
        'เ' | 'แ' | 'โ' | 'ใ' | 'ไ' => "lead_vowel",
        '\u{0E01}'..='\u{0E2E}' => "consonant",
        '\u{0E30}'..='\u{0E3A}' | '\u{0E45}' => "vowel",
        '\u{0E47}'..='\u{0E4E}' => "mark",
        _ if is_digit(c) => "digit",
        _ if is_latin_letter(c) => "latin",
        _ if is_closer(c) => "closer",
        _ if is_opener(c) => "opener",
        _ => "other",
    }
}

fn bucket(n: usize, edges: &[usize]) -> usize {
    edges.iter().take_while(|&&e| n >= e).count()
}

/// The words (ICU dictionary breaks, repaired as [`crate::segment_words`] does) of `chunk`, whitespace
/// dropped. O(len).
fn words(chunk: &str) -> Vec<&str> {
    icu_spans(chunk, 0).into_iter().map(|r| &chunk[r]).collect()
}

/// The feature names of the space at `pos` (its whitespace ends at `next`) in a sentence that started at
/// `start`. O(1): reads at most [`WINDOW`] bytes on each side.
pub(crate) fn features(text: &str, pos: usize, start: usize, next: usize) -> Vec<String> {
    let (left_all, right_all) = context(text, pos, start, next);
    // The chunks back to the previous whitespace and on to the next.
    let left = left_all
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or(left_all);
    let right = right_all
        .split(char::is_whitespace)
        .next()
        .unwrap_or(right_all);

    let mut f = Vec::with_capacity(32);
    let so_far = if pos.saturating_sub(start) > 3 * WINDOW {
        usize::MAX
    } else {
        text[start.min(pos)..pos].chars().count()
    };
    let len_edges = [3, 6, 10, 15, 20, 30, 45, 70, 100, 150];
    // Sentence length: one bucket below 30 characters, since the training lines are 20-300 characters
    // long by construction (their README), and finer buckets would learn that filter, not Thai.
    f.push(format!("so:{}", bucket(so_far, &[30, 45, 70, 100, 150])));
    let (ll, rl) = (left.chars().count(), right.chars().count());
    f.push(format!("ll:{}", bucket(ll, &len_edges)));
    f.push(format!("rl:{}", bucket(rl, &len_edges)));
    f.push(format!("lc:{}", char_class(left.chars().next_back())));
    f.push(format!("rc:{}", char_class(right.chars().next())));

    let lw = words(left);
    let rw = words(right);
    let l = |k: usize| lw.len().checked_sub(k).map_or("<s>", |i| lw[i]);
    let r = |k: usize| rw.get(k - 1).copied().unwrap_or("</s>");
    f.push(format!("w-1={}", l(1)));
    f.push(format!("w-2={}", l(2)));
    f.push(format!("w-3={}", l(3)));
    f.push(format!("w+1={}", r(1)));
    f.push(format!("w+2={}", r(2)));
    f.push(format!("w+3={}", r(3)));
    f.push(format!("w-2w-1={} {}", l(2), l(1)));
    f.push(format!("w+1w+2={} {}", r(1), r(2)));
    f.push(format!("w-1w+1={} {}", l(1), r(1)));
    if let Some(c) = class(l(1)) {
        f.push(format!("c-1={c}"));
    }
    if let Some(c) = class(r(1)) {
        f.push(format!("c+1={c}"));
    }
    f.push(format!("nw-1:{}", bucket(lw.len(), &[1, 2, 3, 5, 8])));
    f.push(format!("nw+1:{}", bucket(rw.len(), &[1, 2, 3, 5, 8])));
    if left_all.contains("เช่น") || left_all.contains("ได้แก่") {
        f.push("list_before".to_owned());
    }
    // The hand-weighted grammar model's score (thai.rs), bucketed: a prior the data refines.
    let hand = super::thai::score(text, pos, start, next)
        .round()
        .clamp(-6.0, 4.0) as i32;
    f.push(format!("hand:{hand}"));
    if class(l(1)) == Some(POLITE) {
        f.push(RULE_END.to_owned());
    } else if so_far < SHORT {
        let hand_end = super::thai::is_boundary(text, pos, start, next, false);
        f.push(if hand_end { RULE_END } else { RULE_GO_ON }.to_owned());
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_rows_all_parse() {
        let rows = MODEL_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(model().weights.len() + 1, rows);
        assert!(model().weights.len() > 100);
    }

    #[test]
    fn features_read_words_around_the_space() {
        let t = "ผมกินข้าวแล้วครับ วันนี้อากาศดี";
        let pos = t.find(' ').unwrap();
        let f = features(t, pos, 0, pos + 1);
        assert!(f.contains(&"w-1=ครับ".to_owned()), "{f:?}");
        assert!(f.contains(&"c-1=polite".to_owned()), "{f:?}");
        assert!(f.contains(&"w+1=วัน".to_owned()), "{f:?}");
        assert!(f.contains(&"w+1w+2=วัน นี้".to_owned()), "{f:?}");
    }

    #[test]
    fn particle_then_new_clause_is_a_boundary_but_a_conjunction_is_not() {
        let t = "ผมกินข้าวที่ร้านอาหารใกล้บ้านเมื่อเช้านี้แล้วครับ วันนี้อากาศดีมาก";
        let pos = t.find(' ').unwrap();
        assert!(is_boundary(t, pos, 0, pos + 1));
        let t = "ผมกินข้าวที่ร้านอาหารใกล้บ้าน และดื่มกาแฟ";
        let pos = t.find(' ').unwrap();
        assert!(!is_boundary(t, pos, 0, pos + 1));
    }
}
