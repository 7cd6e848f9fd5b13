//! Bilingual OmegaT glossaries: `source<TAB>target[<TAB>comment]` per line, `#` comment lines.
//!
//! As in OmegaT's own reader (`GlossaryReaderTSV`), a line is a comment only when its first character is
//! `#`, and cells are trimmed: a source term starting with `#` is written after a space, so OmegaT and
//! zoulang both read it back.
//!
//! The format holds one language pair and no ids: each line becomes a concept `omegat-LINE` with the source
//! and target as preferred terms (of the pair's regions, when given) and the comment as a note. Writing
//! emits one line per concept that has a term in both languages (the preferred terms for each side's
//! language and region, see [`Concept::preferred_in`]: `zh-TW` writes 東協; notes joined with `; `); a
//! concept lacking either side cannot be written and is reported as an error rather than dropped.

use crate::error::{Error, Result};
use crate::glossary::LanguagePair;
use crate::glossary::io::table::{push_tab_row, tab_rows};
use crate::glossary::model::{Concept, Glossary, Term};

/// Parses OmegaT text with the given language pair. O(|text|).
pub(crate) fn read(text: &str, source: &str, pair: LanguagePair) -> Result<Glossary> {
    let term = |lang, region: Option<crate::glossary::Region>, text: &str| {
        let t = Term::new(lang, text);
        match region {
            Some(r) => t.region(r.as_str()),
            None => t,
        }
    };
    let mut concepts = Vec::new();
    let mut lines = Vec::new();
    for (line, cells) in tab_rows(text) {
        if !(2..=3).contains(&cells.len()) {
            return Err(Error::parse(
                source,
                line,
                format!(
                    "expected 2 or 3 tab-separated columns (source, target, comment), found {}",
                    cells.len()
                ),
            ));
        }
        let (s, t) = (cells[0].trim(), cells[1].trim());
        if s.is_empty() || t.is_empty() {
            return Err(Error::parse(source, line, "empty source or target term"));
        }
        let mut c = Concept::new(format!("omegat-{line}"), "")
            .term(term(pair.source, pair.source_region, s))
            .term(term(pair.target, pair.target_region, t));
        if let Some(note) = cells.get(2).map(|n| n.trim()).filter(|n| !n.is_empty()) {
            c.notes.push(note.to_string());
        }
        concepts.push(c);
        lines.push(line);
    }
    Glossary::with_source(concepts, source, &lines)
}

/// The source and target terms of `c` for `pair` (each side's language and region), if it has both.
pub(crate) fn pair_terms(c: &Concept, pair: LanguagePair) -> Option<(&str, &str)> {
    let sr = pair.source_region.as_ref().map(|r| r.as_str());
    let tr = pair.target_region.as_ref().map(|r| r.as_str());
    Some((
        c.preferred_in(pair.source, sr)?,
        c.preferred_in(pair.target, tr)?,
    ))
}

/// Writes the source→target pairs of `g`. O(total size).
pub(crate) fn write(g: &Glossary, pair: LanguagePair) -> Result<String> {
    let mut out = String::new();
    for c in g.concepts() {
        let Some((s, t)) = pair_terms(c, pair) else {
            let (src, tgt) = (pair.source_code(), pair.target_code());
            return Err(Error::InvalidArgument(format!(
                "concept `{}` has no {src} or no {tgt} term; an OmegaT glossary holds only {src}→{tgt} pairs",
                c.id
            )));
        };
        let note = c.notes.join("; ");
        for f in [s, t, note.as_str()] {
            if f.contains(['\t', '\n', '\r']) {
                return Err(Error::InvalidArgument(format!(
                    "concept `{}`: `{f}` contains a tab or line break, which OmegaT cannot hold",
                    c.id
                )));
            }
        }
        let mut row = format!("{s}\t{t}");
        if !note.is_empty() {
            row.push('\t');
            row.push_str(&note);
        }
        push_tab_row(&mut out, &row);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Concept, Format};
    use crate::tag::LanguageTag;

    /// Review 5, defect 13: the OmegaT writer ignored the region of the target language (zh-TW wrote
    /// 東盟 and 信息港, zh-HK wrote 寮國).
    #[test]
    fn omegat_writes_and_reads_the_target_region_terms() {
        let keep = |c: &&Concept| {
            ["asean", "country_laos", "china_asean_information_harbor"].contains(&&*c.id)
        };
        let g = Glossary::new(
            Glossary::builtin()
                .concepts()
                .iter()
                .filter(keep)
                .cloned()
                .collect(),
        )
        .unwrap();
        let lines = |tgt: &str| {
            let pair = LanguagePair::parse("en", tgt).unwrap();
            let text = g.write(Format::OmegaT, pair).unwrap();
            // Read back with the same pair: the terms carry the region, and write the same text.
            let back = Glossary::parse(&text, Format::OmegaT, "o.txt", pair).unwrap();
            assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
            let region = back.concepts()[0].terms[1].region.clone();
            assert_eq!(
                region.as_deref(),
                pair.target_region.as_ref().map(|r| r.as_str())
            );
            text.lines()
                .map(|l| l.split('\t').take(2).collect::<Vec<_>>().join("="))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lines("zh-TW"),
            [
                "Laos=寮國",
                "ASEAN=東協",
                "China-ASEAN Information Harbor=中國—東盟資訊港"
            ]
        );
        assert_eq!(
            lines("zh-HK"),
            [
                "Laos=老撾",
                "ASEAN=東盟",
                "China-ASEAN Information Harbor=中國—東盟信息港"
            ]
        );
        assert_eq!(lines("zh-MO")[0], "Laos=老撾");
        assert_eq!(lines("zh-Hant")[1], "ASEAN=東盟");
        let e = Glossary::new(vec![
            Concept::new("x", "").term(Term::new(LanguageTag::EN, "X")),
        ])
        .unwrap()
        .write(Format::OmegaT, LanguagePair::parse("en", "zh-TW").unwrap())
        .unwrap_err();
        assert!(e.to_string().contains("en→zh-Hant-TW pairs"), "{e}");
    }
}
