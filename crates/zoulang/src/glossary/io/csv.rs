//! CSV glossaries as CAT tools export them: a header row of language codes (`en,zh-CN,vi`, plus optional
//! `id`, `category`, `status`, `notes`/`comment`/`description`, `sources`), quoted per RFC 4180.
//!
//! RFC 4180 has no backslash escapes, and neither do these cells: a backslash is an ordinary character.
//! `|` separates synonyms (and notes, sources); a doubled `||` is a literal `|`.

use crate::error::{Error, Result};
use crate::glossary::io::table::{
    column_name, columns_for, read_header, read_row, require_language_column, row_cells,
};
use crate::glossary::model::Glossary;

/// Parses CSV text; errors name `source` and the 1-based line. O(|text|).
pub(crate) fn read(text: &str, source: &str) -> Result<Glossary> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The csv crate reads an unclosed quote to the end of the file: every row after it would vanish into
    // one cell (found by tests/adversarial.rs). Refuse it, naming the line where the quote opened.
    if let Some(line) = unterminated_quote(text) {
        return Err(Error::parse(
            source,
            line,
            "a quoted field opens here and never closes",
        ));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cols = None;
    let mut concepts = Vec::new();
    let mut lines = Vec::new();
    // Lines come from byte offsets: the csv crate's own line count is one short after a CRLF row.
    let mut at = LineAt::new(text);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| at.line(p.byte() as usize));
            Error::parse(source, line, format!("malformed CSV: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| at.line(p.byte() as usize));
        let cells: Vec<&str> = rec.iter().collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match &cols {
            None => {
                let header = read_header(&cells, source, line).map_err(|e| {
                    // Excel in many locales writes `;` between cells.
                    match cells.iter().find(|c| c.contains(';')) {
                        Some(c) => Error::parse(
                            source,
                            line,
                            format!(
                                "the delimiter looks like `;` (header cell `{}`): this reader takes \
                                 comma-separated CSV; save the file with commas, or as TSV",
                                c.trim()
                            ),
                        ),
                        None => e,
                    }
                })?;
                cols = Some((header, line));
            }
            Some((cols, header_line)) => {
                require_language_column(cols, source, *header_line)?;
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

/// The 1-based line of byte offsets in `text`, counted incrementally: O(|text|) over increasing offsets.
struct LineAt<'a> {
    text: &'a str,
    byte: usize,
    line: usize,
}

impl<'a> LineAt<'a> {
    fn new(text: &'a str) -> Self {
        LineAt {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The line holding byte `pos` (clamped to the text), after any line breaks there (the csv crate
    /// puts a record after a blank line at the start of that blank line).
    fn line(&mut self, pos: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut pos = pos.min(bytes.len());
        while pos < bytes.len() && matches!(bytes[pos], b'\r' | b'\n') {
            pos += 1;
        }
        if pos < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        let newlines = bytes[self.byte..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += newlines;
        self.byte = pos;
        self.line
    }
}

/// The 1-based line of a quoted field that never closes, if any (RFC 4180: a quote opens a field only at
/// its start; `""` inside a quoted field is a quote). O(|text|).
fn unterminated_quote(text: &str) -> Option<usize> {
    let (mut quoted, mut at_start, mut line, mut opened) = (false, true, 1, 0);
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\n' {
            line += 1;
        }
        if quoted {
            if c == '"' && it.next_if_eq(&'"').is_none() {
                quoted = false;
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                opened = line;
            }
            ',' | '\n' => {
                at_start = true;
                continue;
            }
            _ => {}
        }
        at_start = false;
    }
    quoted.then_some(opened)
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

#[cfg(test)]
mod quote_tests {
    use super::unterminated_quote;

    #[test]
    fn an_unclosed_quote_is_found_on_its_line() {
        assert_eq!(
            unterminated_quote("id,en\nlaos,\"Laos\nvn,Vietnam\n"),
            Some(2)
        );
        assert_eq!(
            unterminated_quote("id,en\nlaos,\"La \"\"os\"\"\"\nvn,\"a,\nb\"\n"),
            None
        );
        assert_eq!(unterminated_quote("a,b\"c\n"), None);
    }
}

#[cfg(test)]
mod tests {
    use crate::glossary::{Concept, Format, Glossary, LanguagePair, Term};
    use crate::tag::LanguageTag;

    fn csv(text: &str) -> crate::Result<Glossary> {
        Glossary::parse(text, Format::Csv, "t.csv", LanguagePair::default())
    }

    /// Review 5, defect 15: a backslash failed the file ("unknown escape"); CSV (RFC 4180) has no
    /// backslash escapes, so it is an ordinary character.
    #[test]
    fn backslashes_are_ordinary_characters() {
        let g =
            csv("en,zh-CN,Comment\nAI,人工智能,see C:\\docs\\ai.txt\nTCP\\IP,传输控制协议,\\\n")
                .unwrap();
        assert_eq!(g.concepts()[0].notes, ["see C:\\docs\\ai.txt"]);
        assert_eq!(g.concepts()[1].preferred(LanguageTag::EN), Some("TCP\\IP"));
        assert_eq!(g.concepts()[1].notes, ["\\"]);
        // `\|` is a backslash then the synonym separator; `||` is a literal pipe.
        let g = csv("en\na\\|b||c\n").unwrap();
        let terms: Vec<&str> = g.concepts()[0].terms.iter().map(|t| &*t.text).collect();
        assert_eq!(terms, ["a\\", "b|c"]);
    }

    /// Review 5, defect 16: with CRLF line ends errors named the line before the bad one, and the ids
    /// of rows without an id column differed from LF (`row1` for the row on line 2).
    #[test]
    fn crlf_gives_the_lines_and_ids_of_lf() {
        let lf = "en,zh-CN\nA,甲\n\nB,\"乙\n丙\"\nC,丁\n";
        let crlf = lf.replace('\n', "\r\n");
        let ids = |t: &str| -> Vec<String> {
            csv(t)
                .unwrap()
                .concepts()
                .iter()
                .map(|c| c.id.clone())
                .collect()
        };
        assert_eq!(ids(lf), ["row2", "row4", "row6"]);
        assert_eq!(ids(&crlf), ids(lf));
        let bad = "en,zh-CN\r\nA,甲\r\nB,乙\r\nC,丙\r\nD,丁\r\nE,戊,x\r\n";
        let e = csv(bad).unwrap_err().to_string();
        assert_eq!(e, "t.csv:6: expected 2 columns, found 3");
    }

    /// Review 5, defect 4: a CAT export's `id` column (Indonesian) was read as the concept ids, and the
    /// Indonesian terms vanished.
    #[test]
    fn an_id_column_after_the_first_is_indonesian() {
        let g = csv("en,zh-CN,id\nLaos,老挝,Laos\nChina,中国,Tiongkok\n").unwrap();
        let ids: Vec<&str> = g.concepts().iter().map(|c| &*c.id).collect();
        assert_eq!(ids, ["row2", "row3"]);
        assert_eq!(g.concepts()[1].preferred(LanguageTag::ID), Some("Tiongkok"));
        // First, it is the concept id; both can appear.
        let g = csv("id,en,id\nchina,China,Tiongkok\n").unwrap();
        assert_eq!(g.concepts()[0].id, "china");
        assert_eq!(g.concepts()[0].preferred(LanguageTag::ID), Some("Tiongkok"));
        // Alone it could be either: an error naming the header line, saying how to mend it.
        let e = csv("id,notes\nTiongkok,a note\n").unwrap_err().to_string();
        assert!(
            e.starts_with("t.csv:1: no language column") && e.contains("`ind`"),
            "{e}"
        );
        // What the writer emits (`ind`) reads back.
        let text = g.write(Format::Csv, LanguagePair::default()).unwrap();
        assert!(text.starts_with("id,category,status,en,ind,"), "{text}");
        assert_eq!(csv(&text).unwrap(), g);
        let tsv = g.write(Format::Tsv, LanguagePair::default()).unwrap();
        let back = Glossary::parse(&tsv, Format::Tsv, "t.tsv", LanguagePair::default()).unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn pipes_and_backslashes_round_trip() {
        let mut c = Concept::new("p", "");
        for t in ["a|", "|b", "x\\|y", "\\", "||", "c"] {
            c = c.term(Term::new(LanguageTag::EN, t));
        }
        c.notes = vec!["p|q".into(), "|".into(), "C:\\x\\".into()];
        let g = Glossary::new(vec![c]).unwrap();
        let text = g.write(Format::Csv, LanguagePair::default()).unwrap();
        assert_eq!(csv(&text).unwrap(), g, "{text}");
    }
}
