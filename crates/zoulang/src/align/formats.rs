//! Output formats of an alignment: JSON Lines, TSV, TMX 1.4b, and Vecalign's `.align` format.

use super::AlignmentUnit;
use crate::segment::chars::is_gap;
use crate::segment::unwrap_lines;
use crate::text::script::is_unspaced;
use crate::{Error, LanguageTag, Result};

/// One JSON object per unit and line: `{"src":[..],"tgt":[..],"score":..}`. O(output size).
///
/// ```
/// use zoulang::align::{AlignmentUnit, to_jsonl};
/// let u = AlignmentUnit { src: vec![0], tgt: vec![0, 1], score: 0.75 };
/// assert_eq!(to_jsonl(&[u]), "{\"src\":[0],\"tgt\":[0,1],\"score\":0.75}\n");
/// ```
pub fn to_jsonl(units: &[AlignmentUnit]) -> String {
    let mut out = String::new();
    for u in units {
        let list = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        let score = if u.score.is_finite() {
            format!("{}", (u.score * 1e6).round() / 1e6)
        } else {
            "0".into()
        };
        out.push_str(&format!(
            "{{\"src\":[{}],\"tgt\":[{}],\"score\":{}}}\n",
            list(&u.src),
            list(&u.tgt),
            score
        ));
    }
    out
}

/// The sentences `ids` of `text` as one segment: line breaks inside a sentence are unwrapped as
/// [`unwrap_lines`] does (a space, or nothing next to Chinese or Japanese), tabs become spaces, blank
/// sentences are left out, and two sentences are joined by a space unless the join is next to an
/// unspaced-script character (`甲。乙。`, not `甲。 乙。`).
fn join_text<S: AsRef<str>>(ids: &[usize], text: &[S]) -> String {
    let mut out = String::new();
    for &i in ids {
        // White space and a byte-order mark (a Windows file's first line) at the edges are no part of it.
        let s = text[i].as_ref().trim_matches(is_gap);
        let Some(first) = s.chars().next() else {
            continue;
        };
        if let Some(last) = out.chars().next_back()
            && !(is_unspaced(last) || is_unspaced(first))
        {
            out.push(' ');
        }
        out.extend(
            unwrap_lines(s)
                .chars()
                .map(|c| if c == '\t' { ' ' } else { c }),
        );
    }
    out
}

/// Checks that every sentence index of `units` names a sentence of `src` and `tgt`.
fn check_indices(units: &[AlignmentUnit], src: usize, tgt: usize) -> Result<()> {
    for (k, u) in units.iter().enumerate() {
        for (side, ids, n) in [("source", &u.src, src), ("target", &u.tgt, tgt)] {
            if let Some(&i) = ids.iter().find(|&&i| i >= n) {
                return Err(Error::InvalidArgument(format!(
                    "alignment unit {k} names {side} sentence {i}, but there are only {n} {side} sentences \
                     (give the sentences that were aligned)"
                )));
            }
        }
    }
    Ok(())
}

/// `src_text<TAB>tgt_text` per unit (sentences of a side joined by a space, or by nothing between
/// Chinese or Japanese sentences; line breaks inside a sentence are unwrapped as
/// [`unwrap_lines`](crate::unwrap_lines) does and tabs become spaces; white space and a byte-order mark
/// at a sentence's edges are dropped; blank sentences are left out; an unaligned side is empty). One line
/// per unit, as INTERFACE.md fixes, so lines and units correspond: blank lines paired with each other give
/// a line with both sides empty, which a translation memory import should skip (TMX leaves such units
/// out). O(output size).
///
/// Errors: `InvalidArgument` when a unit names a sentence index beyond `src` or `tgt`.
///
/// ```
/// use zoulang::align::{AlignmentUnit, to_tsv};
/// let u = [AlignmentUnit { src: vec![0, 1], tgt: vec![0, 1], score: 1.0 },
///          AlignmentUnit { src: vec![2], tgt: vec![], score: 0.0 }];
/// assert_eq!(to_tsv(&u, &["甲。", "乙。", "丙。"], &["A.", "B."]).unwrap(), "甲。乙。\tA. B.\n丙。\t\n");
/// assert!(to_tsv(&u, &["甲。"], &["A.", "B."]).is_err());
/// ```
pub fn to_tsv<S: AsRef<str>>(units: &[AlignmentUnit], src: &[S], tgt: &[S]) -> Result<String> {
    check_indices(units, src.len(), tgt.len())?;
    Ok(units
        .iter()
        .map(|u| format!("{}\t{}\n", join_text(&u.src, src), join_text(&u.tgt, tgt)))
        .collect())
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A TMX 1.4b document with one `<tu>` per unit with text on both sides (translation memories hold
/// pairs, so unaligned sentences, and blank lines paired with each other, are not written; the JSONL
/// output keeps them). O(output size).
///
/// Errors: `InvalidArgument` when a unit names a sentence index beyond `src` or `tgt`.
///
/// ```
/// use zoulang::{LanguageTag, align::{AlignmentUnit, to_tmx}};
/// let u = [AlignmentUnit { src: vec![0], tgt: vec![0], score: 0.9 }];
/// let tmx = to_tmx(&u, &["东盟 & 中国"], &["ASEAN & China"], LanguageTag::ZH_HANS, LanguageTag::EN)?;
/// assert!(tmx.contains("<tuv xml:lang=\"zh-Hans\"><seg>东盟 &amp; 中国</seg></tuv>"));
/// assert!(tmx.starts_with("<?xml"));
/// # Ok::<(), zoulang::Error>(())
/// ```
pub fn to_tmx<S: AsRef<str>>(
    units: &[AlignmentUnit],
    src: &[S],
    tgt: &[S],
    src_lang: LanguageTag,
    tgt_lang: LanguageTag,
) -> Result<String> {
    check_indices(units, src.len(), tgt.len())?;
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    out.push_str(&format!(
        "  <header creationtool=\"zoulang\" creationtoolversion=\"{}\" segtype=\"sentence\" o-tmf=\"zoulang\" adminlang=\"en\" srclang=\"{}\" datatype=\"plaintext\"/>\n  <body>\n",
        env!("CARGO_PKG_VERSION"),
        src_lang.as_str()
    ));
    for u in units {
        let (s, t) = (join_text(&u.src, src), join_text(&u.tgt, tgt));
        if s.is_empty() || t.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "    <tu>\n      <prop type=\"x-score\">{:.4}</prop>\n      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n    </tu>\n",
            u.score,
            src_lang.as_str(),
            xml_escape(&s),
            tgt_lang.as_str(),
            xml_escape(&t),
        ));
    }
    out.push_str("  </body>\n</tmx>\n");
    Ok(out)
}

/// Vecalign's `.align` format: `[0, 1]:[0]` per unit. O(output size).
///
/// ```
/// use zoulang::align::{AlignmentUnit, write_align_format};
/// let u = [AlignmentUnit { src: vec![0, 1], tgt: vec![], score: 0.0 }];
/// assert_eq!(write_align_format(&u), "[0, 1]:[]\n");
/// ```
pub fn write_align_format(units: &[AlignmentUnit]) -> String {
    let list = |v: &[usize]| {
        v.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    units
        .iter()
        .map(|u| format!("[{}]:[{}]\n", list(&u.src), list(&u.tgt)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_sentences_join_as_their_script_writes_them() {
        let join = |v: &[&str]| join_text(&(0..v.len()).collect::<Vec<_>>(), v);
        assert_eq!(
            join(&["那天晚上我没走掉。", "陈清扬把我拽住。"]),
            "那天晚上我没走掉。陈清扬把我拽住。"
        );
        assert_eq!(
            join(&["会議が終わった。", "「はい」"]),
            "会議が終わった。「はい」"
        );
        assert_eq!(join(&["It rained.", "We stayed."]), "It rained. We stayed.");
        assert_eq!(join(&["ฝนตก", "เราอยู่บ้าน"]), "ฝนตก เราอยู่บ้าน");
        assert_eq!(
            join(&["비가 왔다.", "집에 있었다."]),
            "비가 왔다. 집에 있었다."
        );
        // A blank sentence adds nothing (no leading or doubled space); tabs and breaks inside become spaces.
        assert_eq!(join(&["", "谢谢。"]), "谢谢。");
        assert_eq!(join(&["A.", " ", "B\tC\nD."]), "A. B C D.");
        assert_eq!(join(&["\u{FEFF}你好。", "谢谢。"]), "你好。谢谢。");
        assert_eq!(join(&[" \u{FEFF}甲。", "\u{FEFF} 乙。"]), "甲。乙。");
        // A hard-wrapped Chinese sentence is unwrapped without a space (review finding).
        assert_eq!(join(&["中国与东\n盟的合作。"]), "中国与东盟的合作。");
        let u = [AlignmentUnit {
            src: vec![0, 1, 2],
            tgt: vec![0],
            score: 0.5,
        }];
        let tmx = to_tmx(
            &u,
            &["你好。", "", "谢谢。"],
            &["Hello. Thanks."],
            LanguageTag::ZH_HANS,
            LanguageTag::EN,
        )
        .unwrap();
        assert!(tmx.contains("<seg>你好。谢谢。</seg>"), "{tmx}");
    }

    #[test]
    fn blank_pairs_are_not_tmx_units_and_bad_indices_are_errors() {
        // Review finding: blank lines aligned with each other became empty TMX units (TSV keeps one line
        // per unit, as INTERFACE.md fixes).
        let u = [
            AlignmentUnit {
                src: vec![0],
                tgt: vec![0],
                score: 0.9,
            },
            AlignmentUnit {
                src: vec![1],
                tgt: vec![1],
                score: 0.37,
            },
            AlignmentUnit {
                src: vec![2],
                tgt: vec![2],
                score: 0.9,
            },
        ];
        let (zh, en) = (["你好。", "", "谢谢。"], ["Hello.", " ", "Thanks."]);
        assert_eq!(
            to_tsv(&u, &zh, &en).unwrap(),
            "你好。\tHello.\n\t\n谢谢。\tThanks.\n"
        );
        let tmx = to_tmx(&u, &zh, &en, LanguageTag::ZH_HANS, LanguageTag::EN).unwrap();
        assert_eq!(tmx.matches("<tu>").count(), 2);
        assert!(!tmx.contains("<seg></seg>"));
        // Review finding: an index beyond the sentences gave an empty segment.
        let bad = [AlignmentUnit {
            src: vec![5],
            tgt: vec![0],
            score: 0.5,
        }];
        let e = to_tmx(&bad, &["a"], &["b"], LanguageTag::ZH_HANS, LanguageTag::EN).unwrap_err();
        assert!(
            e.to_string()
                .contains("unit 0 names source sentence 5, but there are only 1"),
            "{e}"
        );
        assert!(to_tsv(&bad, &["a"], &["b"]).is_err());
    }
}
