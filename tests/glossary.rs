//! End-to-end tests of the glossary: formats (round trips, malformed input), term finding, the key-term
//! check, and the built-in glossary against ../shared (the seed article and the researched hub names).

use std::path::{Path, PathBuf};

use zoulang::glossary::{Format, IssueKind, LanguagePair, Status, TermKind};
use zoulang::{Error, Glossary, LanguageTag};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/glossary")
        .join(name)
}

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/{rel} is absent (a fresh clone has no ../shared)");
        None
    }
}

const LOSSLESS: [Format; 4] = [Format::Tsv, Format::Csv, Format::Json, Format::Tbx];

fn assert_round_trips(g: &Glossary, what: &str) {
    let pair = LanguagePair::default();
    for f in LOSSLESS {
        let text = g.write(f, pair).unwrap();
        let back = Glossary::parse(&text, f, "rt", pair)
            .unwrap_or_else(|e| panic!("{what} via {f}: {e}\n{text}"));
        assert_eq!(&back, g, "{what} via {f} lost something:\n{text}");
        // Writing again gives the same bytes.
        assert_eq!(
            back.write(f, pair).unwrap(),
            text,
            "{what} via {f} not stable"
        );
    }
}

#[test]
fn every_sample_round_trips_through_every_format() {
    for name in [
        "sample.tsv",
        "sample.tbx",
        "legacy_martif.tbx",
        "sample_cat.csv",
    ] {
        let g = Glossary::from_path(data(name)).unwrap();
        assert_round_trips(&g, name);
    }
    assert_round_trips(Glossary::builtin(), "builtin");
}

#[test]
fn ids_and_categories_with_tabs_line_breaks_and_backslashes_round_trip() {
    // Found by fuzzing (fuzz/regressions/glossary_read): a CSV id holding a quoted line break was written
    // raw into TSV, splitting its row in two.
    use zoulang::glossary::{Concept, Term};
    let g = Glossary::new(vec![
        Concept::new("a\r\nb\tc", "x\\y").term(Term::new(LanguageTag::EN, "Laos")),
        Concept::new("d\\e", "").term(Term::new(LanguageTag::EN, "Lao")),
    ])
    .unwrap();
    assert_round_trips(&g, "escaped ids");
    let tsv = g.write(Format::Tsv, LanguagePair::default()).unwrap();
    assert_eq!(tsv.lines().count(), 3, "{tsv}");
    // A lone backslash in a hand-written id keeps its meaning.
    let g = Glossary::parse(
        "id\ten\nC:\\x\tLaos\n",
        Format::Tsv,
        "h",
        LanguagePair::default(),
    )
    .unwrap();
    assert!(g.concept("C:\\x").is_some());
}

#[test]
fn tbx_writes_carriage_returns_as_references_and_refuses_what_xml_cannot_hold() {
    use zoulang::glossary::{Concept, Term};
    // A conforming XML reader turns a raw `\r\n` in element text into `\n`, so it must be written as a
    // character reference to round-trip through other tools.
    let mut c = Concept::new("crlf", "").term(Term::new(LanguageTag::EN, "Laos"));
    c.notes.push("line one\r\nline two".into());
    let g = Glossary::new(vec![c]).unwrap();
    let tbx = g.write(Format::Tbx, LanguagePair::default()).unwrap();
    assert!(!tbx.contains('\r') && tbx.contains("&#13;"), "{tbx}");
    assert_round_trips(&g, "carriage return in a note");
    // U+0001 has no XML 1.0 form at all (not even a character reference): a typed error naming the
    // concept, the field and the character, never a file another reader rejects.
    for (field, c) in [
        (
            "a term",
            Concept::new("ctl", "").term(Term::new(LanguageTag::EN, "La\u{1}os")),
        ),
        (
            "the id",
            Concept::new("c\u{fffe}", "").term(Term::new(LanguageTag::EN, "Laos")),
        ),
    ] {
        let g = Glossary::new(vec![c]).unwrap();
        let e = g.write(Format::Tbx, LanguagePair::default()).unwrap_err();
        let m = e.to_string();
        assert!(matches!(e, zoulang::Error::InvalidArgument(_)), "{m}");
        assert!(
            m.contains(field) && (m.contains("U+0001") || m.contains("U+FFFE")),
            "{m}"
        );
        // The other lossless formats still hold it.
        for f in [Format::Tsv, Format::Csv, Format::Json] {
            let text = g.write(f, LanguagePair::default()).unwrap();
            assert_eq!(
                Glossary::parse(&text, f, "rt", LanguagePair::default()).unwrap(),
                g,
                "{f}"
            );
        }
    }
}

#[test]
fn tsv_sample_reads_every_column_kind() {
    let g = Glossary::from_path(data("sample.tsv")).unwrap();
    assert_eq!(g.len(), 4);
    let laos = g.concept("laos").unwrap();
    assert_eq!(laos.notes, ["a note", "another | with a pipe"]);
    assert_eq!(laos.sources, ["CLDR 49"]);
    let kinds: Vec<(String, &str, TermKind)> = laos
        .terms
        .iter()
        .map(|t| (t.lang_code(), t.text.as_str(), t.kind))
        .collect();
    assert!(kinds.contains(&("en".into(), "Laos", TermKind::Preferred)));
    assert!(kinds.contains(&("en".into(), "Lao PDR", TermKind::Synonym)));
    assert!(kinds.contains(&("en".into(), "LA", TermKind::Abbreviation)));
    assert!(kinds.contains(&("zh-Hant-TW".into(), "寮國", TermKind::Preferred)));
    assert!(kinds.contains(&("id".into(), "Laos", TermKind::Preferred)));
    let timor = g.concept("timor").unwrap();
    assert!(
        timor
            .terms
            .iter()
            .any(|t| t.text == "East Timor" && t.kind == TermKind::Forbidden)
    );
    assert_eq!(
        g.concept("tab_term").unwrap().terms[0].text,
        "A\ttabbed\\term"
    );
}

#[test]
fn tbx_basic_and_legacy_martif_are_read() {
    let g = Glossary::from_path(data("sample.tbx")).unwrap();
    let c = g.concept("c1").unwrap();
    assert_eq!(c.category, "country");
    assert!(c.notes.contains(&"Laos & its names — test".to_string()));
    // Unknown data categories are kept as notes, not dropped.
    assert!(
        c.notes
            .iter()
            .any(|n| n.contains("partOfSpeech") && n.contains("noun"))
    );
    let t = |text: &str| c.terms.iter().find(|t| t.text == text).unwrap();
    assert_eq!(t("Lao PDR").kind, TermKind::Abbreviation);
    assert_eq!(t("寮國").region.as_deref(), Some("TW"));
    assert_eq!(t("寮国").kind, TermKind::Forbidden);
    assert_eq!(t("老挝").kind, TermKind::Preferred);

    let old = Glossary::from_path(data("legacy_martif.tbx")).unwrap();
    assert_eq!(old.len(), 2);
    let e1 = old.concept("e1").unwrap();
    assert_eq!(e1.category, "organisation");
    assert_eq!(
        e1.preferred(LanguageTag::VI),
        Some("Hiệp hội các quốc gia Đông Nam Á")
    );
    assert_eq!(old.lookup("e2", LanguageTag::LO), Some("ວຽງຈັນ"));
}

#[test]
fn cat_csv_and_omegat_are_read() {
    let g = Glossary::from_path(data("sample_cat.csv")).unwrap();
    assert_eq!(g.len(), 2);
    let c = &g.concepts()[0];
    assert_eq!(c.preferred(LanguageTag::ZH_HANS), Some("老挝"));
    assert_eq!(c.notes, ["a country, landlocked"]);
    assert_eq!(g.find("东博会在南宁")[0].id, g.concepts()[1].id);

    let path = data("sample_omegat.txt");
    let g = Glossary::from_path(&path).unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(g.translate("laos", LanguageTag::ZH_HANS), Some("老挝"));
    // OmegaT → model → OmegaT keeps every line.
    let original = std::fs::read_to_string(&path).unwrap();
    let body: String = original
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        g.write(Format::OmegaT, LanguagePair::default()).unwrap(),
        body
    );
}

fn parse_err(text: &str, f: Format) -> (String, usize, String) {
    match Glossary::parse(text, f, "bad.file", LanguagePair::default()) {
        Err(Error::Parse {
            source_name,
            line,
            message,
        }) => (source_name, line, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn malformed_input_is_a_typed_error_naming_file_line_and_problem() {
    let (file, line, msg) = parse_err("id\ten\tvi\na\tA\tÁ\nb\tB\n", Format::Tsv);
    assert_eq!(
        (file.as_str(), line, msg.as_str()),
        ("bad.file", 3, "expected 3 columns, found 2")
    );

    let (_, line, msg) = parse_err("# c\nid\ten\txx-nope\n", Format::Tsv);
    assert_eq!(line, 2);
    assert!(msg.contains("xx-nope"), "{msg}");

    let (_, line, msg) = parse_err("id\ten\na\tA\nb\tB\na\tC\n", Format::Tsv);
    assert_eq!(line, 4);
    assert!(
        msg.contains("duplicate concept id `a`") && msg.contains("line 2"),
        "{msg}"
    );

    let (_, line, msg) = parse_err("en,vi\nLaos,Lào,extra\n", Format::Csv);
    assert_eq!(line, 2);
    assert!(msg.contains("expected 2 columns, found 3"), "{msg}");

    let (_, line, msg) = parse_err("Laos\n", Format::OmegaT);
    assert_eq!(line, 1);
    assert!(msg.contains("found 1"), "{msg}");

    let (_, line, msg) = parse_err(
        "{\"concepts\": [\n {\"id\": \"a\", \"terms\": [{\"text\": \"A\", \"lang\": \"qq\", \"kind\": \"preferred\"}]}]}",
        Format::Json,
    );
    assert_eq!(line, 2);
    assert!(msg.contains("qq"), "{msg}");

    let json_dup = "{\"concepts\": [\n{\"id\": \"a\", \"terms\": [{\"text\": \"A\", \"lang\": \"en\", \"kind\": \"preferred\"}]},\n{\"id\": \"a\", \"terms\": [{\"text\": \"B\", \"lang\": \"en\", \"kind\": \"preferred\"}]}]}";
    let (_, line, msg) = parse_err(json_dup, Format::Json);
    assert_eq!(line, 3);
    assert!(msg.contains("duplicate"), "{msg}");
}

/// An empty glossary is written in every format as something its own reader takes back (TSV and CSV wrote
/// a header without language columns, which their readers refused: issue #9).
#[test]
fn an_empty_glossary_round_trips_through_every_writer_and_reader() {
    let pair = LanguagePair::default();
    let empty = Glossary::empty();
    for f in [
        Format::Tsv,
        Format::Csv,
        Format::OmegaT,
        Format::Json,
        Format::Tbx,
    ] {
        let text = empty.write(f, pair).unwrap_or_else(|e| panic!("{f}: {e}"));
        let back = Glossary::parse(&text, f, "empty", pair)
            .unwrap_or_else(|e| panic!("{f}: cannot read its own empty glossary: {e}\n{text}"));
        assert!(back.is_empty(), "{f}: {} concepts", back.len());
        assert_eq!(back.write(f, pair).unwrap(), text, "{f}: not stable");
    }
    // A header without language columns is still an error once a concept row follows, naming the header.
    let (_, line, msg) = parse_err("# c\nid\tcategory\nlaos\tcountry\n", Format::Tsv);
    assert_eq!(line, 2);
    assert!(msg.contains("no language column"), "{msg}");
    let (_, line, msg) = parse_err("id,notes\nlaos,a note\n", Format::Csv);
    assert_eq!(line, 1);
    assert!(msg.contains("no language column"), "{msg}");
}

/// Terms and other fields over the documented caps are typed errors naming the file and line, in every
/// format; a term at the cap is accepted.
#[test]
fn oversized_terms_and_fields_are_refused_naming_file_and_line() {
    let pair = LanguagePair::default();
    let at_cap = "a".repeat(Glossary::MAX_TERM_BYTES);
    let over = "老".repeat(Glossary::MAX_TERM_BYTES / 3 + 1);
    let ok = Glossary::parse(
        &format!("id\ten\nx\t{at_cap}\n"),
        Format::Tsv,
        "cap.tsv",
        pair,
    )
    .expect("a term at the cap is accepted");
    assert_eq!(ok.len(), 1);
    let cases = [
        (Format::Tsv, format!("id\ten\nlaos\tLaos\nx\t{over}\n"), 3),
        (Format::Csv, format!("id,en\nlaos,Laos\nx,\"{over}\"\n"), 3),
        (Format::OmegaT, format!("Laos\tLào\n{over}\tx\n"), 2),
        // A row joining the concept above is named by its own line.
        (
            Format::OmegaT,
            format!("Laos\tLào\nLA\tLào\tabbreviation of Laos\nLaos\t{over}\tsynonym of Lào\n"),
            3,
        ),
        (
            Format::Tsv,
            format!(
                "id\ten\tnotes\nx\tX\t{}\n",
                "n".repeat(Glossary::MAX_FIELD_BYTES + 1)
            ),
            2,
        ),
    ];
    for (f, text, want_line) in cases {
        let e = Glossary::parse(&text, f, "big.file", pair)
            .map(|g| g.len())
            .expect_err("an oversized field is refused");
        let named = matches!(&e, Error::FieldTooLarge { source_name, line, size, limit, .. }
            if source_name == "big.file" && *line == want_line && size > limit);
        assert!(
            named,
            "{f}: want FieldTooLarge at big.file:{want_line}, got {e}"
        );
    }
    // JSON and TBX name the line of the concept.
    let g = Glossary::new(vec![
        zoulang::glossary::Concept::new("x", "")
            .term(zoulang::glossary::Term::new(LanguageTag::EN, "X")),
    ])
    .unwrap();
    for f in [Format::Json, Format::Tbx] {
        let text = g
            .write(f, pair)
            .unwrap()
            .replace(">X<", &format!(">{over}<"))
            .replace("\"X\"", &format!("\"{over}\""));
        match Glossary::parse(&text, f, "big.file", pair) {
            Err(e @ Error::FieldTooLarge { .. }) => {
                assert!(e.to_string().starts_with("big.file:"), "{e}")
            }
            r => panic!("{f}: expected FieldTooLarge, got {:?}", r.map(|g| g.len())),
        }
    }
}

#[test]
fn malformed_tbx_is_a_typed_error() {
    let head = "<?xml version=\"1.0\"?>\n<tbx><text><body>\n";
    let (_, line, msg) = parse_err(
        &format!(
            "{head}<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>A</term></termSec></langSec>\n</body></text></tbx>"
        ),
        Format::Tbx,
    );
    assert!(msg.contains("malformed XML"), "{msg}");
    assert_eq!(line, 4);

    let (_, line, msg) = parse_err(
        &format!(
            "{head}<conceptEntry id=\"a\">\n<langSec xml:lang=\"klingon\"><termSec><term>A</term></termSec></langSec></conceptEntry></body></text></tbx>"
        ),
        Format::Tbx,
    );
    assert_eq!(line, 4);
    assert!(msg.contains("klingon"), "{msg}");

    let entry = "<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>A</term></termSec></langSec></conceptEntry>\n";
    let (_, line, msg) = parse_err(
        &format!("{head}{entry}{entry}</body></text></tbx>"),
        Format::Tbx,
    );
    assert_eq!(line, 4);
    assert!(msg.contains("duplicate concept id `a`"), "{msg}");

    // Entities declared in a DTD are never expanded (no billion laughs, no external files).
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>";
    let (_, line, msg) = parse_err(xxe, Format::Tbx);
    assert_eq!(line, 3);
    assert!(msg.contains("`&e;` is not resolved"), "{msg}");

    let deep = format!(
        "{head}{}{}</body></text></tbx>",
        "<x>".repeat(100),
        "</x>".repeat(100)
    );
    let (_, _, msg) = parse_err(&deep, Format::Tbx);
    assert!(msg.contains("nested deeper than 64"), "{msg}");

    let (_, _, msg) = parse_err("<html/>", Format::Tbx);
    assert!(msg.contains("root element is `html`"), "{msg}");
}

fn one(concepts: &[(&str, &str, LanguageTag)]) -> Glossary {
    use zoulang::glossary::{Concept, Term};
    Glossary::new(
        concepts
            .iter()
            .map(|(id, t, l)| Concept::new(*id, "").term(Term::new(*l, *t)))
            .collect(),
    )
    .unwrap()
}

#[test]
fn find_respects_word_boundaries_only_in_spaced_scripts() {
    let g = one(&[
        ("ti", "Ti", LanguageTag::EN),
        ("lao_th", "ลาว", LanguageTag::TH),
        ("china", "China", LanguageTag::EN),
        ("expo", "China-ASEAN Expo", LanguageTag::EN),
        ("cn", "中国", LanguageTag::ZH_HANS),
    ]);
    assert!(g.find("Tiếng Việt").is_empty());
    assert!(g.find("Tiểu").is_empty());
    assert_eq!(g.find("Ti, Ti.").len(), 2);
    // Thai and Han terms match inside running text.
    let m = g.find("ประเทศลาวและจีน");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].text, "ลาว");
    assert_eq!(g.find("在中国的")[0].text, "中国");
    // A Latin term next to Han text is at a boundary.
    assert_eq!(g.find("来自China的")[0].id, "china");
    // Longest first; a longer match without a boundary falls back to a shorter one at the same start.
    let m = g.find("the China-ASEAN Expo and China-ASEAN Expos");
    let got: Vec<_> = m.iter().map(|m| (m.text, m.id)).collect();
    assert_eq!(got, [("China-ASEAN Expo", "expo"), ("China", "china")]);
}

#[test]
fn short_names_do_not_match_lower_case_words() {
    // Review finding: English `Lao` and `Thai` matched Vietnamese lao động (labour), cù lao (islet),
    // mang thai (pregnant). A short name written with a capital needs a capital in the text; longer terms
    // still match in any case.
    let g = Glossary::builtin();
    let ids = |t: &str| -> Vec<String> { g.find(t).iter().map(|m| m.id.to_string()).collect() };
    assert!(
        ids("Anh ấy làm việc ở công ty lao động, cù lao, thù lao. Cô ấy mang thai.").is_empty()
    );
    assert_eq!(
        ids("the Lao and THAI delegations"),
        ["language_lao", "language_thai"]
    );
    assert_eq!(ids("china-asean expo in Laos"), ["caexpo", "country_laos"]);
    // An all-lower-case short name is dropped only when its lower-case form is a word of its own
    // (`lao`, `thai` in Vietnamese; an abbreviation that is an English word, `glut`): `laos` is listed
    // only in languages where it is the country's name (review finding: `visit laos`, `ｌａｏｓ` were
    // not found).
    assert_eq!(ids("china-asean expo in laos"), ["caexpo", "country_laos"]);
    assert_eq!(ids("visit ｌａｏｓ"), ["country_laos"]);
    assert!(ids("a glut of oil").is_empty());
    assert_eq!(ids("GLUT"), ["guilin_university_of_technology"]);
    use zoulang::glossary::{Concept, Term};
    let g = Glossary::new(vec![
        Concept::new("laos", "country")
            .term(Term::new(LanguageTag::EN, "Laos"))
            .term(Term::new(LanguageTag::EN, "laos")),
    ])
    .unwrap();
    assert_eq!(g.find("flights to laos").len(), 1);
    // Another concept's lower-case word of the same form takes the lower-case occurrences (review
    // finding: a user's Vietnamese `lao` merged after the built-in `Lao` was never found).
    let mut g = Glossary::builtin().clone();
    g.extend(
        Glossary::new(vec![
            Concept::new("lao_labour", "word").term(Term::new(LanguageTag::VI, "lao")),
        ])
        .unwrap(),
    )
    .unwrap();
    let got: Vec<(String, String)> = g
        .find("lao động và Lao")
        .iter()
        .map(|m| (m.text.to_string(), m.id.to_string()))
        .collect();
    let want = [("lao", "lao_labour"), ("Lao", "language_lao")];
    assert_eq!(got, want.map(|(t, i)| (t.to_string(), i.to_string())));
    assert!(ids("npc cec").is_empty());
}

#[test]
fn find_folds_case_width_dashes_and_quotes_with_original_offsets() {
    let g = Glossary::builtin();
    for text in [
        "ＣＨＩＮＡ－ＡＳＥＡＮ　ＥＸＰＯ",
        "china–asean  expo",
        "CHINA‐ASEAN\u{a0}Expo",
        "中国-东盟博览会",
        "中國—東盟博覽會",
        // Spaced dashes (review finding: each fell back to China plus ASEAN).
        "China - ASEAN Expo",
        "CHINA – ASEAN EXPO",
        "中国 — 东盟博览会",
        // A run of dashes is one dash (review 5b, defect 7: `——` is what Chinese IMEs type).
        "中国——东盟博览会",
        "中國——東盟博覽會",
        "中国 —— 东盟博览会",
        "China--ASEAN Expo",
    ] {
        let text_in = format!("«{text}»");
        let m = g.find(&text_in);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        assert_eq!(m[0].id, "caexpo", "{text}");
        assert_eq!(&text_in[m[0].start..m[0].end], text, "{text}");
        assert_eq!(m[0].text, text);
    }
    // Laos in every script, one id.
    for t in [
        "老挝",
        "老撾",
        "寮國",
        "Laos",
        "Lào",
        "ລາວ",
        "ลาว",
        "ឡាវ",
        "လာအို",
    ] {
        let text = format!("({t})");
        let m = g.find(&text);
        assert_eq!(
            m.iter().map(|m| m.id).collect::<Vec<_>>(),
            ["country_laos"],
            "{t}"
        );
    }
}

#[test]
fn chinese_matches_regardless_of_script_and_regional_phrasing() {
    // A user glossary holding only mainland Simplified forms.
    let g = one(&[
        ("harbor", "中国—东盟信息港", LanguageTag::ZH_HANS),
        ("ai", "人工智能", LanguageTag::ZH_HANS),
        ("laos", "老挝", LanguageTag::ZH_HANS),
    ]);
    let text = "中國—東盟資訊港與寮國、老撾的人工智慧合作";
    let got: Vec<_> = g
        .find(text)
        .into_iter()
        .map(|m| {
            assert_eq!(&text[m.start..m.end], m.text);
            (m.text, m.id)
        })
        .collect();
    let want = [
        ("中國—東盟資訊港", "harbor"),
        ("寮國", "laos"),
        ("老撾", "laos"),
        ("人工智慧", "ai"),
    ];
    assert_eq!(got, want.map(|(t, i)| (t, i)).to_vec());
    // Taiwan terms written in Simplified characters with their Taiwan phrasing (as `t2s` output, or a
    // mainland writer quoting Taiwan usage) are found under the same ids (review finding).
    let g = Glossary::builtin();
    let text = "寮国与中国—东盟资讯港";
    let got: Vec<(String, String)> = g
        .find(text)
        .iter()
        .map(|m| (text[m.start..m.end].to_string(), m.id.to_string()))
        .collect();
    let want = [
        ("寮国", "country_laos"),
        ("中国—东盟资讯港", "china_asean_information_harbor"),
    ];
    assert_eq!(got, want.map(|(t, i)| (t.to_string(), i.to_string())));
    // Found, but a Simplified (mainland) target wants the mainland 老挝, not the Taiwan word (review
    // 5b, defect 5); a Traditional target without region takes it.
    let issues = g.check_pair(
        "Vietnam and Laos",
        "越南和寮国",
        LanguageTag::EN,
        LanguageTag::ZH_HANS,
    );
    let expected: Vec<_> = issues.iter().map(|i| i.expected.as_deref()).collect();
    assert_eq!(expected, [Some("老挝")]);
    let issues = g.check_pair(
        "Vietnam and Laos",
        "越南和寮国",
        LanguageTag::EN,
        LanguageTag::ZH_HANT,
    );
    assert!(issues.is_empty(), "{issues:?}");
    let issues = g.check_pair(
        "中国—东盟博览会在南宁举行。",
        "The China - ASEAN Expo was held in Nanning.",
        LanguageTag::ZH_HANS,
        LanguageTag::EN,
    );
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn lookup_translate_and_jieba_words() {
    let g = Glossary::builtin();
    assert_eq!(
        g.lookup("country_myanmar", LanguageTag::EN),
        Some("Myanmar")
    );
    assert_eq!(
        g.lookup("country_timor_leste", LanguageTag::ZH_HANS),
        Some("东帝汶")
    );
    assert_eq!(g.lookup("asean", LanguageTag::KM), Some("អាស៊ាន"));
    assert_eq!(g.lookup("asean", LanguageTag::LO), Some("ອາຊຽນ"));
    assert_eq!(g.lookup("asean", LanguageTag::MY), Some("အာဆီယံ"));
    assert_eq!(g.translate("Burma", LanguageTag::ZH_HANT), Some("緬甸"));
    assert_eq!(
        g.translate("中國—東盟資訊港", LanguageTag::EN),
        Some("China-ASEAN Information Harbor")
    );
    assert_eq!(g.translate("not a term", LanguageTag::EN), None);
    // Regional terms (review finding: a TW or HK reader got the generic Traditional term).
    assert_eq!(
        g.lookup_regional("asean", LanguageTag::ZH_HANT, Some("TW")),
        Some("東協")
    );
    assert_eq!(
        g.translate_regional("Laos", LanguageTag::ZH_HANT, Some("hk")),
        Some("老撾")
    );
    // A region the concept has no term for falls back to the language's preferred term.
    assert_eq!(
        g.lookup_regional("country_laos", LanguageTag::VI, Some("VN")),
        Some("Lào")
    );
    // The key-term check expects the region's term too (it used to expect the generic one).
    let issues = g.check_pair_regional(
        "Laos and ASEAN",
        "會晤",
        LanguageTag::EN,
        LanguageTag::ZH_HANT,
        Some("TW"),
    );
    let expected: Vec<_> = issues.iter().map(|i| i.expected.as_deref()).collect();
    assert_eq!(expected, [Some("寮國"), Some("東協")]);
    let issues = g.check_pair_regional(
        "Laos",
        "會晤",
        LanguageTag::EN,
        LanguageTag::ZH_HANT,
        Some("HK"),
    );
    assert_eq!(issues[0].expected.as_deref(), Some("老撾"));
    let issues = g.check_pair("ASEAN", "會晤", LanguageTag::EN, LanguageTag::ZH_HANT);
    assert_eq!(issues[0].expected.as_deref(), Some("東盟"));
    // A region's target wants its own phrasing (review 5b, defect 5): Hong Kong's 老撾 is not Taiwan's
    // 寮國; without a region any term of the concept counts.
    let issues = g.check_pair_regional(
        "Laos",
        "老撾",
        LanguageTag::EN,
        LanguageTag::ZH_HANT,
        Some("TW"),
    );
    assert_eq!(issues[0].expected.as_deref(), Some("寮國"));
    assert!(
        g.check_pair("Laos", "老撾", LanguageTag::EN, LanguageTag::ZH_HANT)
            .is_empty()
    );
    let words = g.jieba_user_words(50_000);
    assert!(words.lines().any(|l| l == "中国-东盟信息港 50000 nz"));
    assert!(words.lines().all(|l| l.split(' ').count() == 3));
}

#[test]
fn check_pair_reports_missing_and_forbidden_terms() {
    let g = Glossary::from_path(data("sample.tsv")).unwrap();
    let issues = g.check_pair(
        "Timor-Leste and Laos at the China-ASEAN Expo in Laos.",
        "东帝汶和老挝出席了博览会。",
        LanguageTag::EN,
        LanguageTag::ZH_HANS,
    );
    let got: Vec<_> = issues
        .iter()
        .map(|i| {
            (
                i.kind,
                i.id.as_str(),
                i.text.as_str(),
                i.expected.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                IssueKind::MissingTarget,
                "caexpo",
                "China-ASEAN Expo",
                Some("中国—东盟博览会")
            ),
            (IssueKind::MissingTarget, "laos", "Laos", Some("老挝")),
        ]
    );
    let issues = g.check_pair(
        "东帝汶",
        "East Timor",
        LanguageTag::ZH_HANS,
        LanguageTag::EN,
    );
    assert_eq!(issues.len(), 2, "{issues:?}");
    assert_eq!(issues[1].kind, IssueKind::ForbiddenTerm);
    assert_eq!(issues[1].expected.as_deref(), Some("Timor-Leste"));
}

/// Every named ASEAN / China–ASEAN entity of the seed article, as written in its English part and in its
/// Traditional Chinese part (our own list, read off the text), with the entry id it must be found under.
const SEED_BOTH: &[(&str, &str, &str)] = &[
    ("asean", "ASEAN", "東盟"),
    ("guangxi", "Guangxi", "廣西"),
    (
        "guangxi_zhuang_autonomous_region",
        "Guangxi Zhuang autonomous region",
        "廣西壯族自治區",
    ),
    ("country_china", "China", "中國"),
    (
        "china_asean_community_shared_future",
        "China-ASEAN community with a shared future",
        "中國—東盟命運共同體",
    ),
    ("two_sessions", "two sessions", "全國兩會"),
    (
        "ai_capacity_building_inclusiveness_plan",
        "AI Capacity Building Inclusiveness Plan",
        "人工智慧能力建設普惠計劃",
    ),
    (
        "china_asean_information_harbor",
        "China-ASEAN Information Hub",
        "中國—東盟資訊港",
    ),
    (
        "nanning_international_telecom_gateway",
        "Nanning International Communication Hub",
        "國際通訊業務出入口局",
    ),
    (
        "acfta_3_0",
        "China-ASEAN Free Trade Area 3.0",
        "中國—東盟自貿區3.0版",
    ),
    (
        "guangxi_ai_industrial_fund",
        "AI Industrial Fund",
        "人工智慧產業基金",
    ),
    ("caexpo", "China-ASEAN Expo", "中國—東盟博覽會"),
    (
        "china_asean_ai_summit",
        "China-ASEAN AI Summit",
        "中國—東盟人工智慧大會",
    ),
    ("country_vietnam", "Vietnam", "越南"),
    ("country_laos", "Laos", "寮國"),
    (
        "china_laos_ai_innovation_cooperation_center",
        "China-Laos AI Innovation Cooperation Center",
        "中國—寮國人工智慧創新合作中心",
    ),
    ("nanning", "Nanning", "南寧"),
    (
        "china_asean_ai_innovation_cooperation_center",
        "China-ASEAN AI Innovation and Cooperation Center",
        "中國—東盟人工智慧創新合作中心",
    ),
    (
        "asean_digital_community_2045",
        "Digital Community 2045",
        "數字共同體",
    ),
    (
        "china_asean_comprehensive_strategic_partnership",
        "China-ASEAN Comprehensive Strategic Partnership",
        "中國東盟全面戰略伙伴關係",
    ),
    ("china_daily", "China Daily", "中國日報"),
];

/// Entities named only in the Traditional Chinese part.
const SEED_ZH_ONLY: &[(&str, &str)] = &[
    ("cabis", "中國—東盟商務與投資峰會"),
    (
        "china_asean_information_harbor_forum",
        "中國—東盟資訊港論壇",
    ),
    (
        "china_asean_industrial_cooperation_zone",
        "中國—東盟產業合作區",
    ),
    ("china_guangxi_pilot_ftz", "中國(廣西)自由貿易試驗區"),
    ("guangxi_beibu_gulf_economic_zone", "北部灣經濟區"),
    ("cec", "中國電子資訊產業集團"),
    (
        "china_asean_information_harbor_company",
        "中國—東盟資訊港股份有限公司",
    ),
    ("kinh_bac_city", "京北都市發展公司"),
    ("viettel", "viettel"),
    ("alibaba", "阿里巴巴"),
    ("zero_one_ai", "零一萬物"),
    ("deepseek", "DeepSeek"),
    ("guangxi_university", "廣西大學"),
    (
        "guilin_university_of_electronic_technology",
        "桂林電子科技大學",
    ),
    ("guilin_university_of_technology", "桂林理工大學"),
    ("china_asean_ai_college", "中國—東盟人工智慧學院"),
    (
        "china_asean_ai_innovation_research_institute",
        "中國—東盟人工智慧創新研究院",
    ),
    ("maritime_silk_road", "21世紀海上絲綢之路"),
    (
        "high_level_meeting_ai_capacity_building",
        "人工智慧能力建設國際合作高級別會議",
    ),
    ("asean_community", "東盟共同體"),
];

/// Entities named only in the English part.
const SEED_EN_ONLY: &[(&str, &str)] = &[
    ("national_peoples_congress", "National People's Congress"),
    ("national_peoples_congress", "NPC"),
    (
        "cppcc",
        "Chinese People's Political Consultative Conference",
    ),
    ("capital_beijing", "Beijing"),
];

fn found(g: &Glossary, text: &str, id: &str, surface: &str) -> bool {
    g.find(text).iter().any(|m| m.id == id && m.text == surface)
}

#[test]
fn seed_entities_are_found_in_english_and_traditional_chinese_under_one_id() {
    let (Some(en), Some(zh)) = (
        shared("seed/china-daily-guangxi-asean-ai.en.txt"),
        shared("seed/china-daily-guangxi-asean-ai.zh-Hant.txt"),
    ) else {
        return;
    };
    let en = std::fs::read_to_string(en).unwrap();
    let zh = std::fs::read_to_string(zh).unwrap();
    let g = Glossary::builtin();
    let mut missing = Vec::new();
    for (id, e, z) in SEED_BOTH {
        assert!(
            en.contains(e) && zh.contains(z),
            "list entry not in the seed: {e} / {z}"
        );
        if !found(g, &en, id, e) {
            missing.push(format!("en {id}: {e}"));
        }
        if !found(g, &zh, id, z) {
            missing.push(format!("zh-Hant {id}: {z}"));
        }
    }
    for (id, z) in SEED_ZH_ONLY {
        assert!(zh.contains(z), "list entry not in the seed: {z}");
        if !found(g, &zh, id, z) {
            missing.push(format!("zh-Hant {id}: {z}"));
        }
    }
    for (id, e) in SEED_EN_ONLY {
        assert!(en.contains(e), "list entry not in the seed: {e}");
        if !found(g, &en, id, e) {
            missing.push(format!("en {id}: {e}"));
        }
    }
    assert!(missing.is_empty(), "not found:\n{}", missing.join("\n"));
}

#[test]
fn researched_hub_names_aliases_and_statuses_are_in_the_builtin_glossary() {
    let Some(path) = shared("data/glossary/china_asean_hub_names.tsv") else {
        eprintln!("skipped: ../shared/data/glossary/china_asean_hub_names.tsv is absent");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let g = Glossary::builtin();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).unwrap();
    let (id_c, en_c, zhs_c, zht_c) = (col("id"), col("en"), col("zh_Hans"), col("zh_Hant"));
    let (al_c, st_c) = (col("zh_aliases"), col("status"));
    let mut wrong = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let id = cells[id_c];
        assert!(
            g.concept(id).is_some(),
            "hub row `{id}` missing from the built-in glossary"
        );
        for name in [cells[en_c], cells[zhs_c], cells[zht_c]] {
            if name.is_empty() {
                continue;
            }
            let m = g.find(name);
            assert!(
                m.len() == 1 && m[0].id == id && m[0].text == name,
                "`{name}` should be found whole as `{id}`, got {m:?}"
            );
        }
        let (status, c) = (cells[st_c], g.concept(id).unwrap());
        // Aliases given bare (not qualified by a note or a description) are names of the entry.
        for alias in cells[al_c].split(';').map(str::trim) {
            if alias.is_empty() || alias.contains([' ', '(']) {
                continue;
            }
            let m = g.find(alias);
            if !(m.len() == 1 && m[0].id == id && m[0].text == alias) {
                wrong.push(format!("alias `{alias}` of `{id}`: {m:?}"));
            }
        }
        // A Traditional form the table does not have is converted, so the entry is at most `derived`;
        // a row the table marks unconfirmed, derived or not retrieved, or seen in one place, is not
        // `confirmed`, and one seen in one place only is `unconfirmed`.
        let has_hant = c.terms.iter().any(|t| t.lang == LanguageTag::ZH_HANT);
        let weak = ["UNCONFIRMED", "derived", "NOT retrieved", "seen in one"]
            .iter()
            .any(|w| status.contains(w));
        if (cells[zht_c].is_empty() && has_hant || weak) && c.status == Status::Confirmed {
            wrong.push(format!("`{id}` is confirmed, table: {status}"));
        }
        if status.contains("seen in one") && c.status != Status::Unconfirmed {
            wrong.push(format!("`{id}` is {:?}, table: {status}", c.status));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn builtin_knows_official_and_variant_names_and_lao_cai() {
    let g = Glossary::builtin();
    for (text, id) in [
        ("Lao PDR", "country_laos"),
        ("the Lao People's Democratic Republic", "country_laos"),
        ("Viet Nam", "country_vietnam"),
        ("East Timor", "country_timor_leste"),
        ("အာဆီယံ", "asean"),
        ("中国东盟博览会", "caexpo"),
        ("中國東盟博覽會", "caexpo"),
        ("Lào Cai", "lao_cai"),
        ("Lao Cai", "lao_cai"),
        ("老街省", "lao_cai"),
    ] {
        let m = g.find(text);
        assert!(
            m.len() == 1 && m[0].id == id && text.ends_with(m[0].text),
            "{text}: {m:?}"
        );
    }
    // The language is still found where it is meant.
    assert_eq!(g.find("Lao and Thai")[0].id, "language_lao");
}

#[test]
fn symbols_folded_into_letters_do_not_glue_to_terms_and_chinese_matches_keep_their_script() {
    let g = Glossary::builtin();
    for text in ["ASEAN™", "ASEAN℠ summit", "ASEAN® ", "(ASEAN)™"] {
        let m = g.find(text);
        assert!(
            m.len() == 1 && m[0].id == "asean" && m[0].text == "ASEAN",
            "{text}: {m:?}"
        );
    }
    for (text, lang) in [
        ("中國 — 東盟資訊港", LanguageTag::ZH_HANT),
        ("中國東盟資訊港", LanguageTag::ZH_HANT),
        ("中國-東盟信息港", LanguageTag::ZH_HANT),
        ("中国 — 东盟信息港", LanguageTag::ZH_HANS),
        ("中国东盟信息港", LanguageTag::ZH_HANS),
    ] {
        let m = g.find(text);
        assert!(
            m.len() == 1 && m[0].id == "china_asean_information_harbor" && m[0].lang == lang,
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_merged_glossary_takes_precedence_and_a_clashing_id_names_both_places() {
    use zoulang::glossary::{Concept, Term};
    let mut g = Glossary::builtin().clone();
    let user = Glossary::parse(
        "id\ten\tzh-Hans\nmy_laos\tLaos\t老挝\n",
        Format::Tsv,
        "mine.tsv",
        LanguagePair::default(),
    )
    .unwrap();
    g.extend(user).unwrap();
    let ids: Vec<String> = g
        .find("Laos, 寮國 and Lao")
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(ids, ["my_laos", "my_laos", "language_lao"]);
    // Review 5b, defect 3: the precedence is the concept order, so it survives writing and reading
    // back (it was kept beside the concepts and lost, while `==` said equal).
    assert_eq!(g.concepts()[0].id, "my_laos");
    for f in LOSSLESS {
        let text = g.write(f, LanguagePair::default()).unwrap();
        let back = Glossary::parse(&text, f, "back", LanguagePair::default()).unwrap();
        let back_ids: Vec<String> = back
            .find("Laos, 寮國 and Lao")
            .iter()
            .map(|m| m.id.to_string())
            .collect();
        assert_eq!(back_ids, ids, "{f:?}");
        assert!(back == g, "{f:?}");
    }
    assert_eq!(g.clone().find("Laos")[0].id, "my_laos");
    // A later merge wins over an earlier one.
    g.extend(
        Glossary::new(vec![
            Concept::new("laos2", "").term(Term::new(LanguageTag::EN, "Laos")),
        ])
        .unwrap(),
    )
    .unwrap();
    assert_eq!(g.find("Laos")[0].id, "laos2");
    let dup = Glossary::parse(
        "id\ten\nx\tFoo\nasean\tASEAN\n",
        Format::Tsv,
        "dupb.tsv",
        LanguagePair::default(),
    )
    .unwrap();
    let msg = Glossary::builtin()
        .clone()
        .extend(dup)
        .unwrap_err()
        .to_string();
    assert!(
        msg.starts_with("dupb.tsv:3: duplicate concept id `asean`")
            && msg.contains("built-in glossary:"),
        "{msg}"
    );
}

/// Review 5b, defect 2: the short-name case rule is for proper names (a name category, or an
/// abbreviation in capitals); a user glossary's capitalised common nouns match in any case.
#[test]
fn the_short_name_case_rule_spares_common_nouns() {
    use zoulang::glossary::{Concept, Term};
    let g = Glossary::parse(
        "id\ten\tzh-Hans\nbank\tBank\t银行\nloan\tLoan\t贷款\ntax\tTax\t税\nwolf\tWolf\t狼\n",
        Format::Tsv,
        "fin.tsv",
        LanguagePair::default(),
    )
    .unwrap();
    let ids: Vec<String> = g
        .find("The bank approved the loan and the tax. A wolf.")
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(ids, ["bank", "loan", "tax", "wolf"]);
    let issues = g.check_pair(
        "the bank pays tax",
        "这个",
        LanguageTag::EN,
        LanguageTag::ZH_HANS,
    );
    assert_eq!(issues.len(), 2, "{issues:?}");
    // Proper names and abbreviations keep it, in a user glossary too.
    let names = Glossary::new(vec![
        Concept::new("thai_co", "company").term(Term::new(LanguageTag::EN, "Thai")),
        Concept::new("glut", "").term(Term::new(LanguageTag::EN, "GLUT")),
    ])
    .unwrap();
    assert!(names.find("mang thai, a glut").is_empty());
    assert_eq!(names.find("Thai GLUT").len(), 2);
    let b = Glossary::builtin();
    assert!(b.find("lao động, mang thai").is_empty());
    let laos: Vec<_> = b
        .find("visit laos")
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(laos, ["country_laos"]);
}

/// Review 5b, defect 8: `cmn-TW` (also `zho-`, `chi-`) is `zh-TW`, and a plain `zh` term with a region
/// (TBX `xml:lang="zh"` with a region, JSON `{"lang": "zh", "region": "TW"}`) round-trips through TSV
/// and CSV (it was written `zh-TW` and read back as `zh-Hant`, a synonym becoming preferred).
#[test]
fn chinese_by_other_names_and_plain_zh_with_a_region_round_trip() {
    use zoulang::glossary::{Concept, Term, TermKind, parse_lang_region};
    for (code, lang, region) in [
        ("cmn-TW", LanguageTag::ZH_HANT, "TW"),
        ("zho-TW", LanguageTag::ZH_HANT, "TW"),
        ("chi-TW", LanguageTag::ZH_HANT, "TW"),
        ("cmn-CN", LanguageTag::ZH_HANS, "CN"),
        ("zh-cmn-HK", LanguageTag::ZH_HANT, "HK"),
    ] {
        assert_eq!(
            parse_lang_region(code).unwrap(),
            (lang, Some(region.to_string())),
            "{code}"
        );
    }
    let b = Glossary::builtin();
    let (l, r) = parse_lang_region("cmn-TW").unwrap();
    assert_eq!(b.lookup_regional("asean", l, r.as_deref()), Some("東協"));
    let g = Glossary::new(vec![
        Concept::new("laos", "country")
            .term(Term::new(LanguageTag::EN, "Laos"))
            .term(Term::new(LanguageTag::ZH, "寮國").region("TW"))
            .term(
                Term::new(LanguageTag::ZH, "寮国")
                    .region("TW")
                    .kind(TermKind::Synonym),
            )
            .term(Term::new(LanguageTag::ZH, "老挝").region("CN")),
    ])
    .unwrap();
    assert_round_trips(&g, "plain zh with regions");
}

/// Review 5b, defect 10: clearer errors and legitimate tags accepted.
#[test]
fn semicolon_csv_unsupported_tags_empty_regions_and_redundant_scripts() {
    use zoulang::glossary::parse_lang_region;
    // Excel's semicolon CSV: the message names the delimiter.
    let (_, line, msg) = parse_err("en_US;zh_CN\nLaos;老挝\n", Format::Csv);
    assert_eq!(line, 1);
    assert!(msg.contains("delimiter looks like `;`"), "{msg}");
    // A known language with a script the glossary cannot keep is not "unknown".
    let tbx = r#"<martif type="TBX"><text><body><termEntry id="a">
        <langSet xml:lang="sr-Latn"><tig><term>Laos</term></tig></langSet>
        </termEntry></body></text></martif>"#;
    let (_, _, msg) = parse_err(tbx, Format::Tbx);
    assert!(msg.contains("sr-Latn") && !msg.contains("unknown"), "{msg}");
    assert!(matches!(
        parse_lang_region("sr-Latn"),
        Err(Error::UnsupportedLanguage { .. })
    ));
    // The language's own script is redundant.
    assert_eq!(
        parse_lang_region("ms-Latn").unwrap(),
        (LanguageTag::MS, None)
    );
    assert_eq!(
        parse_lang_region("en-Latn-US").unwrap(),
        (LanguageTag::EN, Some("US".to_string()))
    );
    assert_eq!(
        parse_lang_region("th-Thai").unwrap(),
        (LanguageTag::TH, None)
    );
    assert!(parse_lang_region("en-Cyrl").is_err());
    // JSON `"region": ""` is no region.
    let json = r#"{"concepts": [{"id": "a", "terms": [{"text": "Laos", "lang": "en", "region": "", "kind": "preferred"}]}]}"#;
    let g = Glossary::parse(json, Format::Json, "r.json", LanguagePair::default()).unwrap();
    assert_eq!(g.concepts()[0].terms[0].region, None);
}

/// Code review of session 5: a user glossary without categories (OmegaT has none) merged over the built-in
/// one shares the built-in names' case rule (`mang thai`, `lao động` stay unmatched; failed before: the
/// user's uncased `Thai` took the form), and a forbidden term of the glossary merged under another is still
/// reported (failed before: only the concept `find` reports was judged).
#[test]
fn merged_glossaries_keep_the_name_case_rule_and_every_forbidden_term() {
    let pair = LanguagePair::parse("en", "th").unwrap();
    let user = Glossary::parse("Thai\tไทย\nLao\tລາວ\n", Format::OmegaT, "u.txt", pair).unwrap();
    let mut g = Glossary::builtin().clone();
    g.extend(user).unwrap();
    let found: Vec<String> = g
        .find("Cô ấy mang thai. Người lao động. Thai and Lao.")
        .iter()
        .map(|m| m.text.to_string())
        .collect();
    assert_eq!(found, ["Thai", "Lao"]);

    let mut g = Glossary::parse(
        "id\tcategory\ten\tzh-Hans\tzh-Hans:forbidden\nmy_asean\torganisation\tASEAN\t东盟\t东协\n",
        Format::Tsv,
        "u.tsv",
        LanguagePair::default(),
    )
    .unwrap();
    g.extend(Glossary::builtin().clone()).unwrap();
    let issues = g.check_pair(
        "ASEAN met.",
        "东协开会。",
        LanguageTag::EN,
        LanguageTag::ZH_HANS,
    );
    assert!(
        issues
            .iter()
            .any(|i| i.kind == IssueKind::ForbiddenTerm && &*i.id == "my_asean"),
        "{issues:?}"
    );
}

/// Review leftover: the built-in glossary's jieba export (pieces of names and names jieba already has,
/// such as 中国 and 东盟, at the caller's frequency) made jieba cut the seed's ordinary text differently
/// (东盟国家 into 东盟 / 国家, then 国家有关). With the export loaded, jieba may cut differently only at
/// the glossary names themselves: a token boundary it adds or drops must lie within or at the edge of a
/// name that `Glossary::find` finds.
#[test]
fn jieba_export_changes_the_seed_cut_only_where_glossary_names_stand() {
    use std::collections::BTreeSet;
    use std::io::BufReader;
    let Some(p) = shared("seed/china-daily-guangxi-asean-ai.txt") else {
        return;
    };
    let g = Glossary::builtin();
    let base = jieba_rs::Jieba::new();
    let mut with = jieba_rs::Jieba::new();
    let dict = g.jieba_user_words(100_000);
    with.load_dict(&mut BufReader::new(dict.as_bytes()))
        .unwrap();
    // The seed's Chinese is Traditional; jieba's dictionary is Simplified.
    let (text, _) = zoulang::fold_to_simplified(&std::fs::read_to_string(p).unwrap());
    let (mut lines, mut changed) = (0, 0);
    for line in text.lines().filter(|l| l.contains('的')) {
        lines += 1;
        let names: Vec<(usize, usize)> = g.find(line).iter().map(|m| (m.start, m.end)).collect();
        let bounds = |j: &jieba_rs::Jieba| -> BTreeSet<usize> {
            let mut at = 0;
            j.cut(line, true)
                .iter()
                .map(|t| {
                    at += t.word.len();
                    at
                })
                .collect()
        };
        let (a, b) = (bounds(&base), bounds(&with));
        let stray: Vec<usize> = a
            .symmetric_difference(&b)
            .copied()
            .filter(|&x| !names.iter().any(|&(s, e)| s <= x && x <= e))
            .collect();
        assert!(
            stray.is_empty(),
            "the cut of {line:?} changed away from glossary names, at {:?}",
            stray
                .iter()
                .map(|&x| &line[..x])
                .map(|p| p.chars().rev().take(6).collect::<String>())
                .collect::<Vec<_>>()
        );
        changed += usize::from(a != b);
    }
    assert!(lines > 20, "{lines} Chinese lines in the seed");
    // The names themselves are cut differently (kept whole).
    assert!(changed > 5, "{changed} lines cut differently");
}
