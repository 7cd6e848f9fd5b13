//! Punctuation that survives translation: questions, exclamations, quotations, list markers, ellipses.

use super::{Evidence, KeyKind, Side, TokenSink, key};

/// Punctuation evidence (both sides): one token per class present in the sentence.
#[derive(Debug, Clone, Copy, Default)]
pub struct PunctuationEvidence;

/// The punctuation classes of `sentence`, in a fixed order.
fn classes(sentence: &str) -> impl Iterator<Item = &'static str> {
    let mut q = false;
    let mut e = false;
    let mut quote = false;
    let mut ellipsis = false;
    for c in sentence.chars() {
        match c {
            '?' | '？' => q = true,
            '!' | '！' => e = true,
            '"' | '“' | '”' | '「' | '」' | '『' | '』' | '«' | '»' | '„' => {
                quote = true
            }
            '…' => ellipsis = true,
            _ => {}
        }
    }
    ellipsis |= sentence.contains("...");
    let t = sentence.trim_start();
    // Quotations opened at the start / closed at the end of the sentence (single quotes count there, where
    // they cannot be apostrophes), which mark where a quoted speech spans several sentences.
    let open_q = |c: char| matches!(c, '"' | '“' | '「' | '『' | '«' | '„' | '\'' | '‘');
    let close_q = |c: char| matches!(c, '"' | '”' | '」' | '』' | '»' | '\'' | '’');
    let qopen = t.chars().next().is_some_and(open_q);
    let qclose = sentence.trim_end().chars().next_back().is_some_and(close_q);
    quote |= qopen || qclose;
    let mut it = t.chars();
    let first = it.next();
    let second = it.next();
    let list = match (first, second) {
        (Some('•' | '·' | '●' | '▪' | '-' | '–' | '—' | '*'), Some(' ')) => true,
        (Some('(' | '（'), Some(c)) => {
            c.is_alphanumeric() && t.chars().nth(2).is_some_and(|c| matches!(c, ')' | '）'))
        }
        (Some(c), Some('.' | '、' | ')' | '）')) => {
            c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
        }
        (Some('①'..='⑳'), _) => true,
        _ => false,
    };
    [
        ("?", q),
        ("!", e),
        ("quote", quote),
        ("quote-open", qopen),
        ("quote-close", qclose),
        ("ellipsis", ellipsis),
        ("list", list),
    ]
    .into_iter()
    .filter_map(|(name, on)| on.then_some(name))
}

impl Evidence for PunctuationEvidence {
    fn name(&self) -> &str {
        "punctuation"
    }

    fn tokens(&self, sentence: &str, _side: Side, sink: &mut TokenSink) {
        for class in classes(sentence) {
            sink.push(&[key(KeyKind::Punct, class)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_meet_across_scripts() {
        let c = |s| classes(s).collect::<Vec<_>>();
        assert_eq!(c("你信我干吗？"), c("why did she believe me?"));
        assert_eq!(c("“走吧！”"), c("\"Go!\""));
        assert_eq!(c("一、总则"), c("1. General"));
        assert_eq!(c("（一）范围"), c("(a) Scope"));
        assert!(c("平常的一句话。").is_empty());
        assert_eq!(
            c("那男孩说道：“服了么？”"),
            c("'Had enough?'")
                .into_iter()
                .filter(|&x| x != "quote-open")
                .collect::<Vec<_>>()
        );
        assert_eq!(c("'Well?"), ["?", "quote", "quote-open"]);
        assert!(c("Trinket's arm").is_empty());
    }
}
