//! End-to-end tests of the TBX reader and writer on realistic files: TBX-Basic v3 in DCT style (namespaced
//! data categories), the older martif form (TBX 2008) and a MultiTerm-style export (tests/data/glossary).
//! Expected values are what the files say, element by element.

use std::path::{Path, PathBuf};

use zoulang::glossary::{Concept, Format, LanguagePair, Status, TermKind};
use zoulang::{Glossary, LanguageTag};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/glossary")
        .join(name)
}

/// TBX → TBX and TBX → JSON → TBX give the same glossary, and writing twice gives the same bytes.
fn assert_round_trips(g: &Glossary, what: &str) {
    let pair = LanguagePair::default();
    let tbx = g.write(Format::Tbx, pair).unwrap();
    let back = Glossary::parse(&tbx, Format::Tbx, "rt.tbx", pair).unwrap();
    assert_eq!(&back, g, "{what}: TBX -> TBX lost something:\n{tbx}");
    assert_eq!(back.write(Format::Tbx, pair).unwrap(), tbx, "{what}");
    let json = g.write(Format::Json, pair).unwrap();
    let via_json = Glossary::parse(&json, Format::Json, "rt.json", pair).unwrap();
    let tbx2 = via_json.write(Format::Tbx, pair).unwrap();
    let back2 = Glossary::parse(&tbx2, Format::Tbx, "rt.tbx", pair).unwrap();
    assert_eq!(&back2, g, "{what}: JSON -> TBX -> JSON lost something");
    // What zoulang writes is TBX-Basic: processStatus is no TBX-Basic admin type.
    assert!(!tbx.contains("processStatus"), "{what}");
}

fn kind(c: &Concept, text: &str, lang: LanguageTag) -> TermKind {
    c.terms
        .iter()
        .find(|t| t.text == text && t.lang == lang)
        .unwrap_or_else(|| panic!("no {text} in {:?}", c.terms))
        .kind
}

fn region<'a>(c: &'a Concept, text: &str) -> Option<&'a str> {
    c.terms
        .iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("no {text}"))
        .region
        .as_deref()
}

fn has_note(c: &Concept, note: &str) {
    assert!(
        c.notes.iter().any(|n| n == note),
        "{note:?} not in {:#?}",
        c.notes
    );
}

#[test]
fn tbx_basic_v3_dct_style_reads_like_dca() {
    let g = Glossary::from_path(data("tbx_basic_v3_dct.tbx")).unwrap();
    assert_eq!(g.len(), 2);
    let c = g.concept("asean").unwrap();
    assert_eq!(c.category, "organisation");
    assert_eq!(c.sources, ["asean.org"]);
    has_note(
        c,
        "transacGrp: transac[transactionType]: origination; date: 2024-05-01; transacNote[responsibility]: Nguyen Van A",
    );
    has_note(
        c,
        "xref[xGraphic target=https://asean.org/wp-content/uploads/asean-logo.png]: ASEAN emblem",
    );
    has_note(c, "ref[crossReference target=acmecs]: see also ACMECS");
    has_note(c, "Founded 8 August 1967 in Bangkok.");
    has_note(
        c,
        "[en] descrip[definition]: Regional intergovernmental organisation of eleven Southeast Asian states.",
    );
    has_note(c, "ASEAN [en]: termNote[termType]: acronym");
    has_note(
        c,
        "Association of Southeast Asian Nations [en]: xref[externalCrossReference target=https://asean.org/about-asean/]: About ASEAN",
    );
    has_note(
        c,
        "東協 [zh-Hant-TW]: transacGrp: transac[transactionType]: modification; date: 2025-01-02",
    );
    // A preferred acronym stays preferred.
    assert_eq!(kind(c, "ASEAN", LanguageTag::EN), TermKind::Preferred);
    assert_eq!(g.lookup("asean", LanguageTag::EN), Some("ASEAN"));
    assert_eq!(
        kind(c, "Association of Southeast Asian Nations", LanguageTag::EN),
        TermKind::Synonym
    );
    // geographicalUsage given as zh-TW / zh-HK / SG.
    assert_eq!(region(c, "東協"), Some("TW"));
    assert_eq!(region(c, "東盟"), Some("HK"));
    assert_eq!(region(c, "亚细安"), Some("SG"));
    assert_eq!(
        g.lookup_regional("asean", LanguageTag::ZH_HANT, Some("TW")),
        Some("東協")
    );
    assert_eq!(
        g.lookup_regional("asean", LanguageTag::ZH_HANT, Some("HK")),
        Some("東盟")
    );
    let a = g.concept("acmecs").unwrap();
    assert_eq!(kind(a, "ACMECS", LanguageTag::EN), TermKind::Abbreviation);
    assert_eq!(
        g.lookup("acmecs", LanguageTag::EN),
        Some("Ayeyawady–Chao Phraya–Mekong Economic Cooperation Strategy")
    );
    assert_round_trips(&g, "tbx_basic_v3_dct.tbx");
    let tbx = g.write(Format::Tbx, LanguagePair::default()).unwrap();
    for want in [
        "<ref type=\"crossReference\" target=\"acmecs\">see also ACMECS</ref>",
        "<termNote type=\"termType\">acronym</termNote>",
        "<termNote type=\"partOfSpeech\">noun</termNote>",
        "<transac type=\"transactionType\">origination</transac>",
    ] {
        assert!(tbx.contains(want), "{want} not in {tbx}");
    }
}

#[test]
fn martif_v2_with_process_status_references_and_entries_without_ids() {
    let path = data("martif_v2.tbx");
    let g = Glossary::from_path(&path).unwrap();
    assert_eq!(g.len(), 4);
    let laos = g.concept("country_laos").unwrap();
    assert_eq!(laos.status, Status::Confirmed, "processStatus finalized");
    has_note(
        laos,
        "transacGrp: transac[transactionType]: origination; date: 2023-11-20; transacNote[responsibility]: terminology team",
    );
    has_note(
        laos,
        "xref[externalCrossReference target=https://www.mofa.gov.la/]: Lao MOFA",
    );
    assert_eq!(kind(laos, "Laos", LanguageTag::EN), TermKind::Preferred);
    assert_eq!(
        kind(laos, "Lao PDR", LanguageTag::EN),
        TermKind::Abbreviation
    );
    assert_eq!(
        kind(laos, "寮国", LanguageTag::ZH_HANS),
        TermKind::Forbidden
    );
    assert_eq!(region(laos, "寮國"), Some("TW"));
    assert_eq!(region(laos, "老撾"), Some("HK"));
    let vte = g.concept("capital_vientiane").unwrap();
    assert_eq!(vte.status, Status::Unconfirmed, "provisionallyProcessed");
    has_note(vte, "ref[crossReference target=country_laos]: Laos");
    // Two entries without ids on one line get ids from their line and column.
    let text = std::fs::read_to_string(&path).unwrap();
    let line_text = text
        .lines()
        .find(|l| l.contains("Mekong"))
        .expect("the one-line entries");
    let line = text.lines().position(|l| l == line_text).unwrap() + 1;
    let cols: Vec<usize> = line_text
        .match_indices("<termEntry>")
        .map(|(i, _)| line_text[..i].chars().count() + 1)
        .collect();
    let ids: Vec<&str> = g.concepts()[2..].iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            format!("tbx-{line}-{}", cols[0]),
            format!("tbx-{line}-{}", cols[1])
        ]
    );
    assert_round_trips(&g, "martif_v2.tbx");
}

#[test]
fn multiterm_style_export_keeps_every_field() {
    let g = Glossary::from_path(data("multiterm_export.tbx")).unwrap();
    let c = g.concept("_1").unwrap();
    // MultiTerm's own field names are not TBX data categories: kept as notes, nothing dropped.
    has_note(c, "descrip[Subject]: organisation");
    has_note(
        c,
        "transacGrp: transac[origination]: jdoe; date: 2021-03-04T10:12:00",
    );
    has_note(
        c,
        "transacGrp: transac[modification]: jdoe; date: 2022-07-19T08:00:00",
    );
    has_note(
        c,
        "[en-US] descrip[Definition]: Regional organisation of Southeast Asian states.",
    );
    has_note(
        c,
        "ASEAN [en-US]: transacGrp: transac[origination]: jdoe; date: 2021-03-04T10:12:00",
    );
    has_note(c, "ASEAN [en-US]: termNote[termType]: acronym");
    has_note(
        c,
        "東南亞國家協會 [zh-Hant-TW]: termNote[termType]: fullForm",
    );
    assert_eq!(kind(c, "ASEAN", LanguageTag::EN), TermKind::Preferred);
    assert_eq!(kind(c, "ASEAN", LanguageTag::VI), TermKind::Abbreviation);
    assert_eq!(g.lookup("_1", LanguageTag::EN), Some("ASEAN"));
    assert_eq!(
        g.lookup("_1", LanguageTag::VI),
        Some("Hiệp hội các quốc gia Đông Nam Á")
    );
    assert_eq!(
        g.lookup_regional("_1", LanguageTag::ZH_HANT, Some("TW")),
        Some("東協")
    );
    assert_round_trips(&g, "multiterm_export.tbx");
}
