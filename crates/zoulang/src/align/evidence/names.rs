//! Names through romanisation: a Chinese name such as 陈清扬 meets "Chen Qingyang" on the English side.
//!
//! Each Han character gives a token whose keys are its pinyin syllables (from the lexicon's single-character
//! entries) alone and joined with the following character's (`qing` + `yang` = `qingyang`); the English
//! side gives each capitalised word a name key of its lower-case letters (see `lexical::word_keys`).

use super::words::is_han;
use super::{KeyKind, TokenSink, key};
use crate::align::lexicon::Lexicon;

/// Adds the pinyin name tokens of `sentence`. O(sentence length × readings²).
pub(crate) fn pinyin_tokens(lex: &Lexicon, sentence: &str, sink: &mut TokenSink) {
    let mut buf = [0u8; 4];
    let mut prev: Vec<&str> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut pending: Vec<u64> = Vec::new();
    let mut joined = String::new();
    for c in sentence.chars().chain(std::iter::once(' ')) {
        cur.clear();
        if is_han(c)
            && let Some(e) = lex.entry_of(c.encode_utf8(&mut buf))
        {
            cur.extend(lex.syllables(e));
        }
        for p in &prev {
            for q in &cur {
                joined.clear();
                joined.push_str(p);
                joined.push_str(q);
                pending.push(key(KeyKind::Name, &joined));
            }
        }
        if !pending.is_empty() {
            sink.push(&pending);
        }
        pending.clear();
        pending.extend(cur.iter().map(|s| key(KeyKind::Name, s)));
        std::mem::swap(&mut prev, &mut cur);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LanguageTag;

    #[test]
    fn two_character_names_give_joined_syllables() {
        let lex = Lexicon::from_tsv(
            "清\tclear\tqing\n扬\traise\tyang\n",
            LanguageTag::ZH_HANS,
            LanguageTag::EN,
        )
        .unwrap();
        let mut sink = TokenSink::default();
        pinyin_tokens(&lex, "清扬", &mut sink);
        let all: Vec<u64> = sink.tokens().flatten().copied().collect();
        for k in ["qing", "yang", "qingyang"] {
            assert!(all.contains(&key(KeyKind::Name, k)), "{k}");
        }
    }
}
