//! Bilingual OmegaT glossaries: `source<TAB>target[<TAB>comment]` per line, `#` comment lines.
//!
//! As in OmegaT's own reader (`GlossaryReaderTSV`), a line is a comment only when its first character is
//! `#`, and cells are trimmed: a source term starting with `#` is written after a space, so OmegaT and
//! zoulang both read it back.
//!
//! The format holds one language pair, one term per side and row, and no ids or term kinds; OmegaT shows
//! the rows sharing a source term together, as one entry with several targets. Writing emits, per
//! concept that has a term in both languages, a block of rows:
//!
//! - first its preferred pair (the preferred terms for each side's language and region, see
//!   [`Concept::preferred_in`]: `zh-TW` writes 東協), with the concept's notes joined with `; ` as the
//!   comment;
//! - then one row per other target term of that language and region (synonyms, then abbreviations) with
//!   the preferred source term, then one row per other source term with the preferred target term. Such
//!   a row's comment is only a mark, `synonym of P` or `abbreviation of P`, P being the preferred term
//!   of the side the row adds a term to (the notes are on the first row only):
//!
//! ```text
//! Laos<TAB>老挝<TAB>country
//! Laos<TAB>老挝人民民主共和国<TAB>synonym of 老挝
//! Lao PDR<TAB>老挝<TAB>synonym of Laos
//! LA<TAB>老挝<TAB>abbreviation of Laos
//! ```
//!
//! Forbidden terms are never written, on either side. A concept lacking either side cannot be written
//! and is reported as an error rather than dropped.
//!
//! Reading: a row joins the concept above it only when its comment is exactly a mark, the mark's P is
//! that concept's preferred term on one side, and the row differs from the concept's first row in
//! exactly that side's term (the other term is the other preferred term), a term the concept does not
//! hold yet; it is added with the mark's kind (synonym or abbreviation). Every other row starts a new
//! concept `omegat-LINE` (the row's line), its terms the preferred terms (of the pair's regions, when
//! given), its comment a note. So rows that merely share a term are never merged: homonyms in
//! neighbouring rows, a file sorted by source term, placeholder or repeated rows, and a plain OmegaT file
//! (without marks) gives one concept per row, with nothing lost. Errors name the line of the row at
//! fault. Reading is O(file size) plus building the glossary (O(terms)).
//!
//! Reading zoulang's own output gives back the same concepts, with the same preferred terms, synonyms,
//! abbreviations (kinds kept) and notes (several notes come back as one, joined with `; `). What the
//! format cannot hold is not written: forbidden terms, ids, categories, status, sources and other
//! languages.
//!
//! Limits: the marks are plain comments, which OmegaT shows and other tools may edit or reorder. If the
//! rows of zoulang's output are sorted (or otherwise moved), a marked row that no longer stands under
//! its concept's rows becomes a concept of its own, with the mark as its note: nothing is lost, but
//! there are extra concepts. And a row whose own comment happens to read exactly like a mark of the
//! concept above (`synonym of P`, P that concept's preferred term, the row differing from its first row
//! in that one term) is merged into that concept. The first row carries no kind: a side whose best term
//! is an abbreviation or a synonym (a concept with only `LA` and `LAO` in English) comes back with that
//! term preferred, the others with their kinds.

use std::collections::HashSet;

use crate::error::{Error, Result};
use crate::glossary::LanguagePair;
use crate::glossary::io::table::{push_tab_row, tab_rows};
use crate::glossary::model::{Concept, Glossary, LANG_SAME_FAMILY, Term, TermKind};

/// The comment marks of the rows added for a concept's other terms, `synonym of P` and
/// `abbreviation of P` (see the module docs), with the kind each gives.
const MARKS: [(&str, TermKind); 2] = [
    ("synonym of ", TermKind::Synonym),
    ("abbreviation of ", TermKind::Abbreviation),
];

/// The mark of an added row of kind `kind` whose side's preferred term is `preferred`.
fn mark(kind: TermKind, preferred: &str) -> String {
    let prefix = if kind == TermKind::Abbreviation {
        MARKS[1].0
    } else {
        MARKS[0].0
    };
    format!("{prefix}{preferred}")
}

/// The kind and preferred term a comment marks, when it is exactly a mark.
fn parse_mark(comment: &str) -> Option<(TermKind, &str)> {
    MARKS
        .iter()
        .find_map(|&(prefix, kind)| Some((kind, comment.strip_prefix(prefix)?)))
}

/// The concept being read: its first row's terms and the texts it holds on each side.
struct Open<'a> {
    first: [&'a str; 2],
    held: [HashSet<&'a str>; 2],
}

/// Parses OmegaT text with the given language pair (see the module docs). O(|text|).
pub(crate) fn read(text: &str, source: &str, pair: LanguagePair) -> Result<Glossary> {
    let langs = [
        (pair.source, pair.source_region),
        (pair.target, pair.target_region),
    ];
    let term = |side: usize, text: &str, kind| {
        let (lang, region) = &langs[side];
        let t = Term::new(*lang, text).kind(kind);
        match region {
            Some(r) => t.region(r.as_str()),
            None => t,
        }
    };
    let mut concepts: Vec<Concept> = Vec::new();
    let mut lines = Vec::new();
    let mut open: Option<Open> = None;
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
        let row = [cells[0].trim(), cells[1].trim()];
        if row.iter().any(|t| t.is_empty()) {
            return Err(Error::parse(source, line, "empty source or target term"));
        }
        let comment = cells.get(2).map(|n| n.trim()).filter(|n| !n.is_empty());
        // Checked here, so that a row joining a concept is named by its own line.
        let too_large = |what, size, limit| Error::FieldTooLarge {
            source_name: source.to_string(),
            line,
            what,
            size,
            limit,
        };
        if let Some(t) = row.iter().find(|t| t.len() > Glossary::MAX_TERM_BYTES) {
            return Err(too_large("term", t.len(), Glossary::MAX_TERM_BYTES));
        }
        if let Some(n) = comment.filter(|n| n.len() > Glossary::MAX_FIELD_BYTES) {
            return Err(too_large("note", n.len(), Glossary::MAX_FIELD_BYTES));
        }
        // A marked row adding a new term on the side where it differs from the concept's first row.
        let joins = comment.and_then(parse_mark).and_then(|(kind, p)| {
            let o = open.as_ref()?;
            let side = match (row[0] == o.first[0], row[1] == o.first[1]) {
                (false, true) => 0,
                (true, false) => 1,
                _ => return None,
            };
            (p == o.first[side] && !o.held[side].contains(row[side])).then_some((side, kind))
        });
        if let (Some((side, kind)), Some(o), Some(c)) = (joins, open.as_mut(), concepts.last_mut())
        {
            o.held[side].insert(row[side]);
            c.terms.push(term(side, row[side], kind));
            continue;
        }
        lines.push(line);
        let mut c = Concept::new(format!("omegat-{line}"), "")
            .term(term(0, row[0], TermKind::Preferred))
            .term(term(1, row[1], TermKind::Preferred));
        c.notes.extend(comment.map(str::to_string));
        concepts.push(c);
        // The sets of the previous concept are reused: no allocation per concept.
        let o = open.get_or_insert_with(|| Open {
            first: row,
            held: Default::default(),
        });
        o.first = row;
        for (side, held) in o.held.iter_mut().enumerate() {
            held.clear();
            held.insert(row[side]);
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
/// (synonyms, then abbreviations), each text once. Empty when `c` has no such term. O(terms of `c`).
fn usable_terms(
    c: &Concept,
    lang: crate::tag::LanguageTag,
    region: Option<crate::glossary::Region>,
) -> Vec<&Term> {
    let region = region.as_ref().map(|r| r.as_str());
    let Some(best) = c.best_term(lang, region, LANG_SAME_FAMILY) else {
        return Vec::new();
    };
    let mut out = vec![best];
    let mut written = HashSet::from([&*best.text]);
    for t in &c.terms {
        if t.kind != TermKind::Forbidden
            && t.lang == best.lang
            && t.region == best.region
            && written.insert(&*t.text)
        {
            out.push(t);
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
        let (Some(s), Some(t)) = (sources.first(), targets.first()) else {
            let (src, tgt) = (pair.source_code(), pair.target_code());
            return Err(Error::InvalidArgument(format!(
                "concept `{}` has no {src} or no {tgt} term; an OmegaT glossary holds only {src}→{tgt} pairs",
                c.id
            )));
        };
        let (s, t) = (s.text.as_str(), t.text.as_str());
        let note = c.notes.join("; ");
        let texts = sources.iter().chain(&targets).map(|t| t.text.as_str());
        for f in texts.chain([note.as_str()]) {
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
            let m = mark(alt.kind, t);
            push_tab_row(&mut out, &format!("{s}\t{}\t{m}", alt.text));
        }
        for alt in &sources[1..] {
            let m = mark(alt.kind, s);
            push_tab_row(&mut out, &format!("{}\t{t}\t{m}", alt.text));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Concept, Format};
    use crate::tag::LanguageTag;

    fn en(t: &str, k: TermKind) -> Term {
        Term::new(LanguageTag::EN, t).kind(k)
    }

    fn zh(t: &str, k: TermKind) -> Term {
        Term::new(LanguageTag::ZH_HANS, t).kind(k)
    }

    fn noted(mut c: Concept, notes: &[&str]) -> Concept {
        c.notes.extend(notes.iter().map(|n| n.to_string()));
        c
    }

    fn parse(text: &str) -> Glossary {
        Glossary::parse(text, Format::OmegaT, "o.txt", LanguagePair::default()).unwrap()
    }

    /// The (text, kind) of the en and zh-Hans terms of `c` that OmegaT can hold, sorted.
    fn pair_terms_of(c: &Concept) -> Vec<(String, TermKind)> {
        let mut v: Vec<(String, TermKind)> = c
            .terms
            .iter()
            .filter(|t| t.kind != TermKind::Forbidden && t.region.is_none())
            .map(|t| (t.text.clone(), t.kind))
            .collect();
        v.sort();
        v
    }

    /// Each concept as (id, `en=zh` of its preferred pair, notes).
    fn summary(g: &Glossary) -> Vec<(String, String, Vec<String>)> {
        g.concepts()
            .iter()
            .map(|c| {
                let (s, t) = pair_terms(c, LanguagePair::default()).unwrap();
                (c.id.clone(), format!("{s}={t}"), c.notes.clone())
            })
            .collect()
    }

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

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
            assert_eq!(back.len(), 3, "{text}");
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
    /// and abbreviation; forbidden terms must stay out. Code review of that fix: an added row carries
    /// only its mark (`synonym of P`, `abbreviation of P`), so our own output reads back as the same
    /// concepts with the same kinds (abbreviations came back as synonyms) and notes.
    #[test]
    fn omegat_writes_marked_synonyms_and_abbreviations_and_reads_their_kinds_back() {
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
            noted(
                Concept::new("caexpo", "event")
                    .term(en("China-ASEAN Expo", TermKind::Preferred))
                    .term(en("CAEXPO", TermKind::Abbreviation))
                    .term(zh("中国—东盟博览会", TermKind::Preferred))
                    .term(zh("东博会", TermKind::Abbreviation)),
                &["held in Nanning"],
            ),
            // The same pair as the next concept's: two concepts, not one.
            Concept::new("country_sg", "country")
                .term(en("Singapore", TermKind::Preferred))
                .term(zh("新加坡", TermKind::Preferred)),
            Concept::new("capital_sg", "capital")
                .term(en("Singapore", TermKind::Preferred))
                .term(zh("新加坡", TermKind::Preferred))
                .term(zh("新加坡市", TermKind::Synonym)),
        ])
        .unwrap();
        let pair = LanguagePair::default();
        let text = g.write(Format::OmegaT, pair).unwrap();
        assert_eq!(
            text,
            "Laos\t老挝\n\
             Laos\t老挝人民民主共和国\tsynonym of 老挝\n\
             Lao PDR\t老挝\tsynonym of Laos\n\
             LA\t老挝\tabbreviation of Laos\n\
             China-ASEAN Expo\t中国—东盟博览会\theld in Nanning\n\
             China-ASEAN Expo\t东博会\tabbreviation of 中国—东盟博览会\n\
             CAEXPO\t中国—东盟博览会\tabbreviation of China-ASEAN Expo\n\
             Singapore\t新加坡\n\
             Singapore\t新加坡\n\
             Singapore\t新加坡市\tsynonym of 新加坡\n"
        );
        let back = parse(&text);
        assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
        let ids: Vec<&str> = back.concepts().iter().map(|c| &*c.id).collect();
        assert_eq!(ids, ["omegat-1", "omegat-5", "omegat-8", "omegat-9"]);
        for (a, b) in g.concepts().iter().zip(back.concepts()) {
            assert_eq!(pair_terms_of(a), pair_terms_of(b), "{}", a.id);
            assert_eq!(a.notes, b.notes, "{}", a.id);
        }
        assert_eq!(
            back.translate("Lao PDR", LanguageTag::ZH_HANS),
            Some("老挝")
        );
        assert_eq!(back.translate("LA", LanguageTag::ZH_HANS), Some("老挝"));
        // Review: the first row carries no kind, so a side with only abbreviations comes back with its
        // first one preferred (documented), the others as abbreviations.
        let abbr = Glossary::new(vec![
            Concept::new("lao", "language")
                .term(en("LA", TermKind::Abbreviation))
                .term(en("LAO", TermKind::Abbreviation))
                .term(zh("老挝", TermKind::Preferred)),
        ])
        .unwrap();
        let text = abbr.write(Format::OmegaT, pair).unwrap();
        assert_eq!(text, "LA\t老挝\nLAO\t老挝\tabbreviation of LA\n");
        let abbr_back = parse(&text);
        let kinds: Vec<(&str, TermKind)> = abbr_back.concepts()[0]
            .terms
            .iter()
            .map(|t| (&*t.text, t.kind))
            .collect();
        assert!(kinds.contains(&("LA", TermKind::Preferred)), "{kinds:?}");
        assert!(
            kinds.contains(&("LAO", TermKind::Abbreviation)),
            "{kinds:?}"
        );
        // Several notes come back as one.
        let two = Glossary::new(vec![noted(
            Concept::new("x", "")
                .term(en("X", TermKind::Preferred))
                .term(zh("叉", TermKind::Preferred)),
            &["a", "b"],
        )])
        .unwrap();
        let back = parse(&two.write(Format::OmegaT, pair).unwrap());
        assert_eq!(back.concepts()[0].notes, ["a; b"]);
    }

    /// Code review: neighbouring concepts sharing a term (Myanmar with its synonym Burma, the Union of
    /// Burma, British Burma) were read back as one.
    #[test]
    fn omegat_neighbouring_concepts_sharing_terms_read_back_as_written() {
        let g = Glossary::new(vec![
            Concept::new("myanmar", "country")
                .term(en("Myanmar", TermKind::Preferred))
                .term(en("Burma", TermKind::Synonym))
                .term(zh("缅甸", TermKind::Preferred)),
            noted(
                Concept::new("union_of_burma", "country")
                    .term(en("Myanmar", TermKind::Preferred))
                    .term(zh("缅甸联邦", TermKind::Preferred)),
                &["1948–1974"],
            ),
            noted(
                Concept::new("british_burma", "place")
                    .term(en("Burma", TermKind::Preferred))
                    .term(zh("缅甸", TermKind::Preferred)),
                &["British province, 1886–1948"],
            ),
            Concept::new("burmese", "language")
                .term(en("Burmese", TermKind::Preferred))
                .term(en("Myanmar", TermKind::Synonym))
                .term(zh("缅甸语", TermKind::Preferred))
                .term(zh("缅语", TermKind::Abbreviation)),
        ])
        .unwrap();
        let pair = LanguagePair::default();
        let text = g.write(Format::OmegaT, pair).unwrap();
        assert_eq!(
            text,
            "Myanmar\t缅甸\n\
             Burma\t缅甸\tsynonym of Myanmar\n\
             Myanmar\t缅甸联邦\t1948–1974\n\
             Burma\t缅甸\tBritish province, 1886–1948\n\
             Burmese\t缅甸语\n\
             Burmese\t缅语\tabbreviation of 缅甸语\n\
             Myanmar\t缅甸语\tsynonym of Burmese\n"
        );
        let back = parse(&text);
        assert_eq!(back.len(), 4);
        for (a, b) in g.concepts().iter().zip(back.concepts()) {
            assert_eq!(pair_terms_of(a), pair_terms_of(b), "{}", a.id);
            assert_eq!(a.notes, b.notes, "{}", a.id);
        }
        assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
    }

    /// Code review: a row joined the concept above when it shared its first row's source or target
    /// term, so homonyms in neighbouring rows were merged, and a file sorted by source term merged every
    /// concept sharing a source. A plain OmegaT file (no marks) gives one concept per row, each comment
    /// its note.
    #[test]
    fn omegat_rows_sharing_a_term_are_different_concepts() {
        let homonyms = "bank\t银行\tfinance\nbank\t河岸\tgeography\nBank\t银行\nriver bank\t河岸\n";
        assert_eq!(
            summary(&parse(homonyms)),
            [
                ("omegat-1".into(), "bank=银行".into(), s(&["finance"])),
                ("omegat-2".into(), "bank=河岸".into(), s(&["geography"])),
                ("omegat-3".into(), "Bank=银行".into(), s(&[])),
                ("omegat-4".into(), "river bank=河岸".into(), s(&[])),
            ]
        );
        // Sorted by source term, as OmegaT users often keep them.
        let sorted = "# en → zh\n\
                      bank\t存储体\tmemory\n\
                      bank\t河岸\n\
                      bank\t银行\tfinance\n\
                      \n\
                      bark\t吠\tverb\n\
                      bark\t树皮\tnoun\n\
                      bark\t树皮\n";
        let g = parse(sorted);
        assert_eq!(g.len(), 6);
        let ids: Vec<&str> = g.concepts().iter().map(|c| &*c.id).collect();
        assert_eq!(
            ids,
            [
                "omegat-2", "omegat-3", "omegat-4", "omegat-6", "omegat-7", "omegat-8"
            ]
        );
        assert!(g.concepts().iter().all(|c| c.terms.len() == 2));
        // Nothing lost: every row is written back as it was.
        let body: String = sorted
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(
            g.write(Format::OmegaT, LanguagePair::default()).unwrap(),
            body
        );
    }

    /// Code review: placeholder and repeated rows merged into the concept above (or not) by accident.
    /// A repeated row, marked or not, is a concept of its own.
    #[test]
    fn omegat_repeated_and_placeholder_rows_are_concepts_of_their_own() {
        let text = "TBD\t待定\n\
                    TBD\t待定\n\
                    Laos\t老挝\n\
                    Lao PDR\t老挝\tsynonym of Laos\n\
                    Lao PDR\t老挝\tsynonym of Laos\n\
                    Laos\t老挝\n";
        assert_eq!(
            summary(&parse(text)),
            [
                ("omegat-1".into(), "TBD=待定".into(), s(&[])),
                ("omegat-2".into(), "TBD=待定".into(), s(&[])),
                ("omegat-3".into(), "Laos=老挝".into(), s(&[])),
                (
                    "omegat-5".into(),
                    "Lao PDR=老挝".into(),
                    s(&["synonym of Laos"])
                ),
                ("omegat-6".into(), "Laos=老挝".into(), s(&[])),
            ]
        );
    }

    /// A mark joins only when it names the concept's preferred term of the side the row differs on, and
    /// the row differs from the first row in that one term, a term the concept lacks; any other comment
    /// is the note of a concept of its own (as a marked row moved away from its concept, say by sorting,
    /// reads).
    #[test]
    fn omegat_marks_that_do_not_fit_the_concept_above_are_notes() {
        let text = "Lao PDR\t老挝\tsynonym of Laos\n\
                    Laos\t老挝\n\
                    Laos\t寮国\tsynonym of Laos\n\
                    Laos\t老挝\n\
                    Lao\t寮\tsynonym of Laos\n\
                    Laos\t老挝\n\
                    LA\t老挝\tabbreviation of  Laos\n\
                    Laos\t老挝\n\
                    LA\t老挝\tAbbreviation of Laos\n\
                    Laos\t老挝\tcountry\n\
                    LA\t老挝\tabbreviation of Laos\n\
                    Laos\t老挝人民民主共和国\tsynonym of 老挝\n\
                    LA\t老挝\tsynonym of Laos\n";
        let g = parse(text);
        let notes: Vec<(String, Vec<String>)> =
            summary(&g).into_iter().map(|(id, _, n)| (id, n)).collect();
        let want = [
            (1, "synonym of Laos"),
            (2, ""),
            (3, "synonym of Laos"),
            (4, ""),
            (5, "synonym of Laos"),
            (6, ""),
            (7, "abbreviation of  Laos"),
            (8, ""),
            (9, "Abbreviation of Laos"),
            (10, "country"),
            (13, "synonym of Laos"),
        ]
        .map(|(l, n)| (format!("omegat-{l}"), s(&[n][..usize::from(!n.is_empty())])));
        assert_eq!(notes, want);
        // Rows 11 and 12 fit the concept of row 10; row 13 repeats a term it holds.
        assert_eq!(
            pair_terms_of(&g.concepts()[9]),
            [
                ("LA".to_string(), TermKind::Abbreviation),
                ("Laos".to_string(), TermKind::Preferred),
                ("老挝".to_string(), TermKind::Preferred),
                ("老挝人民民主共和国".to_string(), TermKind::Synonym),
            ]
        );
    }

    /// Code review: an error in a row that joins a concept named the concept's first line.
    #[test]
    fn omegat_errors_name_the_line_of_the_row_at_fault() {
        let over = "老".repeat(Glossary::MAX_TERM_BYTES / 3 + 1);
        let big_note = "n".repeat(Glossary::MAX_FIELD_BYTES + 1);
        for (text, want) in [
            (
                format!(
                    "Laos\t老挝\nLao PDR\t老挝\tsynonym of Laos\n{over}\t老挝\tsynonym of Laos\n"
                ),
                3,
            ),
            (
                format!("# c\nLaos\t老挝\nLaos\t{over}\tsynonym of 老挝\n"),
                3,
            ),
            (format!("Laos\t老挝\nLA\t老挝\t{big_note}\n"), 2),
        ] {
            match Glossary::parse(&text, Format::OmegaT, "big.txt", LanguagePair::default()) {
                Err(Error::FieldTooLarge {
                    source_name, line, ..
                }) => assert_eq!((source_name.as_str(), line), ("big.txt", want)),
                r => panic!("expected FieldTooLarge, got {:?}", r.map(|g| g.len())),
            }
        }
        let bad = "Laos\t老挝\nLA\t老挝\tabbreviation of Laos\nLao PDR\n";
        match Glossary::parse(bad, Format::OmegaT, "bad.txt", LanguagePair::default()) {
            Err(Error::Parse { line, .. }) => assert_eq!(line, 3),
            r => panic!("expected a parse error, got {:?}", r.map(|g| g.len())),
        }
    }

    /// Code review: reading took time quadratic in the rows sharing a term. 20,000 rows, a hundred per
    /// source term and sorted by it, read as 20,000 concepts; 2,000 marked rows of one concept read as
    /// one concept (kept small: building a glossary whose one concept holds 20,000 terms is slow in
    /// itself, whatever the format).
    #[test]
    fn omegat_reads_twenty_thousand_rows_sharing_terms() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!("term{:03}\t目标{i}\tnote {i}\n", i / 100));
        }
        let g = parse(&text);
        assert_eq!(g.len(), 20_000);
        let last = &g.concepts()[19_999];
        assert_eq!(last.id, "omegat-20000");
        assert_eq!(last.notes, ["note 19999"]);
        assert_eq!(last.preferred(LanguageTag::EN), Some("term199"));

        let mut text = String::from("Laos\t老挝\n");
        for i in 0..1_000 {
            text.push_str(&format!("Laos\t老挝{i}\tsynonym of 老挝\n"));
            text.push_str(&format!("LA{i}\t老挝\tabbreviation of Laos\n"));
        }
        let g = parse(&text);
        assert_eq!(g.len(), 1);
        assert_eq!(g.concepts()[0].terms.len(), 2_002);
    }

    /// Our own OmegaT output of the built-in glossary reads back as the same concepts, with the same
    /// preferred terms, synonyms, abbreviations and notes, for several pairs.
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
                    let kinds = |c: &Concept| {
                        let mut v: Vec<(String, TermKind)> = usable_terms(c, lang, region)
                            .iter()
                            .map(|t| (t.text.clone(), t.kind))
                            .collect();
                        v[1..].sort();
                        v
                    };
                    let (x, y) = (kinds(a), kinds(b));
                    assert_eq!(x[0].0, y[0].0, "{}: preferred {src}→{tgt}", a.id);
                    assert_eq!(x[1..], y[1..], "{}: {src}→{tgt}", a.id);
                }
                assert_eq!(a.notes.join("; "), b.notes.join("; "), "{}", a.id);
            }
            assert_eq!(back.write(Format::OmegaT, pair).unwrap(), text);
        }
    }
}
