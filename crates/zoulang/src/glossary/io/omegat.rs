//! Bilingual OmegaT glossaries: `source<TAB>target[<TAB>comment]` per line, `#` comment lines.
//!
//! As in OmegaT's own reader (`GlossaryReaderTSV`), a line is a comment only when its first character is
//! `#`, and cells are trimmed: a source term starting with `#` is written after a space, so OmegaT and
//! zoulang both read it back.
//!
//! The format holds one language pair and no ids: each line becomes a concept `omegat-LINE` with the source
//! and target as preferred terms and the comment as a note. Writing emits one line per concept that has a
//! term in both languages (preferred terms; notes joined with `; `); a concept lacking either side cannot
//! be written and is reported as an error rather than dropped.

use crate::error::{Error, Result};
use crate::glossary::io::table::{push_tab_row, tab_rows};
use crate::glossary::model::{Concept, Glossary, Term};
use crate::tag::LanguageTag;

/// Parses OmegaT text with the given language pair. O(|text|).
pub(crate) fn read(
    text: &str,
    source: &str,
    src: LanguageTag,
    tgt: LanguageTag,
) -> Result<Glossary> {
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
            .term(Term::new(src, s))
            .term(Term::new(tgt, t));
        if let Some(note) = cells.get(2).map(|n| n.trim()).filter(|n| !n.is_empty()) {
            c.notes.push(note.to_string());
        }
        concepts.push(c);
        lines.push(line);
    }
    Glossary::with_source(concepts, source, &lines)
}

/// Writes the `src`→`tgt` pairs of `g`. O(total size).
pub(crate) fn write(g: &Glossary, src: LanguageTag, tgt: LanguageTag) -> Result<String> {
    let mut out = String::new();
    for c in g.concepts() {
        let (Some(s), Some(t)) = (c.preferred(src), c.preferred(tgt)) else {
            return Err(Error::InvalidArgument(format!(
                "concept `{}` has no {} or no {} term; an OmegaT glossary holds only {}→{} pairs",
                c.id, src, tgt, src, tgt
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
