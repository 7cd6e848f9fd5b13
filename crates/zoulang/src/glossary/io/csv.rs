//! CSV glossaries as CAT tools export them: a header row of language codes (`en,zh-CN,vi`, plus optional
//! `id`, `category`, `status`, `notes`/`comment`/`description`, `sources`), quoted per RFC 4180.

use crate::error::{Error, Result};
use crate::glossary::io::table::{column_name, columns_for, read_header, read_row, row_cells};
use crate::glossary::model::Glossary;

/// Parses CSV text; errors name `source` and the 1-based line. O(|text|).
pub(crate) fn read(text: &str, source: &str) -> Result<Glossary> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cols = None;
    let mut concepts = Vec::new();
    let mut lines = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Error::parse(source, line, format!("malformed CSV: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<&str> = rec.iter().collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match &cols {
            None => cols = Some(read_header(&cells, source, line)?),
            Some(cols) => {
                if let Some(c) = read_row(cols, &cells, source, line, false)? {
                    concepts.push(c);
                    lines.push(line);
                }
            }
        }
    }
    if cols.is_none() {
        return Err(Error::parse(source, 0, "no header row"));
    }
    Glossary::with_source(concepts, source, &lines)
}

/// Writes `g` as CSV. O(total size).
pub(crate) fn write(g: &Glossary) -> Result<String> {
    let cols = columns_for(g);
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let io = |e: csv::Error| Error::InvalidArgument(format!("cannot write CSV: {e}"));
    w.write_record(cols.iter().map(column_name)).map_err(io)?;
    for c in g.concepts() {
        w.write_record(row_cells(&cols, c, false)).map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::InvalidArgument(format!("cannot write CSV: {e}")))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8"))
}
