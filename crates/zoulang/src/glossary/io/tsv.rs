//! TSV glossaries: a header row, then one concept per row, one column per language, `|` between synonyms.
//! Lines starting with `#` are comments (a row whose id starts with `#` is written with a leading space,
//! which reading trims); `\t`, `\n`, `\|` and `\\` escape inside cells.
//! In the single-valued id and category cells only `\\`, `\t`, `\n` and `\r` are escapes (so a hand-written
//! id `C:\x` keeps its backslash, but `C:\new` reads as a line break: write `C:\\new`).

use crate::error::Result;
use crate::glossary::io::table::{
    column_name, columns_for, push_tab_row, read_header, read_row, require_language_column,
    row_cells, tab_rows,
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
        push_tab_row(&mut out, &row_cells(&cols, c, true).join("\t"));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::glossary::{Concept, Format, Glossary, LanguagePair, Term};
    use crate::tag::LanguageTag;

    /// Review 5, defect 5: rows whose id (TSV) or source term (OmegaT) starts with `#` were written as
    /// they are and read back as comments, so the round trip lost them.
    #[test]
    fn rows_starting_with_a_hash_survive_write_and_read() {
        let en = |t: &str| Term::new(LanguageTag::EN, t);
        let zh = |t: &str| Term::new(LanguageTag::ZH_HANS, t);
        let g = Glossary::new(vec![
            Concept::new("#hash", "")
                .term(en("#tag"))
                .term(zh("话题标签")),
            Concept::new("\u{feff}bom", "").term(en("B")).term(zh("乙")),
            Concept::new("b", "").term(en("B2")).term(zh("乙二")),
        ])
        .unwrap();
        let pair = LanguagePair::default();
        let tsv = g.write(Format::Tsv, pair).unwrap();
        assert_eq!(
            Glossary::parse(&tsv, Format::Tsv, "h.tsv", pair).unwrap(),
            g,
            "{tsv}"
        );
        let txt = g.write(Format::OmegaT, pair).unwrap();
        let back = Glossary::parse(&txt, Format::OmegaT, "h.txt", pair).unwrap();
        assert_eq!(back.len(), 3, "{txt}");
        assert_eq!(back.concepts()[0].preferred(LanguageTag::EN), Some("#tag"));
        // A `#` line is still a comment.
        let c =
            Glossary::parse("# note\nid\ten\n#x\tX\na\tA\n", Format::Tsv, "c.tsv", pair).unwrap();
        assert_eq!(c.len(), 1);
    }
}
