//! Invariants of sentence splitting and word segmentation: every language, every option.

use std::ops::Range;

use zoulang::{SentenceSplitter, SplitOptions, WordSegmenter};

use super::{Input, assert_span};

/// Every language the splitters take: `auto`, the targets, and others (which fall back to generic rules).
pub const LANGS: [&str; 18] = [
    "auto", "en", "zh-Hans", "zh-Hant", "zh", "yue", "vi", "th", "lo", "km", "my", "ms", "id",
    "fil", "ja", "ko", "und", "fr",
];

/// Spans are in order, non-empty, trimmed, on boundaries, and only white space (or U+FEFF, the byte-order
/// mark, which splitting counts as a gap) lies between and around them: with it they give back the input,
/// no character lost or duplicated.
pub fn check_pieces(text: &str, spans: &[Range<usize>], what: &str) {
    let gap = |t: &str| {
        t.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
            .is_empty()
    };
    let mut pos = 0;
    for r in spans {
        assert_span(text, r, what);
        assert!(
            r.start >= pos && r.start < r.end,
            "{what}: {r:?} empty, overlapping or out of order"
        );
        assert!(
            gap(&text[pos..r.start]),
            "{what}: lost {:?}",
            &text[pos..r.start]
        );
        let s = &text[r.clone()];
        // Trimmed, except that a space carrying a combining mark (" \u{301}") is one grapheme, kept whole.
        let carried = |t: &str| {
            t.chars()
                .next()
                .is_some_and(unicode_normalization::char::is_combining_mark)
        };
        let (head, tail) = (s.trim_start(), s.trim_end());
        assert!(head == s || carried(head), "{what}: untrimmed start {s:?}");
        assert_eq!(tail, s, "{what}: untrimmed end {s:?}");
        pos = r.end;
    }
    assert!(
        gap(&text[pos..]),
        "{what}: lost the tail {:?}",
        &text[pos..]
    );
}

/// Fuzz target `segment`: byte 0 the language, byte 1 the options (hard wrap, semicolons, a user word), the
/// rest the text.
pub fn segment(data: &[u8]) {
    let mut inp = Input::new(data);
    let lang = LANGS[inp.byte() as usize % LANGS.len()];
    let o = inp.byte();
    let text = inp.text();
    let opts = SplitOptions {
        hard_wrap: o & 1 != 0,
        semicolons: o & 2 != 0,
    };
    let splitter = SentenceSplitter::new(lang, opts).expect("a known language");
    let spans = splitter.spans(&text);
    check_pieces(&text, &spans, "sentences");
    let sentences = splitter.split(&text);
    assert_eq!(sentences.len(), spans.len());
    for (s, r) in sentences.iter().zip(&spans) {
        assert_eq!((s.start, s.end), (r.start, r.end));
        assert_eq!(&*s.text, &text[r.clone()]);
    }
    if o & 3 == 0 {
        let free = zoulang::split_sentences(&text, lang).expect("a known language");
        assert_eq!(
            free, sentences,
            "split_sentences differs from SentenceSplitter::split"
        );
    }

    let mut seg = WordSegmenter::new(lang).expect("a known language");
    let words = seg.spans(&text);
    check_pieces(&text, &words, "words");
    let tokens = zoulang::segment_words(&text, lang).expect("a known language");
    assert_eq!(tokens.len(), words.len());
    for (t, r) in tokens.iter().zip(&words) {
        assert_eq!((t.start, t.end), (r.start, r.end));
        assert_eq!(t.text, &text[r.clone()]);
    }
    // A user word taken from the text (its middle third) must not break the invariants.
    if o & 4 != 0 {
        let b: Vec<usize> = super::boundaries(&text);
        let word = &text[b[b.len() / 3]..b[2 * b.len() / 3]];
        if !word.trim().is_empty() {
            seg.add_words([word]).expect("a non-blank user word");
            check_pieces(&text, &seg.spans(&text), "words with a user word");
        } else {
            assert!(
                seg.add_words([word]).is_err(),
                "a blank user word must be refused"
            );
        }
    }
}
