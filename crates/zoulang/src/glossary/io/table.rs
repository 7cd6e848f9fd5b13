//! The column scheme shared by TSV and CSV: `id`, `category`, `status`, one column per language
//! (`en`, `zh-Hans`, `zh-Hant-TW`, …, terms separated by `|`, the first preferred), optional
//! `LANG:abbreviation` and `LANG:forbidden` columns, `notes` and `sources` (`|` between items).
//!
//! `id` is both zoulang's concept-id column and the BCP-47 code of Indonesian. A header cell `id` names
//! the concept-id column when it is the first cell, and Indonesian anywhere else (`en,zh-CN,id` as CAT
//! tools export it); `ind` (written by zoulang) and `in` are Indonesian anywhere. A first-column `id` with
//! no other language column is an error once a row follows, since it could be either.

use crate::error::{Error, Result};
use crate::glossary::model::{
    Concept, Glossary, Status, Term, TermKind, lang_code, parse_lang_region,
    parse_lang_region_variant,
};
use crate::tag::LanguageTag;

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Column {
    Id,
    Category,
    Status,
    Notes,
    Sources,
    Terms {
        lang: LanguageTag,
        region: Option<String>,
        kind: TermKind,
    },
}

/// Parses a header cell.
pub(crate) fn parse_column(name: &str) -> std::result::Result<Column, String> {
    let n = name.trim();
    match n.to_ascii_lowercase().as_str() {
        "id" | "concept" | "concept id" | "entry id" => return Ok(Column::Id),
        "category" | "subject" | "subjectfield" | "domain" => return Ok(Column::Category),
        "status" => return Ok(Column::Status),
        "notes" | "note" | "comment" | "comments" | "description" | "definition" => {
            return Ok(Column::Notes);
        }
        "sources" => return Ok(Column::Sources),
        _ => {}
    }
    let (code, kind) = match n.split_once(':') {
        None => (n, TermKind::Preferred),
        Some((c, k)) => (
            c,
            match k.trim().to_ascii_lowercase().as_str() {
                "abbreviation" | "abbr" | "abbreviations" => TermKind::Abbreviation,
                "forbidden" | "deprecated" => TermKind::Forbidden,
                _ => {
                    return Err(
                        "unknown column: after `:` use `abbreviation` or `forbidden`".to_string(),
                    );
                }
            },
        ),
    };
    let (lang, region) = parse_lang_region(code).map_err(|e| match e {
        Error::UnknownLanguage { .. } => {
            "unknown column: expected id, category, status, notes, sources or a \
             language code (en, zh-Hans, zh-Hant-TW, vi, …)"
                .to_string()
        }
        e => e.to_string(),
    })?;
    Ok(Column::Terms { lang, region, kind })
}

/// The header name of a column.
pub(crate) fn column_name(c: &Column) -> String {
    match c {
        Column::Id => "id".into(),
        Column::Category => "category".into(),
        Column::Status => "status".into(),
        Column::Notes => "notes".into(),
        Column::Sources => "sources".into(),
        Column::Terms { lang, region, kind } => {
            let mut code = lang_code(*lang, region.as_deref());
            if *lang == LanguageTag::ID {
                code.replace_range(..2, "ind"); // `id` is the id column
            }
            match kind {
                TermKind::Abbreviation => format!("{code}:abbreviation"),
                TermKind::Forbidden => format!("{code}:forbidden"),
                _ => code,
            }
        }
    }
}

/// Splits a cell into its `|`-separated items, each trimmed.
///
/// TSV (`tsv_escapes`): `\|`, `\\`, `\t`, `\n` and `\r` are escapes, any other backslash is an error.
/// CSV has no backslash escapes (RFC 4180 quotes with doubled quotes only; a backslash is a character like
/// any other): a doubled `||` is a literal `|`, so a run of pipes holds half its length in literal pipes and,
/// when odd, ends with the separator.
pub(crate) fn split_cell(
    cell: &str,
    tsv_escapes: bool,
) -> std::result::Result<Vec<String>, String> {
    let mut items = Vec::new();
    let mut cur = String::new();
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if tsv_escapes => match chars.next() {
                Some('|') => cur.push('|'),
                Some('\\') => cur.push('\\'),
                Some('t') => cur.push('\t'),
                Some('n') => cur.push('\n'),
                Some('r') => cur.push('\r'),
                Some(o) => return Err(format!("unknown escape `\\{o}` in `{cell}`")),
                None => return Err(format!("dangling `\\` at the end of `{cell}`")),
            },
            '|' if tsv_escapes => items.push(std::mem::take(&mut cur)),
            '|' => {
                let mut run = 1;
                while chars.next_if_eq(&'|').is_some() {
                    run += 1;
                }
                cur.extend(std::iter::repeat_n('|', run / 2));
                if run % 2 == 1 {
                    items.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    items.push(cur);
    let items: Vec<String> = items.into_iter().map(|s| s.trim().to_string()).collect();
    if items.len() == 1 && items[0].is_empty() {
        return Ok(Vec::new());
    }
    if items.iter().any(|s| s.is_empty()) {
        return Err(format!("empty item between `|` in `{cell}`"));
    }
    Ok(items)
}

/// Joins items with `|`, escaping as [`split_cell`] reads them. In CSV a `|` in an item is doubled, and an
/// item of several that starts or ends with `|` gets a space on that side (items are trimmed on reading),
/// so its pipes never run into the separator.
pub(crate) fn join_cell<S: AsRef<str>>(items: &[S], tsv_escapes: bool) -> String {
    let mut out = String::new();
    let several = items.len() > 1;
    for (i, it) in items.iter().enumerate() {
        let it = it.as_ref();
        if i > 0 {
            out.push('|');
        }
        if !tsv_escapes {
            let pad = |edge: bool| if several && edge { " " } else { "" };
            out.push_str(pad(it.starts_with('|')));
            out.push_str(&it.replace('|', "||"));
            out.push_str(pad(it.ends_with('|')));
            continue;
        }
        for c in it.chars() {
            if c == '|' {
                out.push_str("\\|");
            } else {
                push_escaped(&mut out, c);
            }
        }
    }
    out
}

/// Pushes `c`, escaped as the TSV cells read it back: `\\`, tab and line breaks.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ => out.push(c),
    }
}

/// Escapes a single-valued TSV cell (id, category): `\\`, tab and line breaks, so a row stays one line.
/// Unchanged when not `tsv_escapes` (CSV quotes instead).
fn escape_single(s: &str, tsv_escapes: bool) -> String {
    if !tsv_escapes || !s.contains(['\\', '\t', '\n', '\r']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    out
}

/// Reads a cell written by [`escape_single`]: `\\`, `\t`, `\n`, `\r` are unescaped; any other backslash
/// stays as it is (ids such as `a\b` in hand-written files keep their meaning).
fn unescape_single(s: &str, tsv_escapes: bool) -> String {
    if !tsv_escapes || !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let un = match (c, chars.peek()) {
            ('\\', Some('\\')) => Some('\\'),
            ('\\', Some('t')) => Some('\t'),
            ('\\', Some('n')) => Some('\n'),
            ('\\', Some('r')) => Some('\r'),
            _ => None,
        };
        match un {
            Some(u) => {
                chars.next();
                out.push(u);
            }
            None => out.push(c),
        }
    }
    out
}

/// Whether the language of header cell `name` (a column [`parse_column`] read as terms) carried a
/// registered variant that was dropped (`de-CH-1901`, `de-CH-1901:abbreviation`). O(|name|).
fn variant_dropped(name: &str) -> bool {
    let code = name.split_once(':').map_or(name, |(c, _)| c);
    parse_lang_region_variant(code).is_ok_and(|(_, _, dropped)| dropped)
}

/// Reads the header; errors name `source` and `line`. Two cells naming one column are an error, which
/// says when a dropped variant made them one (`de-CH-1901` and `de-CH-1996` are both `de-CH`).
/// O(cells²), for a header's few cells.
pub(crate) fn read_header(cells: &[&str], source: &str, line: usize) -> Result<Vec<Column>> {
    let mut cols: Vec<Column> = Vec::with_capacity(cells.len());
    for (i, c) in cells.iter().enumerate() {
        let col = if i > 0 && c.trim().eq_ignore_ascii_case("id") {
            Column::Terms {
                lang: LanguageTag::ID,
                region: None,
                kind: TermKind::Preferred,
            }
        } else {
            parse_column(c).map_err(|m| {
                Error::parse(
                    source,
                    line,
                    format!("column {} `{}`: {m}", i + 1, c.trim()),
                )
            })?
        };
        let earlier = (col != Column::Notes && col != Column::Sources)
            .then(|| cols.iter().position(|e| *e == col))
            .flatten();
        if let Some(j) = earlier {
            let (name, first) = (c.trim(), cells[j].trim());
            // A dropped variant explains the clash only when the two cells' codes differ (`de-CH-1901`
            // and `de-CH-1996`), not when one is repeated (`de-CH-1901` twice, or with another kind).
            let code = |cell: &str| {
                let c = cell.split_once(':').map_or(cell, |(c, _)| c);
                c.trim().replace('_', "-").to_ascii_lowercase()
            };
            let terms = matches!(col, Column::Terms { .. }) && code(name) != code(first);
            let why = match (
                terms && variant_dropped(name),
                terms && variant_dropped(first),
            ) {
                (true, _) => format!(
                    ": `{name}` is `{}` once its variant is dropped, like column {} `{first}`",
                    column_name(&col),
                    j + 1
                ),
                (false, true) => format!(
                    ": column {} `{first}` is `{}` once its variant is dropped",
                    j + 1,
                    column_name(&col)
                ),
                (false, false) => String::new(),
            };
            return Err(Error::parse(
                source,
                line,
                format!("duplicate column `{name}`{why}"),
            ));
        }
        cols.push(col);
    }
    Ok(cols)
}

/// Fails, naming the header's `line`, when `cols` has no language column (checked when the first concept
/// row comes: a header alone, as written for an empty glossary, reads as an empty glossary).
pub(crate) fn require_language_column(cols: &[Column], source: &str, line: usize) -> Result<()> {
    if cols.iter().any(|c| matches!(c, Column::Terms { .. })) {
        return Ok(());
    }
    let hint = if cols.first() == Some(&Column::Id) {
        " (a first column `id` names the concept id; name an Indonesian column `ind`)"
    } else {
        ""
    };
    Err(Error::parse(
        source,
        line,
        format!("no language column in the header{hint}"),
    ))
}

/// Builds a concept from one row's cells.
pub(crate) fn read_row(
    cols: &[Column],
    cells: &[&str],
    source: &str,
    line: usize,
    tsv_escapes: bool,
) -> Result<Option<Concept>> {
    if cells.len() != cols.len() {
        return Err(Error::parse(
            source,
            line,
            format!("expected {} columns, found {}", cols.len(), cells.len()),
        ));
    }
    let perr = |m: String| Error::parse(source, line, m);
    let mut c = Concept::new(String::new(), String::new());
    for (col, cell) in cols.iter().zip(cells) {
        match col {
            Column::Id => c.id = unescape_single(cell.trim(), tsv_escapes),
            Column::Category => c.category = unescape_single(cell.trim(), tsv_escapes),
            Column::Status => {
                c.status = cell
                    .trim()
                    .parse::<Status>()
                    .map_err(|e| perr(e.to_string()))?
            }
            Column::Notes => c.notes.extend(split_cell(cell, tsv_escapes).map_err(perr)?),
            Column::Sources => c
                .sources
                .extend(split_cell(cell, tsv_escapes).map_err(perr)?),
            Column::Terms { lang, region, kind } => {
                for (i, t) in split_cell(cell, tsv_escapes)
                    .map_err(perr)?
                    .into_iter()
                    .enumerate()
                {
                    let k = match kind {
                        TermKind::Preferred if i > 0 => TermKind::Synonym,
                        k => *k,
                    };
                    let mut term = Term::new(*lang, t).kind(k);
                    term.region = region.clone();
                    c.terms.push(term);
                }
            }
        }
    }
    if c.terms.is_empty() {
        if c.id.is_empty() && c.notes.is_empty() && c.sources.is_empty() {
            return Ok(None); // an empty row
        }
        return Err(perr(format!("row `{}` has no terms", c.id)));
    }
    if c.id.is_empty() {
        if cols.contains(&Column::Id) {
            return Err(perr("empty id".into()));
        }
        c.id = format!("row{line}");
    }
    Ok(Some(c))
}

/// The columns needed to write `g` losslessly.
pub(crate) fn columns_for(g: &Glossary) -> Vec<Column> {
    let mut langs: Vec<(LanguageTag, Option<String>, TermKind)> = Vec::new();
    for c in g.concepts() {
        for t in &c.terms {
            let kind = match t.kind {
                TermKind::Synonym => TermKind::Preferred,
                k => k,
            };
            let key = (t.lang, t.region.clone(), kind);
            if !langs.contains(&key) {
                langs.push(key);
            }
        }
    }
    langs.sort();
    let mut cols = vec![Column::Id, Column::Category, Column::Status];
    cols.extend(
        langs
            .into_iter()
            .map(|(lang, region, kind)| Column::Terms { lang, region, kind }),
    );
    cols.push(Column::Notes);
    cols.push(Column::Sources);
    cols
}

/// The cells of concept `c` under `cols`.
pub(crate) fn row_cells(cols: &[Column], c: &Concept, tsv_escapes: bool) -> Vec<String> {
    cols.iter()
        .map(|col| match col {
            Column::Id => escape_single(&c.id, tsv_escapes),
            Column::Category => escape_single(&c.category, tsv_escapes),
            Column::Status => match c.status {
                Status::Unspecified => String::new(),
                s => s.as_str().to_string(),
            },
            Column::Notes => join_cell(&c.notes, tsv_escapes),
            Column::Sources => join_cell(&c.sources, tsv_escapes),
            Column::Terms { lang, region, kind } => {
                let items: Vec<&str> = c
                    .terms
                    .iter()
                    .filter(|t| {
                        t.lang == *lang
                            && t.region == *region
                            && (t.kind == *kind
                                || (*kind == TermKind::Preferred && t.kind == TermKind::Synonym))
                    })
                    .map(|t| t.text.as_str())
                    .collect();
                join_cell(&items, tsv_escapes)
            }
        })
        .collect()
}

/// The data lines of tab-separated text: (1-based line, cells), skipping blank lines, `#` comment lines
/// (a `#` in the first column: as OmegaT reads its glossaries) and a BOM at the start of the text.
pub(crate) fn tab_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().filter_map(|(i, raw)| {
        if raw.trim().is_empty() || raw.starts_with('#') {
            return None;
        }
        Some((i + 1, raw.split('\t').collect()))
    })
}

/// Pushes a tab-separated row and a line break; a row that would read as a comment (a first cell starting
/// with `#`) or lose a leading U+FEFF as a BOM gets a leading space, which the readers trim.
pub(crate) fn push_tab_row(out: &mut String, row: &str) {
    if row.starts_with(['#', '\u{feff}']) {
        out.push(' ');
    }
    out.push_str(row);
    out.push('\n');
}
