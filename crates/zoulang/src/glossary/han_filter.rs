//! Where the Chinese fold can change text, so that [`super::fold`] runs it only there.
//!
//! The fold ([`crate::fold_to_simplified`]) is a chain of dictionary scans (forward maximum matching). Each
//! scan replaces only dictionary keys it finds in its input, and a key whose value equals the key leaves the
//! text and the offset map as they were. So the fold changes nothing in a text where no *changing* key (value ≠
//! key) of any of its dictionaries occurs. One refinement: a character the next-to-last conversion stage maps
//! to a variant that the last stage maps straight back (台 → 臺 → 台), the variant being in none of the last
//! stage's phrases, is not a change (the fold leaves the same text; its map marks the character replaced by
//! itself, which maps every span on character boundaries as a copy does). Every changing key either holds a character that is itself a
//! changing single-character key ([`CHANGES`]), or is a phrase of characters that are not; the latter are few
//! (a few hundred: 人工智慧, 程式, …) and are checked where their first character occurs ([`PHRASE`]).
//!
//! A scan never matches across a character that is in no key of any dictionary ([`IN_KEY`] unset: a
//! *barrier*), and it restarts after it exactly as at the start of a text, so the fold of a text is the fold of
//! its pieces between barriers put together. The one exception is an ideographic description operator
//! (U+2FF0..U+2FFF), which makes a scan pass over the whole sequence it starts ([`IDS`]): text holding one is
//! folded whole. The property tests in `fold.rs` check all this against folding whole texts.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::convert::FoldStage;

/// The character occurs in some key of some fold dictionary.
pub(crate) const IN_KEY: u8 = 1;
/// The character is a single-character key whose value differs from it.
pub(crate) const CHANGES: u8 = 2;
/// Some changing phrase without a [`CHANGES`] character starts with this character.
pub(crate) const PHRASE: u8 = 4;
/// An ideographic description operator.
pub(crate) const IDS: u8 = 8;

/// The flags of every character, and the changing phrases by first character.
pub(crate) struct HanFilter {
    bmp: Vec<u8>,
    astral: HashMap<u32, u8>,
    /// The changing phrases of [`PHRASE`] characters, by first character (sorted by it).
    phrases: Vec<(char, Vec<String>)>,
    /// A filter of their first two characters ([`pair_bit`]): most occurrences of a [`PHRASE`] character
    /// (人, 新, 平, …) start no changing phrase and are passed over here.
    pairs: Vec<u64>,
}

/// Bits of the pair filter.
const PAIR_BITS: u32 = 16;

/// The pair filter's bit for a phrase starting with `a` then `b`.
fn pair_bit(a: char, b: char) -> usize {
    let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA77);
    (h >> (32 - PAIR_BITS)) as usize
}

impl HanFilter {
    fn build() -> HanFilter {
        let mut f = HanFilter {
            bmp: vec![0; 0x10000],
            astral: HashMap::new(),
            phrases: Vec::new(),
            pairs: vec![0; 1 << (PAIR_BITS - 6)],
        };
        let mut changing: Vec<String> = Vec::new();
        // Single characters a next-to-last chain stage changes (c → d), and what the last stage does with
        // single characters and which characters its phrases hold: a round trip c → d → c with d in no
        // phrase of the last stage changes nothing (台 → 臺 → 台: the Hong Kong variants, then Traditional
        // to Simplified).
        let mut first_stage: Vec<(char, char)> = Vec::new();
        let mut last_chars: HashMap<char, char> = HashMap::new();
        let mut in_last_phrase: std::collections::HashSet<char> = Default::default();
        crate::convert::for_each_fold_entry(|stage, key, value| {
            for c in key.chars() {
                f.set(c, IN_KEY);
            }
            let single = |s: &str| {
                let mut it = s.chars();
                it.next().filter(|_| it.next().is_none())
            };
            match (stage, single(key), single(value)) {
                (FoldStage::Chain(i, n), Some(c), Some(d)) if i + 2 == n && c != d => {
                    first_stage.push((c, d));
                    return;
                }
                (FoldStage::Chain(i, n), Some(c), Some(d)) if i + 1 == n => {
                    last_chars.insert(c, d);
                }
                (FoldStage::Chain(i, n), None, _) if i + 1 == n => {
                    in_last_phrase.extend(key.chars());
                }
                _ => {}
            }
            if key != value {
                match single(key) {
                    Some(c) => f.set(c, CHANGES),
                    None => changing.push(key.to_string()),
                }
            }
        });
        for (c, d) in first_stage {
            let back = last_chars.get(&d).copied().unwrap_or(d);
            if back != c || in_last_phrase.contains(&d) {
                f.set(c, CHANGES);
            }
        }
        for c in '\u{2FF0}'..='\u{2FFF}' {
            f.set(c, IDS);
        }
        let mut phrases: HashMap<char, Vec<String>> = HashMap::new();
        for key in changing {
            if key.chars().any(|c| f.flags(c) & CHANGES != 0) {
                continue;
            }
            let mut it = key.chars();
            let (Some(first), Some(second)) = (it.next(), it.next()) else {
                continue;
            };
            f.set(first, PHRASE);
            let bit = pair_bit(first, second);
            f.pairs[bit >> 6] |= 1 << (bit & 63);
            phrases.entry(first).or_default().push(key);
        }
        f.phrases = phrases.into_iter().collect();
        f.phrases.sort_unstable_by_key(|(c, _)| *c);
        for (_, list) in &mut f.phrases {
            list.sort_unstable();
            list.dedup();
        }
        f
    }

    fn set(&mut self, c: char, flag: u8) {
        match self.bmp.get_mut(c as usize) {
            Some(x) => *x |= flag,
            None => *self.astral.entry(c as u32).or_default() |= flag,
        }
    }

    /// The flags of `c`. O(1).
    #[inline]
    pub(crate) fn flags(&self, c: char) -> u8 {
        match self.bmp.get(c as usize) {
            Some(&x) => x,
            None => self.astral.get(&(c as u32)).copied().unwrap_or(0),
        }
    }

    /// Whether no ASCII character but the capital letters is a change, starts a changing phrase or is an
    /// IDS operator (then folded ASCII text, lower case, never needs the fold; a few phrases do start with
    /// a capital: A, B, C, D, E, P). O(1).
    pub(crate) fn folded_ascii_quiet(&self) -> bool {
        self.bmp[..0x80]
            .iter()
            .enumerate()
            .all(|(c, &x)| x & (CHANGES | PHRASE | IDS) == 0 || (c as u8).is_ascii_uppercase())
    }

    /// Whether a changing phrase may start with `a` then `b` (the pair filter: no false negatives).
    #[inline]
    pub(crate) fn may_start_phrase(&self, a: char, b: char) -> bool {
        let bit = pair_bit(a, b);
        self.pairs[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// Whether a changing phrase starting with `c` starts `text` (which starts with `c`).
    /// O(log phrases + phrases starting with `c` × their length).
    pub(crate) fn phrase_at(&self, c: char, text: &str) -> bool {
        let Some(second) = text[c.len_utf8()..].chars().next() else {
            return false;
        };
        if !self.may_start_phrase(c, second) {
            return false;
        }
        self.phrases
            .binary_search_by_key(&c, |(first, _)| *first)
            .is_ok_and(|k| {
                self.phrases[k]
                    .1
                    .iter()
                    .any(|p| text.starts_with(p.as_str()))
            })
    }
}

/// The filter, built from the fold's dictionaries on first use (a few milliseconds).
pub(crate) fn han_filter() -> &'static HanFilter {
    static F: OnceLock<HanFilter> = OnceLock::new();
    F.get_or_init(HanFilter::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_changing_key_holds_han_so_han_free_text_never_folds() {
        // The fold is applied only to text with Han in it; the filter may skip the rest only if no changing
        // key is free of Han.
        let is_han = |c: char| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF);
        let mut bad = Vec::new();
        crate::convert::for_each_fold_entry(|_, k, v| {
            if k != v && !k.chars().any(is_han) {
                bad.push(k.to_string());
            }
        });
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn flags_of_known_characters() {
        let f = han_filter();
        assert_ne!(f.flags('國') & CHANGES, 0);
        assert_ne!(f.flags('撾') & CHANGES, 0);
        assert_eq!(f.flags('中') & CHANGES, 0);
        // 台 → 臺 (Hong Kong variants) → 台 (Traditional to Simplified): no change.
        assert_eq!(f.flags('台') & CHANGES, 0);
        assert_ne!(f.flags('臺') & CHANGES, 0);
        assert_eq!(f.flags(',') & IN_KEY, 0, "ASCII comma is a barrier");
        assert_eq!(f.flags('\n') & IN_KEY, 0);
        // 人工智慧 → 人工智能 changes though none of its characters does alone.
        assert_ne!(f.flags('人') & PHRASE, 0);
        assert!(f.phrase_at('人', "人工智慧型"));
        assert!(!f.phrase_at('人', "人工智能"));
        assert_ne!(f.flags('⿰') & IDS, 0);
    }
}
