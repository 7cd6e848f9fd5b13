//! Repairs a known fault of icu_segmenter's Thai (and Lao) dictionary breaks: it sometimes takes the first
//! consonant of the next word into the word before (a greedy longest match without look-ahead), leaving a
//! token that starts with a vowel written after its consonant, which no word can: `ดีมาก` ("very good")
//! comes out `ดีม|า|ก`, `ต่อมา` `ต่อม|า`, `จะเข้า` `จะเข้|า`. On the 2,000 Thai sentences of
//! ../shared/data/langid-dev, 175 had such a token.
//!
//! For each such token, the token before is cut earlier (before its last consonant, with a leading vowel
//! written before that consonant, or before the consonant before that) and both sides are segmented again
//! on their own; the first cut that leaves fewer such tokens in the window wins. When none does, the stray
//! token joins the one before, so no token starts with a dependent vowel. Text without such a token is
//! untouched. Each repair reads a bounded window ([`WINDOW`] bytes), so the pass is linear.

use std::ops::Range;

use super::words::icu;

/// Bytes re-segmented around one repair at most (about 30 Thai characters).
const WINDOW: usize = 96;

/// A vowel written after or above its consonant, or a tone or other mark: no Thai or Lao word starts
/// with one.
fn cannot_start_word(c: char) -> bool {
    matches!(c,
        '\u{0E30}'..='\u{0E3A}' | '\u{0E45}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{0EB0}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}')
}

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E2E}' | '\u{0E81}'..='\u{0EAE}')
}

/// A vowel written before its consonant (เ แ โ ใ ไ, and Lao ເ ແ ໂ ໃ ໄ).
fn is_leading_vowel(c: char) -> bool {
    matches!(c, '\u{0E40}'..='\u{0E44}' | '\u{0EC0}'..='\u{0EC4}')
}

fn starts_badly(text: &str, r: &Range<usize>) -> bool {
    text[r.clone()]
        .chars()
        .next()
        .is_some_and(cannot_start_word)
}

/// The raw ICU tokens of `text[r]` (whitespace dropped), as ranges into `text`. O(len).
pub(crate) fn icu_raw(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let sub = &text[r.clone()];
    let mut out = Vec::new();
    let mut prev = 0;
    for b in icu().segment_str(sub) {
        if b > prev && !sub[prev..b].trim().is_empty() {
            out.push(r.start + prev..r.start + b);
        }
        prev = b;
    }
    out
}

/// Where the token `word` may be cut so that its end starts the next word: before its last consonant
/// (and the leading vowel before it), then before the consonant before that; never at 0. Byte offsets
/// into `word`, at most two.
fn cut_points(word: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut k = chars.len();
    while k > 0 && cuts.len() < 2 {
        k -= 1;
        if is_consonant(chars[k].1) {
            let mut at = k;
            if at > 0 && is_leading_vowel(chars[at - 1].1) {
                at -= 1;
            }
            if at > 0 {
                cuts.push(chars[at].0);
            }
            k = at;
        }
    }
    cuts
}

/// `spans` (ICU tokens of `text`, in order) with the tokens that start with a dependent vowel repaired (see
/// the module doc). O(len).
pub(crate) fn repair(text: &str, spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    if !spans.iter().any(|r| starts_badly(text, r)) {
        return spans;
    }
    let mut out: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let r = spans[i].clone();
        let Some(prev) = out
            .last()
            .filter(|p| p.end == r.start && starts_badly(text, &r))
            .cloned()
        else {
            out.push(r);
            i += 1;
            continue;
        };
        // The window: the token before and the tokens from this one on, while they touch (no space).
        let mut j = i;
        while j + 1 < spans.len()
            && spans[j + 1].start == spans[j].end
            && spans[j + 1].end - prev.start <= WINDOW
        {
            j += 1;
        }
        let end = spans[j].end;
        let old_bad = spans[i..=j]
            .iter()
            .filter(|s| starts_badly(text, s))
            .count();
        let mut fixed = None;
        for cut in cut_points(&text[prev.clone()]) {
            let at = prev.start + cut;
            let mut new = icu_raw(text, prev.start..at);
            let right = icu_raw(text, at..end);
            if right.first().is_none_or(|f| starts_badly(text, f)) {
                continue;
            }
            new.extend(right);
            if new.iter().filter(|s| starts_badly(text, s)).count() < old_bad {
                fixed = Some(new);
                break;
            }
        }
        out.pop();
        match fixed {
            Some(new) => {
                out.extend(new);
                i = j + 1;
            }
            None => {
                out.push(prev.start..r.end);
                i += 1;
            }
        }
    }
    // A re-segmented window may itself end in a stray token (its own ICU run): join those to the one before.
    let mut joined: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match joined.last_mut() {
            Some(p) if p.end == r.start && starts_badly(text, &r) => p.end = r.end,
            _ => joined.push(r),
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        repair(t, icu_raw(t, 0..t.len()))
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn icu_takes_the_next_words_consonant_and_we_give_it_back() {
        // The fault itself (if icu_segmenter fixes it, these first asserts tell us to drop this module).
        let raw = |t: &str| -> Vec<String> {
            icu_raw(t, 0..t.len())
                .into_iter()
                .map(|r| t[r].to_string())
                .collect()
        };
        assert_eq!(raw("ดีมาก"), ["ดีม", "า", "ก"]);
        assert_eq!(words("ดีมาก"), ["ดี", "มาก"]);
        assert_eq!(
            words("อาหารอร่อยดีมากครับ"),
            ["อาหาร", "อร่อย", "ดี", "มาก", "ครับ"]
        );
        assert_eq!(words("เวลาต่อมา"), ["เวลา", "ต่อ", "มา"]);
        assert_eq!(words("เพื่อจะเข้าเรียน"), ["เพื่อ", "จะ", "เข้า", "เรียน"]);
        assert_eq!(words("สวยมาก"), ["สวย", "มาก"]);
    }

    #[test]
    fn good_breaks_are_left_alone() {
        assert_eq!(words("เขามากับแม่"), ["เขา", "มา", "กับ", "แม่"]);
        assert_eq!(words("ร้อนมาก"), ["ร้อน", "มาก"]);
        assert_eq!(words("ดี ม"), ["ดี", "ม"]);
    }

    #[test]
    fn no_token_starts_with_a_dependent_vowel() {
        for t in ["โอบามา", "ฮอนด้าซีวิค", "ผลเสียมากกว่า", "า", "ะา", "กะโมะโนะ"]
        {
            let w = words(t);
            assert_eq!(w.concat(), t);
            for (k, x) in w.iter().enumerate() {
                assert!(k == 0 || !x.starts_with(cannot_start_word), "{t}: {w:?}");
            }
        }
    }
}
