//! Invariants of the glossary readers (TSV, CSV, OmegaT, JSON, TBX) and of `Glossary::find`.

use zoulang::Glossary;
use zoulang::glossary::{Format, LanguagePair};

use super::{Input, assert_span};

const FORMATS: [Format; 5] = [
    Format::Tsv,
    Format::Csv,
    Format::OmegaT,
    Format::Json,
    Format::Tbx,
];
const NAME: &str = "fuzz.glossary";

/// Reads `text` as `format`: a glossary, or a typed error naming the file and a line inside it.
pub fn check_read(text: &str, format: Format) -> Option<Glossary> {
    match Glossary::parse(text, format, NAME, LanguagePair::default()) {
        Ok(g) => Some(g),
        Err(zoulang::Error::Parse {
            source_name,
            line,
            message,
        }) => {
            assert_eq!(source_name, NAME, "the error must name the file");
            let lines = text.lines().count().max(1);
            assert!(
                line <= lines + 1,
                "{format:?}: error line {line} past the {lines} lines: {message}"
            );
            assert!(!message.is_empty());
            None
        }
        Err(e) => {
            // Other typed errors are fine if they say where (an unknown language code names the file and line).
            assert!(
                e.to_string().contains(NAME),
                "{format:?}: error without the file name: {e}"
            );
            None
        }
    }
}

/// Matches are in bounds, on boundaries, in order, non-overlapping, quote the text, name a concept of the
/// glossary and a language it has a term in.
pub fn check_find(g: &Glossary, text: &str) {
    let found = g.find(text);
    let mut pos = 0;
    for m in &found {
        let r = m.start..m.end;
        assert_span(text, &r, "Glossary::find");
        assert!(
            r.start < r.end && r.start >= pos,
            "find: {r:?} empty, overlapping or out of order"
        );
        assert_eq!(
            m.text,
            &text[r.clone()],
            "find: match text differs from the span"
        );
        let c = g
            .concept(m.id)
            .unwrap_or_else(|| panic!("find: unknown concept {}", m.id));
        assert!(
            c.terms.iter().any(|t| t.lang == m.lang),
            "find: concept {} has no {} term",
            m.id,
            m.lang
        );
        pos = r.end;
    }
}

/// Fuzz target `glossary_read`: byte 0 the format, the rest the file. A glossary that reads must write in every
/// format and read back; JSON and TBX back to the same glossary; and `find` over the file's own text holds.
pub fn glossary_read(data: &[u8]) {
    let mut inp = Input::new(data);
    let format = FORMATS[inp.byte() as usize % FORMATS.len()];
    let text = inp.text();
    let Some(g) = check_read(&text, format) else {
        return;
    };
    let pair = LanguagePair::default();
    for f in FORMATS {
        let Ok(out) = g.write(f, pair) else { continue };
        let back = Glossary::parse(&out, f, "roundtrip", pair)
            .unwrap_or_else(|e| panic!("{f:?}: zoulang cannot read its own output: {e}"));
        if matches!(f, Format::Json | Format::Tbx) {
            assert_eq!(back, g, "{f:?} round trip changed the glossary");
        }
    }
    check_find(&g, &text);
}

/// Fuzz target `glossary_find`: the built-in glossary, and one made of the input's first line (TSV), over the
/// rest of the input.
pub fn glossary_find(data: &[u8]) {
    let text = Input::new(data).text();
    check_find(Glossary::builtin(), &text);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let tsv = format!("id\ten\tzh-Hans\nfuzz\t{}\n", head.replace('\t', " "));
    if let Some(g) = check_read(&tsv, Format::Tsv) {
        check_find(&g, body);
        check_find(&g, head);
    }
}
