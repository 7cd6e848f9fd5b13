//! Language runs in mixed text: a Chinese sentence with English names, English text quoting Thai.
//!
//! The text is cut into script runs (`script_profile`; spaces, digits and punctuation join the run
//! before them), CJK runs (Han, kana, Hangul) are joined into blocks, and each block gets a language.
//! All blocks of one script family share the evidence of the whole text: Chinese blocks take the script
//! (Simplified/Traditional) of all the Chinese in the text, Latin blocks the language of all the Latin words
//! unless a sentence, or a quoted or bracketed passage, of three or more words is confidently another
//! language. A Latin block too short to identify (a name) is English when English is allowed, the usual
//! language of names in Asian text.
//! Adjacent blocks of one language are merged; the spans cover the text.

use serde::Serialize;

use super::detector::{Detection, Detector, is_malay};
use super::quotes;
use super::words::count as words_in;
use crate::tag::LanguageTag;
use crate::text::script::script_profile;

/// A run of one language in a text: `[start, end)` byte offsets and the language.
///
/// ```
/// let spans = zoulang::detect_spans("华为Huawei发布了新的人工智能平台");
/// assert_eq!(spans.len(), 3);
/// assert_eq!((spans[1].start, spans[1].end, spans[1].lang.as_str()), (6, 12, "en"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LanguageSpan {
    /// Start offset (bytes).
    pub start: usize,
    /// End offset (bytes, exclusive).
    pub end: usize,
    /// The language of the run (`und` for a run without letters).
    pub lang: LanguageTag,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Cjk,
    Latin,
    Other(&'static str),
}

fn family(script: &'static str) -> Family {
    match script {
        "Han" | "Hiragana" | "Katakana" | "Hangul" => Family::Cjk,
        "Latin" => Family::Latin,
        s => Family::Other(s),
    }
}

/// Splits `text[start..end]` after sentence-final punctuation (`.`, `!`, `?`, `…`, `;`) followed by white
/// space; the white space stays with the sentence before it. Linear.
fn sentences(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    let mut after_stop = false;
    for (i, c) in text[start..end].char_indices() {
        let i = start + i;
        if after_stop && !c.is_whitespace() && i > from {
            out.push((from, i));
            from = i;
        }
        if matches!(c, '.' | '!' | '?' | '…' | ';') {
            // Only a stop followed by white space ends a sentence (not 3.5 or e.g.).
            let next = text[i + c.len_utf8()..end].chars().next();
            after_stop = next.is_some_and(char::is_whitespace);
        } else if !c.is_whitespace() {
            after_stop = false;
        }
    }
    out.push((from, end));
    out
}

impl Detector {
    /// Splits `text` into runs of one language (see the module docs of `detect::spans`).
    ///
    /// Worst case O(n) in the text length: each block (and each sentence of a Latin block) is identified
    /// once, plus one identification per script family over at most [`super::MAX_ANALYSED`] bytes.
    ///
    /// ```
    /// let d = zoulang::Detector::new();
    /// let t = "The sign said ยินดีต้อนรับ and we went in.";
    /// let langs: Vec<_> = d.detect_spans(t).iter().map(|s| s.lang.as_str()).collect();
    /// assert_eq!(langs, ["en", "th", "en"]);
    /// ```
    pub fn detect_spans(&self, text: &str) -> Vec<LanguageSpan> {
        if text.is_empty() {
            return Vec::new();
        }
        let profile = script_profile(text);
        // Blocks: (start, end, family), CJK runs joined.
        let mut blocks: Vec<(usize, usize, Family)> = Vec::new();
        for r in &profile.runs {
            let f = if r.script == "Common" {
                None
            } else {
                Some(family(r.script))
            };
            match (blocks.last_mut(), f) {
                (Some(b), Some(f)) if b.2 == f => b.1 = r.end,
                (_, Some(f)) => blocks.push((r.start, r.end, f)),
                (_, None) => {
                    return vec![LanguageSpan {
                        start: 0,
                        end: text.len(),
                        lang: LanguageTag::UND,
                    }];
                }
            }
        }
        let joined = |f: Family| -> String {
            let mut s = String::new();
            for b in blocks.iter().filter(|b| b.2 == f) {
                if s.len() >= super::MAX_ANALYSED {
                    break;
                }
                s.push_str(&text[b.0..b.1]);
                s.push(' ');
            }
            s
        };
        let mut doc_cjk: Option<Detection> = None;
        let mut doc_latin: Option<Detection> = None;
        let mut spans: Vec<LanguageSpan> = Vec::with_capacity(blocks.len());
        let mut push = |start: usize, end: usize, lang: LanguageTag| match spans.last_mut() {
            Some(s) if s.lang == lang => s.end = end,
            _ => spans.push(LanguageSpan { start, end, lang }),
        };
        for &(start, end, f) in &blocks {
            let block = &text[start..end];
            match f {
                Family::Cjk => {
                    let doc = doc_cjk.get_or_insert_with(|| self.detect(&joined(Family::Cjk)));
                    let own = self.detect(block);
                    let lang = if own.lang == LanguageTag::ZH
                        || own.is_und()
                        || own.lang.is_chinese() && doc.lang.is_chinese()
                    {
                        if doc.is_und() { own.lang } else { doc.lang }
                    } else {
                        own.lang
                    };
                    push(start, end, lang);
                }
                Family::Latin if profile.dominant() != Some("Latin") && words_in(block) < 3 => {
                    // A name or a term inside text of another script.
                    let own = self.detect(block);
                    let lang = if own.confidence >= 0.9 || !self.detect_allows_en() {
                        own.lang
                    } else {
                        LanguageTag::EN
                    };
                    push(start, end, lang);
                }
                Family::Latin => {
                    let doc = doc_latin.get_or_insert_with(|| self.detect(&joined(Family::Latin)));
                    // Sentence by sentence: a sentence of three or more words that is confidently another
                    // language gets its own span (English text quoting a Malay sentence).
                    for (s, e) in sentences(text, start, end) {
                        let piece = &text[s..e];
                        let own = self.detect(piece);
                        let lang = if own.lang != doc.lang
                            && own.confidence >= 0.9
                            && words_in(piece) >= 3
                        {
                            own.lang
                        } else if doc.confidence < 0.5 && self.detect_allows_en() {
                            LanguageTag::EN
                        } else {
                            doc.lang
                        };
                        // A quoted or bracketed passage of three or more words that is surely another
                        // language gets its own span (an English sentence quoting Malay).
                        let mut at = s;
                        for (ps, pe) in quotes::passages(piece) {
                            let (ps, pe) = (s + ps, s + pe);
                            let passage = &text[ps..pe];
                            let p = self.detect(passage);
                            // Malay and Indonesian are one language here, as for detection.
                            let same_pair = is_malay(p.lang) && is_malay(lang);
                            if p.lang != lang
                                && !same_pair
                                && !p.is_und()
                                && p.group_confidence() >= 0.9
                                && words_in(passage) >= 3
                            {
                                push(at, ps, lang);
                                push(ps, pe, p.lang);
                                at = pe;
                            }
                        }
                        if at < e {
                            push(at, e, lang);
                        }
                    }
                }
                Family::Other(_) => push(start, end, self.detect(block).lang),
            }
        }
        spans
    }

    fn detect_allows_en(&self) -> bool {
        self.allowed().is_none_or(|l| l.contains(&LanguageTag::EN))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn latin_sentences_of_other_languages_get_their_own_span() {
        let t = "The minister opened the meeting in Kuala Lumpur. Kerajaan akan membincangkan perkara ini kerana ia penting. Then everyone went home.";
        let langs: Vec<_> = detect_spans_langs(t);
        assert_eq!(langs, ["en", "ms", "en"]);
        // Inside a sentence: a quoted passage (review finding: the whole line was one Malay span).
        let t =
            r#"The minister said "Kerjasama ini akan memperkukuh hubungan dua hala" at the forum."#;
        let spans = Detector::new().detect_spans(t);
        let got: Vec<_> = spans
            .iter()
            .map(|s| (&t[s.start..s.end], s.lang.as_str()))
            .collect();
        assert_eq!(got[0], ("The minister said \"", "en"));
        assert_eq!(got[1].0, "Kerjasama ini akan memperkukuh hubungan dua hala");
        assert!(matches!(got[1].1, "ms" | "id"));
        assert_eq!(got[2], ("\" at the forum.", "en"));
        // Second review: Indonesian quoting Malay-looking words is one language for spans, as for detect.
        let t = r#"Pemerintah Indonesia mengatakan bahwa "rakyat perlu bersabar dengan keadaan" karena ekonomi lemah."#;
        assert_eq!(detect_spans_langs(t).len(), 1);
        // A Malay name in brackets inside Malay text is no passage of another language.
        assert_eq!(
            detect_spans_langs(
                "Kementerian (Kementerian Luar Negeri) akan membincangkan perkara ini."
            ),
            ["ms"]
        );
        assert_eq!(sentences("a. b", 0, 4), [(0, 3), (3, 4)]);
        assert_eq!(sentences("3.5 e.g. x", 0, 10), [(0, 9), (9, 10)]);
    }

    fn detect_spans_langs(t: &str) -> Vec<&'static str> {
        Detector::new()
            .detect_spans(t)
            .iter()
            .map(|s| s.lang.as_str())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Spans cover the text without gaps, on character boundaries, and neighbours differ; detection
        /// answers with a probability, whatever the input.
        #[test]
        fn spans_tile_any_text(text in "(\\PC|[ 中國们ไทยລາວ한국ひらがなViệt\\n]){0,40}") {
            let d = Detector::new();
            let det = d.detect(&text);
            prop_assert!((0.0..=1.0).contains(&det.confidence));
            let spans = d.detect_spans(&text);
            if text.is_empty() {
                prop_assert!(spans.is_empty());
            } else {
                prop_assert_eq!(spans[0].start, 0);
                prop_assert_eq!(spans.last().unwrap().end, text.len());
                for w in spans.windows(2) {
                    prop_assert_eq!(w[0].end, w[1].start);
                    prop_assert_ne!(w[0].lang, w[1].lang);
                }
                for s in &spans {
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    prop_assert!(s.start < s.end);
                }
            }
        }
    }
}
