//! TSV glossaries: a header row, then one concept per row, one column per language, `|` between synonyms.
//! Lines starting with `#` are comments; `\t`, `\n`, `\|` and `\\` escape inside cells.
//! In the single-valued id and category cells only `\\`, `\t`, `\n` and `\r` are escapes (so a hand-written
//! id `C:\x` keeps its backslash, but `C:\new` reads as a line break: write `C:\\new`).

use crate::error::Result;
use crate::glossary::io::table::{
    column_name, columns_for, read_header, read_row, require_language_column, row_cells, tab_rows,
};
use crate::glossary::model::Glossary;

/// Parses TSV text; errors name `source` and the 1-based line. O(|text|).
pub(crate) fn read(text: &str, source: &str) -> Result<Glossary> {
    let mut cols = None;
    let mut concepts = Vec::new();
    let mut lines = Vec::new();
    for (line, cells) in tab_rows(text) {
        match &cols {
            None => cols = Some((read_header(&cells, source, line)?, line)),
            Some((cols, header_line)) => {
                require_language_column(cols, source, *header_line)?;
                if let Some(c) = read_row(cols, &cells, source, line, true)? {
                    concepts.push(c);
                    lines.push(line);
                }
            }
        }
    }
    if cols.is_none() {
        return Err(crate::Error::parse(source, 0, "no header row"));
    }
    Glossary::with_source(concepts, source, &lines)
}

/// Writes `g` as TSV. O(total size).
pub(crate) fn write(g: &Glossary) -> String {
    let cols = columns_for(g);
    let mut out = cols.iter().map(column_name).collect::<Vec<_>>().join("\t");
    out.push('\n');
    for c in g.concepts() {
        out.push_str(&row_cells(&cols, c, true).join("\t"));
        out.push('\n');
    }
    out
}
