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
