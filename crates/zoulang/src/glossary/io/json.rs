//! JSON glossaries: `{"concepts": [ {id, category, status, terms: [{text, lang, region?, kind}], notes,
//! sources}, … ]}` (serde).

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
