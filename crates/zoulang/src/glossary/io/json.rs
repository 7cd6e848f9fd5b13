//! JSON glossaries: `{"concepts": [ {id, category, status, terms: [{text, lang, region?, kind}], notes,
//! sources}, … ]}` (serde).
//!
//! Leading and trailing white space is trimmed from every value, as the other formats read their cells
//! (see [`Glossary::new`]), so a glossary reads the same from every format.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::glossary::model::{Concept, Glossary};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    concepts: Vec<Concept>,
}

#[derive(Serialize)]
struct DocRef<'a> {
    concepts: &'a [Concept],
}

/// Parses JSON text. O(|text|).
pub(crate) fn read(text: &str, source: &str) -> Result<Glossary> {
    let doc: Doc = serde_json::from_str(text)
        .map_err(|e| Error::parse(source, e.line(), format!("invalid glossary JSON: {e}")))?;
    // Lines of each concept: the n-th `"id"` key.
    let mut lines = Vec::with_capacity(doc.concepts.len());
    let mut line = 1;
    let mut last = 0;
    for (pos, _) in text.match_indices("\"id\"") {
        line += text[last..pos].matches('\n').count();
        last = pos;
        lines.push(line);
    }
    if lines.len() != doc.concepts.len() {
        lines.clear();
    }
    Glossary::with_source(doc.concepts, source, &lines)
}

/// Writes `g` as pretty JSON. O(total size).
pub(crate) fn write(g: &Glossary) -> String {
    let mut s = serde_json::to_string_pretty(&DocRef {
        concepts: g.concepts(),
    })
    .expect("glossary values always serialise");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use crate::glossary::{Format, Glossary, LanguagePair};

    /// Review 5, defect 22: JSON kept leading and trailing spaces that TSV, CSV and TBX trim, so a round
    /// trip from JSON through them changed the glossary. Every format now holds the trimmed values.
    #[test]
    fn white_space_at_the_ends_is_trimmed_as_every_format_reads_it() {
        let json = r#"{"concepts": [{"id": " a ", "category": " c ", "terms": [
            {"text": " padded ", "lang": "en", "kind": "preferred"},
            {"text": "\u3000全角\t", "lang": "zh-Hans", "kind": "preferred"}],
            "notes": ["  lead space", " "], "sources": ["s "]}]}"#;
        let pair = LanguagePair::default();
        let g = Glossary::parse(json, Format::Json, "w.json", pair).unwrap();
        let c = &g.concepts()[0];
        assert_eq!((&*c.id, &*c.category), ("a", "c"));
        let terms: Vec<&str> = c.terms.iter().map(|t| &*t.text).collect();
        assert_eq!(terms, ["padded", "全角"]);
        assert_eq!(
            (&c.notes[..], &c.sources[..]),
            (&["lead space".to_string()][..], &["s".to_string()][..])
        );
        for f in [Format::Tsv, Format::Csv, Format::Json, Format::Tbx] {
            let text = g.write(f, pair).unwrap();
            assert_eq!(
                Glossary::parse(&text, f, "w", pair).unwrap(),
                g,
                "{f}: {text}"
            );
        }
    }
}

#[cfg(test)]
mod tag_tests {
    use crate::glossary::{Format, Glossary, LanguagePair};
    use crate::tag::LanguageTag;

    fn parse(text: &str, f: Format) -> crate::Result<Glossary> {
        Glossary::parse(text, f, "t", LanguagePair::default())
    }

    fn json(lang: &str, region: Option<&str>) -> String {
        let region = region.map_or(String::new(), |r| format!(", \"region\": \"{r}\""));
        format!(
            "{{\"concepts\": [\n{{\"id\": \"a\", \"terms\": [{{\"text\": \"東協\", \"lang\": \"{lang}\"{region}, \"kind\": \"preferred\"}}]}}]}}"
        )
    }

    /// Review 5, defect 11: tags were reduced silently (zh-Latn to zh, en-Canada to en), JSON dropped the
    /// region of `zh-TW`, and JSON took any region.
    #[test]
    fn tags_that_cannot_be_kept_are_errors_and_json_keeps_regions() {
        // A script or region subtag zoulang cannot keep: an error naming the line and the column.
        for (tsv, col) in [
            (
                "id\tzh-Hans\tzh-Latn\na\t老挝\tLǎowō\n",
                "column 3 `zh-Latn`",
            ),
            ("id\ten-Canada\na\tLaos\n", "column 2 `en-Canada`"),
        ] {
            let e = parse(tsv, Format::Tsv).unwrap_err().to_string();
            assert!(e.starts_with(&format!("t:1: {col}")), "{e}");
        }
        let e = parse("en,zh-Latn\nLaos,Lǎowō\n", Format::Csv)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t:1: column 2 `zh-Latn`"), "{e}");
        for bad in [
            json("zh-Latn", None),
            json("zh-Hant", Some("Canada")),
            json("zh-Hant", Some("not a region!")),
            json("zh-TW", Some("HK")),
        ] {
            let e = parse(&bad, Format::Json).unwrap_err().to_string();
            assert!(e.starts_with("t:2: ") && e.contains("column"), "{e}");
        }
        // JSON keeps a valid region given in the tag or apart, as TSV and TBX do.
        for (lang, region) in [
            ("zh-TW", None),
            ("zh-Hant-TW", None),
            ("zh-Hant", Some("tw")),
            ("zh-TW", Some("TW")),
        ] {
            let g = parse(&json(lang, region), Format::Json).unwrap();
            let t = &g.concepts()[0].terms[0];
            assert_eq!(
                (t.lang, t.region.as_deref()),
                (LanguageTag::ZH_HANT, Some("TW")),
                "{lang}"
            );
            for f in [Format::Tsv, Format::Csv, Format::Tbx, Format::Json] {
                let text = g.write(f, LanguagePair::default()).unwrap();
                assert_eq!(parse(&text, f).unwrap(), g, "{f}");
            }
        }
        // The Rust API checks regions too.
        use crate::glossary::{Concept, Term};
        let c = Concept::new("a", "").term(Term::new(LanguageTag::EN, "Laos").region("Canada"));
        assert!(Glossary::new(vec![c]).is_err());
        let c = Concept::new("a", "")
            .term(Term::new(LanguageTag::parse("es").unwrap(), "x").region("419"));
        assert!(Glossary::new(vec![c]).is_ok());
    }
}
