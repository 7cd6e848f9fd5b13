//! Bilingual OmegaT glossaries: `source<TAB>target[<TAB>comment]` per line, `#` comment lines.
//!
//! As in OmegaT's own reader (`GlossaryReaderTSV`), a line is a comment only when its first character is
//! `#`, and cells are trimmed: a source term starting with `#` is written after a space, so OmegaT and
//! zoulang both read it back.
//!
//! The format holds one language pair and no ids or term kinds; OmegaT shows the rows sharing a source
//! term together, as one entry with several targets. Writing emits, per concept that has a term in both
//! languages, a block of rows: first its preferred pair (the preferred terms for each side's language
//! and region, see [`Concept::preferred_in`]: `zh-TW` writes 東協; notes joined with `; ` as the
//! comment), then one row per other target term of that language and region (synonyms, abbreviations)
//! with the preferred source term, then one row per other source term with the preferred target term.
//! Forbidden terms are never written, on either side. A concept lacking either side cannot be written
//! and is reported as an error rather than dropped.
//!
//! Reading gives a block of rows back as one concept `omegat-LINE` (the line of its first row), with
//! that row's terms as preferred terms (of the pair's regions, when given) and its comment as a note: a
//! row joins the concept above it when it has the same source term as the concept's first row (another
//! target) or the same target term (another source), and is not a row the concept already holds (a
//! repeated row starts a new concept). Other rows are added as synonyms, their comments as notes. So
//! reading zoulang's output gives the same concepts with the same preferred terms; what the format
//! cannot hold is lost: abbreviations come back as synonyms, forbidden terms, ids, categories, sources
//! and other languages are not written. Two neighbouring concepts whose first rows share the source (or
//! target) term read back as one.

use crate::error::{Error, Result};
use crate::glossary::LanguagePair;
use crate::glossary::io::table::{push_tab_row, tab_rows};
use crate::glossary::model::{Concept, Glossary, LANG_SAME_FAMILY, Term, TermKind};

/// Parses OmegaT text with the given language pair. O(|text| · terms per concept).
pub(crate) fn read(text: &str, source: &str, pair: LanguagePair) -> Result<Glossary> {
    let term = |lang, region: Option<crate::glossary::Region>, text: &str, kind| {
        let t = Term::new(lang, text).kind(kind);
        match region {
            Some(r) => t.region(r.as_str()),
            None => t,
        }
    };
    let mut concepts: Vec<Concept> = Vec::new();
    let mut lines = Vec::new();
    // The rows of the last concept, its first row's (source, target) first.
    let mut block: Vec<(String, String)> = Vec::new();
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
        let note = cells.get(2).map(|n| n.trim()).filter(|n| !n.is_empty());
        let joins = block.first().is_some_and(|(fs, ft)| {
            (s == fs || t == ft) && !block.iter().any(|(bs, bt)| bs == s && bt == t)
        });
        let c = match concepts.last_mut() {
            Some(c) if joins => {
                let (fs, ft) = &block[0];
                if s != fs {
                    c.terms
                        .push(term(pair.source, pair.source_region, s, TermKind::Synonym));
                }
                if t != ft {
                    c.terms
                        .push(term(pair.target, pair.target_region, t, TermKind::Synonym));
                }
                block.push((s.to_string(), t.to_string()));
                c
            }
            _ => {
                block.clear();
                block.push((s.to_string(), t.to_string()));
                lines.push(line);
                concepts.push(
                    Concept::new(format!("omegat-{line}"), "")
                        .term(term(
                            pair.source,
                            pair.source_region,
                            s,
                            TermKind::Preferred,
                        ))
                        .term(term(
                            pair.target,
                            pair.target_region,
                            t,
                            TermKind::Preferred,
                        )),
                );
                concepts.last_mut().expect("just pushed")
            }
        };
        if let Some(note) = note.filter(|n| !c.notes.iter().any(|m| m == n)) {
            c.notes.push(note.to_string());
        }
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

/// The terms of `c` that OmegaT can use for `lang`/`region`: the preferred term (see
/// [`Concept::preferred_in`]) first, then the other non-forbidden terms of its language and region
/// (synonyms, then abbreviations), each text once. Empty when `c` has no such term. O(terms).
fn usable_terms(
    c: &Concept,
    lang: crate::tag::LanguageTag,
    region: Option<crate::glossary::Region>,
) -> Vec<&str> {
    let region = region.as_ref().map(|r| r.as_str());
    let Some(best) = c.best_term(lang, region, LANG_SAME_FAMILY) else {
        return Vec::new();
    };
    let mut out = vec![best.text.as_str()];
    for t in &c.terms {
        if t.kind != TermKind::Forbidden
            && t.lang == best.lang
            && t.region == best.region
            && !out.contains(&t.text.as_str())
        {
            out.push(&t.text);
        }
    }
    out
}

/// Writes the rows of `g` for `pair` (see the module docs). O(total size).
pub(crate) fn write(g: &Glossary, pair: LanguagePair) -> Result<String> {
    let mut out = String::new();
    for c in g.concepts() {
        let sources = usable_terms(c, pair.source, pair.source_region);
        let targets = usable_terms(c, pair.target, pair.target_region);
        let (Some(&s), Some(&t)) = (sources.first(), targets.first()) else {
            let (src, tgt) = (pair.source_code(), pair.target_code());
            return Err(Error::InvalidArgument(format!(
                "concept `{}` has no {src} or no {tgt} term; an OmegaT glossary holds only {src}→{tgt} pairs",
                c.id
            )));
        };
        let note = c.notes.join("; ");
        for f in sources.iter().chain(&targets).chain([&note.as_str()]) {
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
        for alt in &targets[1..] {
            push_tab_row(&mut out, &format!("{s}\t{alt}"));
        }
        for alt in &sources[1..] {
            push_tab_row(&mut out, &format!("{alt}\t{t}"));
        }
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
            let target = back.concepts()[0]
                .terms
                .iter()
                .find(|t| t.lang == pair.target);
            let region = target.unwrap().region.clone();
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
                "Lao PDR=寮國",
                "Lao People's Democratic Republic=寮國",
                "ASEAN=東協",
                "ASEAN=東南亞國家協會",
                "Association of Southeast Asian Nations=東協",
                "China-ASEAN Information Harbor=中國—東盟資訊港",
                "China-ASEAN Information Hub=中國—東盟資訊港",
                "China-ASEAN Information Port=中國—東盟資訊港",
            ]
        );
        // Rows 0, 3, 4 and 6: the preferred pairs of Laos, ASEAN and the hub, and ASEAN's other target.
        let firsts = |tgt: &str| {
            let l = lines(tgt);
            [l[0].clone(), l[3].clone(), l[4].clone(), l[6].clone()]
        };
        assert_eq!(
            firsts("zh-HK"),
            [
                "Laos=老撾",
                "ASEAN=東盟",
                "ASEAN=東南亞國家聯盟",
                "China-ASEAN Information Harbor=中國—東盟信息港"
            ]
        );
        assert_eq!(lines("zh-MO")[0], "Laos=老撾");
        assert_eq!(firsts("zh-Hant")[1], "ASEAN=東盟");
        let e = Glossary::new(vec![
            Concept::new("x", "").term(Term::new(LanguageTag::EN, "X")),
        ])
        .unwrap()
        .write(Format::OmegaT, LanguagePair::parse("en", "zh-TW").unwrap())
        .unwrap_err();
        assert!(e.to_string().contains("en→zh-Hant-TW pairs"), "{e}");
    }

    /// Review leftover: the writer wrote the preferred terms only, so an OmegaT user lost every synonym
    /// and abbreviation; forbidden terms must stay out, and our own output must read back as the same
    /// concepts.
    #[test]
    fn omegat_writes_synonyms_and_abbreviations_but_never_forbidden_terms() {
        let en = |t: &str, k| Term::new(LanguageTag::EN, t).kind(k);
        let zh = |t: &str, k| Term::new(LanguageTag::ZH_HANS, t).kind(k);
        let g = Glossary::new(vec![
            Concept::new("laos", "country")
                .term(en("Laos", TermKind::Preferred))
                .term(en("Lao PDR", TermKind::Synonym))
                .term(en("LA", TermKind::Abbreviation))
                .term(en("Laotia", TermKind::Forbidden))
                .term(zh("老挝", TermKind::Preferred))
                .term(zh("老挝人民民主共和国", TermKind::Synonym))
                .term(zh("寮国", TermKind::Forbidden))
                // Another region's term is not a zh-Hans alternative.
                .term(Term::new(LanguageTag::ZH_HANT, "寮國").region("TW")),
            Concept::new("caexpo", "event")
                .term(en("China-ASEAN Expo", TermKind::Preferred))
                .term(zh("中国—东盟博览会", TermKind::Preferred))
                .term(zh("东博会", TermKind::Abbreviation)),
            // The same pair as the next concept's: two concepts, not one.
            Concept::new("country_sg", "country")
                .term(en("Singapore", TermKind::Preferred))
                .term(zh("新加坡", TermKind::Preferred)),
            Concept::new("capital_sg", "capital")
                .term(en("Singapore", TermKind::Preferred))
                .term(zh("新加坡", TermKind::Preferred)),
        ])
        .unwrap();
        let pair = LanguagePair::default();
        let text = g.write(Format::OmegaT, pair).unwrap();
        assert_eq!(
            text,
            "Laos\t老挝\nLaos\t老挝人民民主共和国\nLao PDR\t老挝\nLA\t老挝\n\
             China-ASEAN Expo\t中国—东盟博览会\nChina-ASEAN Expo\t东博会\n\
             Singapore\t新加坡\nSingapore\t新加坡\n"
        );
        let back = Glossary::parse(&text, Format::OmegaT, "o.txt", pair).unwrap();
        assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
        let terms = |c: &Concept| {
            let mut v: Vec<(String, TermKind)> = c
                .terms
                .iter()
                .filter(|t| t.kind != TermKind::Forbidden && t.region.is_none())
                // The format has no kinds: an abbreviation comes back as a synonym.
                .map(|t| (t.text.clone(), t.kind.min(TermKind::Synonym)))
                .collect();
            v.sort();
            v
        };
        let ids: Vec<&str> = back.concepts().iter().map(|c| &*c.id).collect();
        assert_eq!(ids, ["omegat-1", "omegat-5", "omegat-7", "omegat-8"]);
        for (a, b) in g.concepts().iter().zip(back.concepts()) {
            assert_eq!(terms(a), terms(b), "{}", a.id);
        }
        assert_eq!(
            back.translate("Lao PDR", LanguageTag::ZH_HANS),
            Some("老挝")
        );
        assert_eq!(back.translate("LA", LanguageTag::ZH_HANS), Some("老挝"));
        // A hand-written file: rows sharing a source term are one entry (as OmegaT shows them), rows
        // sharing the first row's target are source alternatives, other rows new concepts.
        let hand = "bank\t银行\tfinance\nbank\t河岸\tgeography\nBank\t银行\nriver\t河\n";
        let h = Glossary::parse(hand, Format::OmegaT, "h.txt", pair).unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(terms(&h.concepts()[0]).len(), 4);
        assert_eq!(h.concepts()[0].notes, ["finance", "geography"]);
    }

    /// Our own OmegaT output of the built-in glossary reads back as the same concepts, for several pairs.
    #[test]
    fn omegat_output_of_the_builtin_glossary_reads_back_as_the_same_concepts() {
        for (src, tgt) in [
            ("en", "zh-Hans"),
            ("en", "zh-TW"),
            ("en", "vi"),
            ("zh-Hans", "th"),
        ] {
            let pair = LanguagePair::parse(src, tgt).unwrap();
            let (g, _) = Glossary::builtin().with_both_languages(pair).unwrap();
            let text = g.write(Format::OmegaT, pair).unwrap();
            let back = Glossary::parse(&text, Format::OmegaT, "b.txt", pair).unwrap();
            assert_eq!(back.len(), g.len(), "{src}→{tgt}");
            for (a, b) in g.concepts().iter().zip(back.concepts()) {
                for (lang, region) in [
                    (pair.source, pair.source_region),
                    (pair.target, pair.target_region),
                ] {
                    let (mut x, mut y) =
                        (usable_terms(a, lang, region), usable_terms(b, lang, region));
                    assert_eq!(x[0], y[0], "{}: preferred {src}→{tgt}", a.id);
                    x.sort();
                    y.sort();
                    assert_eq!(x, y, "{}: {src}→{tgt}", a.id);
                }
            }
            assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
        }
    }
}
