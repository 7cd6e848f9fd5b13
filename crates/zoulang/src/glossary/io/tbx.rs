//! TBX glossaries (ISO 30042): TBX-Basic v3 (`tbx`/`conceptEntry`/`langSec`/`termSec`) written (DCA style)
//! and read (DCA style, and DCT style with namespaced data-category elements such as
//! `<min:administrativeStatus>`, read as their DCA equivalents), and the older TBX 2008 form
//! (`martif`/`termEntry`/`langSet`/`tig` or `ntig`/`termGrp`, as MultiTerm exports it) read.
//!
//! Mapping:
//! - `descrip type="subjectField"` ↔ category; the entry's `note`s ↔ notes; `admin type="source"` ↔ sources.
//! - Status: written as the note `entry status: <status>` (TBX-Basic has no processStatus; its admin
//!   types are source, customerSubset and projectSubset); read from that note (the first such note of
//!   the entry) and from `admin type="processStatus"` (`finalized` → confirmed, `provisionallyProcessed` →
//!   unconfirmed, `unprocessed` → unspecified, or zoulang's own names, as it wrote before; another value
//!   is kept as a note).
//! - Per term, `termNote type="administrativeStatus"` gives the kind (preferred; admitted, legal,
//!   regulated, standardized → synonym; deprecated, superseded, not recommended, obsolete → forbidden).
//!   `termNote type="termType"` with acronym, abbreviation, shortForm or initialism makes an admitted
//!   term (or one without status) an abbreviation; it never overrides preferred or forbidden. The model
//!   has one kind per term, so the termType value itself (acronym vs abbreviation, fullForm, …) is kept
//!   as a note `<term> [<lang>]: termNote[termType]: acronym`, except a plain `abbreviation` on an
//!   abbreviation, which the kind already says.
//! - `termNote type="geographicalUsage"` ↔ region (a region code such as `TW` or a tag with a region
//!   such as `zh-TW` / `en_US` gives the region code; any other value, e.g. a place name, is kept as a
//!   term note `<term> [<lang>]: termNote[geographicalUsage]: Malaysia`, since a region must be a BCP 47
//!   region code).
//! - Any other data category is kept as a note, never dropped: `name[type]: value` for the entry
//!   (`name[type target=T]: value` where the element has a target, as `xref` and `ref` do),
//!   `[<lang>] name[type]: value` for a language section, `<term> [<lang>]: name[type]: value` for a term.
//!   A `transacGrp` is one note: `transacGrp: transac[transactionType]: origination; date: 2024-05-01;
//!   transacNote[responsibility]: Nguyen Van A`.
//! - The writer turns such notes back into elements where TBX-Basic allows them and reading the file
//!   gives the very same notes in the same order: for the entry a definition, an xref, a ref to an entry
//!   of the glossary, a transacGrp (origination or modification, a `YYYY-MM-DD` date, a responsibility);
//!   for a term (in its `termSec`) termType, partOfSpeech, grammaticalGender, context, source,
//!   customerSubset, projectSubset, xref, ref, note and transacGrp. Any other note is written as a
//!   `<note>` of the entry, so a round trip loses nothing either way.
//!
//! Entry ids are optional in TBX: an entry without one gets `tbx-<line>-<column>` (where its start tag
//! is, column in characters, so ids stay unique in a one-line file), with `-2`, `-3`, … added should the
//! file give that id to another entry.
//!
//! Safety: DTDs and entities are never resolved (only the five XML entities and character references are
//! read; any other entity is an error), and nesting deeper than 64 elements is an error. A file that ends
//! with elements still open (a truncated file) is an error naming the line of the unfinished entry: no
//! entry is dropped silently.

use quick_xml::Reader;
use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, Result};
use crate::glossary::model::{Concept, Glossary, Status, Term, TermKind, parse_lang_region};
use crate::tag::LanguageTag;

const MAX_DEPTH: usize = 64;

fn line_at(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Line and column (1-based, column in code points) of byte positions that only move forward, each
/// found in time proportional to the distance moved (a whole read stays O(|text|), even on one line).
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    /// Code points between the start of the line and `pos`.
    col: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            pos: 0,
            line: 1,
            col: 0,
        }
    }

    fn at(&mut self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.text.len()).max(self.pos);
        for &b in &self.text.as_bytes()[self.pos..pos] {
            if b == b'\n' {
                self.line += 1;
                self.col = 0;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a code point starts here.
                self.col += 1;
            }
        }
        self.pos = pos;
        (self.line, self.col + 1)
    }
}

#[derive(Default)]
struct TermState {
    text: Option<String>,
    kind: Option<TermKind>,
    /// The first termType value that marks an abbreviation (acronym, shortForm, …).
    abbr: Option<String>,
    region: Option<String>,
    extras: Vec<String>,
}

/// What is open while an entry is read.
#[derive(Default)]
struct Entry {
    cur: Option<Concept>,
    lang: Option<(LanguageTag, Option<String>)>,
    term: Option<TermState>,
    /// Whether the entry's status came from a status note (only the first such note counts).
    status_noted: bool,
    /// The notes of the `transacGrp` being read.
    group: Option<Vec<String>>,
}

/// An element whose text is being collected.
struct Field {
    /// The element's own local name (what its end tag says).
    tag: String,
    /// Its data-category element in DCA style (`termNote` for DCT's `administrativeStatus`, …).
    name: String,
    ty: Option<String>,
    target: Option<String>,
    text: String,
}

/// The DCA element and type of a TBX v3 DCT-style data-category element (`<min:administrativeStatus>`
/// is `<termNote type="administrativeStatus">`), for the categories TBX-Basic has and processStatus.
fn dct(name: &str) -> Option<&'static str> {
    Some(match name {
        "administrativeStatus"
        | "termType"
        | "geographicalUsage"
        | "partOfSpeech"
        | "grammaticalGender"
        | "termLocation" => "termNote",
        "subjectField" | "definition" | "context" => "descrip",
        "source" | "customerSubset" | "projectSubset" | "processStatus" => "admin",
        "transactionType" => "transac",
        "responsibility" => "transacNote",
        "crossReference" => "ref",
        "externalCrossReference" | "xGraphic" => "xref",
        _ => return None,
    })
}

/// Elements that only group others: their children are read one by one.
const GROUPS: [&str; 5] = [
    "termGrp",
    "descripGrp",
    "adminGrp",
    "termNoteGrp",
    "termCompList",
];

fn attr(e: &BytesStart, name: &str) -> std::result::Result<Option<String>, String> {
    for a in e.attributes() {
        let a = a.map_err(|err| format!("bad attribute: {err}"))?;
        if a.key.as_ref() == name || a.key.local_name().as_ref() == name {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| format!("bad attribute value: {err}"))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

/// Escapes an attribute value so a reader's attribute-value normalisation gives it back unchanged: tab and
/// line breaks become character references (raw, XML readers turn them into spaces).
fn escape_attr(v: &str) -> String {
    escape(v)
        .replace('\t', "&#9;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
}

/// Escapes element text: the XML specials, and `\r` as a character reference (raw, XML readers turn
/// `\r\n` into `\n`). Tab and `\n` survive element text as they are.
fn escape_text(v: &str) -> String {
    escape(v).replace('\r', "&#13;")
}

/// Refuses a value that XML 1.0 cannot hold in any form (C0 controls other than tab and line breaks,
/// U+FFFE, U+FFFF), naming the concept and the field, so a written file never fails in another reader.
fn check_xml_chars(v: &str, id: &str, field: &str) -> Result<()> {
    match v
        .char_indices()
        .find(|&(_, c)| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
    {
        None => Ok(()),
        Some((at, c)) => Err(Error::InvalidArgument(format!(
            "concept `{id}`: {field} holds U+{:04X} at byte {at}, which XML 1.0 (and so TBX) cannot hold",
            c as u32
        ))),
    }
}

/// Every value `write` puts in the file, with the name of its field, for [`check_xml_chars`].
fn check_concept(c: &Concept) -> Result<()> {
    check_xml_chars(&c.id, &c.id, "the id")?;
    check_xml_chars(&c.category, &c.id, "the category")?;
    for s in &c.sources {
        check_xml_chars(s, &c.id, "a source")?;
    }
    for n in &c.notes {
        check_xml_chars(n, &c.id, "a note")?;
    }
    for t in &c.terms {
        check_xml_chars(&t.text, &c.id, "a term")?;
        if let Some(r) = &t.region {
            check_xml_chars(r, &c.id, "a region")?;
        }
    }
    Ok(())
}

/// Parses TBX text. O(|text|).
pub(crate) fn read(text: &str, source: &str) -> Result<Glossary> {
    let mut r = Reader::from_str(text);
    r.config_mut().check_end_names = true;
    let mut lines_at = Lines::new(text);
    // Open elements: (local name, line of the start tag).
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut lines = Vec::new();
    let mut st = Entry::default();
    let mut collect: Option<Field> = None;
    let mut seen_root = false;
    // Indices (in `concepts`) of entries whose id was generated.
    let mut generated: Vec<usize> = Vec::new();
    loop {
        let pos = r.buffer_position() as usize;
        let ev = r.read_event().map_err(|e| {
            Error::parse(
                source,
                line_at(text, r.error_position() as usize),
                format!("malformed XML: {e}"),
            )
        })?;
        let (line, col) = lines_at.at(pos);
        let perr = |m: String| Error::parse(source, line, m);
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = e.local_name().as_ref().to_string();
                if !seen_root {
                    if name != "tbx" && name != "martif" {
                        return Err(perr(format!(
                            "root element is `{name}`, expected `tbx` or `martif`"
                        )));
                    }
                    seen_root = true;
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(perr(format!("elements nested deeper than {MAX_DEPTH}")));
                }
                if collect.is_some() {
                    // Inline markup inside a term or note (e.g. <hi>): keep its text, drop the tag.
                    if !empty {
                        stack.push((name, line));
                    }
                    continue;
                }
                match name.as_str() {
                    "conceptEntry" | "termEntry" => {
                        let id = match attr(e, "id").map_err(&perr)? {
                            Some(id) => id,
                            None => {
                                generated.push(concepts.len());
                                format!("tbx-{line}-{col}")
                            }
                        };
                        st = Entry {
                            cur: Some(Concept::new(id, "")),
                            ..Entry::default()
                        };
                        lines.push(line);
                    }
                    "langSec" | "langSet" => {
                        let code = attr(e, "lang")
                            .map_err(&perr)?
                            .ok_or_else(|| perr(format!("<{name}> without xml:lang")))?;
                        st.lang = Some(parse_lang_region(&code).map_err(|e| match e {
                            Error::UnknownLanguage { .. } => {
                                perr(format!("unknown language code `{code}` in xml:lang"))
                            }
                            e => perr(format!("xml:lang `{code}`: {e}")),
                        })?);
                    }
                    "termSec" | "tig" | "ntig" => st.term = Some(TermState::default()),
                    "transacGrp" if st.cur.is_some() && st.group.is_none() => {
                        st.group = Some(Vec::new())
                    }
                    g if GROUPS.contains(&g) => {}
                    _ if st.cur.is_some() => {
                        let (dca, ty) = match dct(&name) {
                            Some(dca) => (dca.to_string(), Some(name.clone())),
                            None => (name.clone(), attr(e, "type").map_err(&perr)?),
                        };
                        let field = Field {
                            tag: name.clone(),
                            name: dca,
                            ty,
                            target: attr(e, "target").map_err(&perr)?,
                            text: String::new(),
                        };
                        if !empty {
                            collect = Some(field);
                        } else if name == "term" {
                            return Err(perr("empty <term>".into()));
                        } else {
                            st.store_text(&field.name, field.ty, field.target, field.text, &perr)?;
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push((name, line));
                } else if name == "transacGrp" {
                    st.end_group();
                } else {
                    end_element(&name, &mut st, &mut concepts, &perr)?;
                }
            }
            Event::End(ref e) => {
                let name = e.local_name().as_ref().to_string();
                stack.pop();
                if let Some(f) = collect.take() {
                    if f.tag != name {
                        collect = Some(f);
                        continue;
                    }
                    st.store_text(&f.name, f.ty, f.target, f.text, &perr)?;
                    continue;
                }
                if name == "transacGrp" {
                    st.end_group();
                } else {
                    end_element(&name, &mut st, &mut concepts, &perr)?;
                }
            }
            Event::Text(t) => {
                if let Some(f) = &mut collect {
                    f.text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some(f) = &mut collect {
                    f.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = if let Some(c) = r
                    .resolve_char_ref()
                    .map_err(|e| perr(format!("bad character reference: {e}")))?
                {
                    c
                } else {
                    match &*r {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "apos" => '\'',
                        "quot" => '"',
                        other => {
                            return Err(perr(format!(
                                "entity `&{other};` is not resolved (DTD and external entities are never read)"
                            )));
                        }
                    }
                };
                if let Some(f) = &mut collect {
                    f.text.push(c);
                }
            }
            Event::Eof => {
                if let Some(open) = unclosed(&stack) {
                    return Err(Error::parse(source, open.1, open.0));
                }
                break;
            }
            _ => {}
        }
    }
    if !seen_root {
        return Err(Error::parse(source, 1, "no TBX root element"));
    }
    dedupe_generated_ids(&mut concepts, &generated);
    Glossary::with_source(concepts, source, &lines)
}

/// How the entry status is written: TBX-Basic has no processStatus (its admin types are source,
/// customerSubset and projectSubset), so the status goes in a plain note `entry status: confirmed`.
const STATUS_NOTE: &str = "entry status: ";

/// The status a note written by [`write`] carries, if it is one. O(|note|).
fn status_note(note: &str) -> Option<Status> {
    note.strip_prefix(STATUS_NOTE)?.parse().ok()
}

/// The status for a TBX `processStatus` value: the standard `finalized` → confirmed,
/// `provisionallyProcessed` → unconfirmed, `unprocessed` → unspecified, and zoulang's own names (what it
/// wrote before it used a note); `None` for any other value (kept as a note). O(|value|).
fn process_status(value: &str) -> Option<Status> {
    match value {
        "finalized" => Some(Status::Confirmed),
        "provisionallyProcessed" => Some(Status::Unconfirmed),
        "unprocessed" => Some(Status::Unspecified),
        other => other.parse().ok(),
    }
}

/// The region a `geographicalUsage` value names: a region code (`TW`, `gb`, `419`) or a language tag with
/// one (`zh-TW`, `en_US`), upper-cased; `None` for anything else (then kept as a term note). O(|value|).
fn usage_region(value: &str) -> Option<String> {
    let v = value.trim();
    let is_region = (v.len() == 2 && v.chars().all(|c| c.is_ascii_alphabetic()))
        || (v.len() == 3 && v.chars().all(|c| c.is_ascii_digit()));
    if is_region {
        return Some(v.to_ascii_uppercase());
    }
    if v.contains(['-', '_']) {
        return parse_lang_region(v).ok().and_then(|(_, r)| r);
    }
    None
}

/// termType values that make an admitted term (or one without status) an abbreviation.
fn is_abbreviation_type(value: &str) -> bool {
    matches!(
        value,
        "abbreviation" | "acronym" | "shortForm" | "initialism" | "short form"
    )
}

/// A data category the model has no field for, kept as a note `name[type target=T]: value` (the type,
/// target and value parts only where present); the writer turns such notes back into elements.
#[derive(Debug, PartialEq)]
struct Extra {
    name: String,
    ty: Option<String>,
    target: Option<String>,
    value: String,
}

impl Extra {
    fn new(name: &str, ty: Option<&str>, value: &str) -> Extra {
        Extra {
            name: name.to_string(),
            ty: ty.map(str::to_string),
            target: None,
            value: value.to_string(),
        }
    }

    /// The note text. O(length).
    fn note(&self) -> String {
        let mut s = self.name.clone();
        match (&self.ty, &self.target) {
            (None, None) => {}
            (Some(t), None) => s.push_str(&format!("[{t}]")),
            (Some(t), Some(x)) => s.push_str(&format!("[{t} target={x}]")),
            (None, Some(x)) => s.push_str(&format!("[target={x}]")),
        }
        if !self.value.is_empty() {
            s.push_str(": ");
            s.push_str(&self.value);
        }
        s
    }

    /// Reads a note written by [`Extra::note`], only where reading the element back gives the very same
    /// note (so turning it into an element loses nothing). O(length).
    fn parse(note: &str) -> Option<Extra> {
        let name_end = note
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(note.len());
        let name = &note[..name_end];
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let mut rest = &note[name_end..];
        let (mut ty, mut target) = (None, None);
        if let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']')?;
            let inside = &r[..close];
            if let Some(t) = inside.strip_prefix("target=") {
                target = Some(t.to_string());
            } else if let Some((a, t)) = inside.split_once(" target=") {
                ty = Some(a.to_string());
                target = Some(t.to_string());
            } else {
                ty = Some(inside.to_string());
            }
            rest = &r[close + 1..];
        }
        let value = if rest.is_empty() {
            ""
        } else {
            rest.strip_prefix(": ")?
        };
        let e = Extra {
            name: name.to_string(),
            ty,
            target,
            value: value.to_string(),
        };
        let clean = |v: &str| !v.is_empty() && v.trim() == v && !v.contains(['\t', '\n', '\r']);
        let fits = e.note() == note
            && value.trim() == value
            && (!value.is_empty() || e.target.is_some())
            && e.ty.as_deref().is_none_or(clean)
            && e.target.as_deref().is_none_or(clean);
        fits.then_some(e)
    }

    /// The parts of a `transacGrp` note as TBX-Basic allows them (a transac origination or modification,
    /// a date `YYYY-MM-DD`, a transacNote responsibility), or `None`. O(length).
    fn transactions(&self) -> Option<Vec<Extra>> {
        if self.name != "transacGrp" || self.ty.is_some() || self.target.is_some() {
            return None;
        }
        let is_date = |v: &str| {
            v.len() == 10
                && v.char_indices().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }
                })
        };
        self.value
            .split("; ")
            .map(|part| {
                let e = Extra::parse(part).filter(|e| e.target.is_none())?;
                let ok = match (e.name.as_str(), e.ty.as_deref()) {
                    ("transac", Some("transactionType")) => {
                        matches!(e.value.as_str(), "origination" | "modification")
                    }
                    ("date", None) => is_date(&e.value),
                    ("transacNote", Some("responsibility")) => !e.value.is_empty(),
                    _ => false,
                };
                ok.then_some(e)
            })
            .collect()
    }

    /// Whether this note goes back as an element of the entry where TBX-Basic allows it there (a
    /// definition, an xref with target, a ref to an entry `has_id` knows, a transaction group). O(length).
    fn fits_entry(&self, has_id: &dyn Fn(&str) -> bool) -> bool {
        match (
            self.name.as_str(),
            self.ty.as_deref(),
            self.target.as_deref(),
        ) {
            ("descrip", Some("definition"), None) => true,
            ("xref", Some("externalCrossReference" | "xGraphic"), Some(_)) => true,
            ("ref", Some("crossReference"), Some(t)) => has_id(t),
            ("transacGrp", None, None) => self.transactions().is_some(),
            _ => false,
        }
    }

    /// The element at `indent` (a transaction group over several lines, its parts one level in).
    /// O(length).
    fn element(&self, indent: &str) -> String {
        if let Some(parts) = self.transactions() {
            let inner = format!("{indent}  ");
            let body: String = parts.iter().map(|p| p.element(&inner)).collect();
            return format!("{indent}<transacGrp>\n{body}{indent}</transacGrp>\n");
        }
        let mut attrs = String::new();
        if let Some(t) = &self.ty {
            attrs.push_str(&format!(" type=\"{}\"", escape_attr(t)));
        }
        if let Some(t) = &self.target {
            attrs.push_str(&format!(" target=\"{}\"", escape_attr(t)));
        }
        if self.value.is_empty() {
            format!("{indent}<{}{attrs}/>\n", self.name)
        } else {
            format!(
                "{indent}<{n}{attrs}>{}</{n}>\n",
                escape_text(&self.value),
                n = self.name
            )
        }
    }
}

/// Where in a `termSec` an element kept as a note goes back: 0 among the termNotes, 1 after them.
/// `None` for what TBX-Basic does not allow there, or what would read back differently for a term of
/// `kind` (a termType that would change the kind, or the plain `abbreviation` an abbreviation gets
/// anyway). O(1).
fn term_slot(e: &Extra, kind: TermKind, has_id: &dyn Fn(&str) -> bool) -> Option<u8> {
    let ty = e.ty.as_deref().unwrap_or("");
    match (e.name.as_str(), e.target.as_deref()) {
        ("xref", Some(_)) => {}
        ("ref", Some(t)) if has_id(t) => {}
        (_, None) => {}
        _ => return None,
    }
    if e.name == "transacGrp" {
        return e.transactions().map(|_| 1);
    }
    match (e.name.as_str(), ty) {
        ("termNote", "termType") => {
            let v = e.value.as_str();
            let allowed = matches!(
                v,
                "fullForm" | "acronym" | "abbreviation" | "shortForm" | "variant" | "phrase"
            );
            let same_kind = match kind {
                TermKind::Abbreviation => is_abbreviation_type(v) && v != "abbreviation",
                TermKind::Synonym => !is_abbreviation_type(v),
                TermKind::Preferred | TermKind::Forbidden => true,
            };
            (allowed && same_kind).then_some(0)
        }
        ("termNote", "partOfSpeech") => matches!(
            e.value.as_str(),
            "adjective" | "noun" | "other" | "verb" | "adverb"
        )
        .then_some(0),
        ("termNote", "grammaticalGender") => matches!(
            e.value.as_str(),
            "masculine" | "feminine" | "neuter" | "other"
        )
        .then_some(0),
        ("descrip", "context")
        | ("admin", "customerSubset" | "projectSubset" | "source")
        | ("xref", "externalCrossReference") => e.target.as_ref().map(|_| 1),
        ("ref", "crossReference") => e.target.as_ref().map(|_| 1),
        ("note", "") if e.ty.is_none() => Some(1),
        _ => None,
    }
}

/// Splits the notes of `c` into those written as `<note>`s of the entry (the first `n`) and those written
/// back as elements of a term's `termSec` (the rest: `(note index, term index, slot, element)`). Only a
/// tail of the notes in the order a reader would give them back goes to the terms, so a round trip keeps
/// the notes in order; each term takes at most one termType. O(notes · terms).
fn split_term_notes(
    c: &Concept,
    has_id: &dyn Fn(&str) -> bool,
) -> (usize, Vec<(usize, usize, u8, Extra)>) {
    let candidate = |n: &str| -> Option<(usize, u8, Extra)> {
        c.terms.iter().enumerate().find_map(|(ti, t)| {
            let rest = n.strip_prefix(&format!("{} [{}]: ", t.text, t.lang_code()))?;
            let e = Extra::parse(rest)?;
            Some((ti, term_slot(&e, t.kind, has_id)?, e))
        })
    };
    let mut tail: Vec<(usize, usize, u8, Extra)> = Vec::new();
    for (i, n) in c.notes.iter().enumerate().rev() {
        let Some((ti, slot, e)) = candidate(n) else {
            break;
        };
        if tail
            .last()
            .is_some_and(|&(_, t2, s2, _)| (ti, slot) > (t2, s2))
        {
            break;
        }
        tail.push((i, ti, slot, e));
    }
    tail.reverse();
    // At most one termType per term: keep only what follows a term's second one.
    let mut cut = 0;
    let mut typed: Vec<usize> = Vec::new();
    for (k, (_, ti, _, e)) in tail.iter().enumerate() {
        if e.name == "termNote" && e.ty.as_deref() == Some("termType") {
            if typed.contains(ti) {
                cut = k;
                typed.clear();
            }
            typed.push(*ti);
        }
    }
    let tail = tail.split_off(cut);
    let n = tail.first().map_or(c.notes.len(), |&(i, ..)| i);
    (n, tail)
}

/// Gives each entry in `generated` (an entry without id, named `tbx-<line>-<column>`) a suffix `-2`,
/// `-3`, … where the file gives another entry the same id. O(entries).
fn dedupe_generated_ids(concepts: &mut [Concept], generated: &[usize]) {
    if generated.is_empty() {
        return;
    }
    let mut taken: std::collections::HashSet<String> =
        concepts.iter().map(|c| c.id.clone()).collect();
    let mut is_generated = vec![false; concepts.len()];
    for &i in generated {
        is_generated[i] = true;
    }
    let explicit: std::collections::HashSet<&str> = concepts
        .iter()
        .zip(&is_generated)
        .filter(|(_, g)| !**g)
        .map(|(c, _)| c.id.as_str())
        .collect();
    let clashing: Vec<usize> = generated
        .iter()
        .copied()
        .filter(|&i| explicit.contains(concepts[i].id.as_str()))
        .collect();
    for i in clashing {
        let base = concepts[i].id.clone();
        let id = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken.contains(id))
            .expect("an unused suffix exists");
        taken.insert(id.clone());
        concepts[i].id = id;
    }
}

/// For a file that ends with elements still open: the line and a message naming the innermost open entry
/// (else the innermost open element) and every open element, or `None` when all are closed.
fn unclosed(stack: &[(String, usize)]) -> Option<(String, usize)> {
    let (name, line) = stack
        .iter()
        .rev()
        .find(|(n, _)| n == "conceptEntry" || n == "termEntry")
        .or(stack.last())?;
    let open: Vec<&str> = stack.iter().map(|(n, _)| n.as_str()).collect();
    Some((
        format!(
            "malformed XML: the file ends before <{name}> (opened at this line) is closed; \
             not closed: {} (truncated file?)",
            open.join(" > ")
        ),
        *line,
    ))
}

fn end_element(
    name: &str,
    st: &mut Entry,
    concepts: &mut Vec<Concept>,
    perr: &dyn Fn(String) -> Error,
) -> Result<()> {
    let Entry {
        cur, lang, term, ..
    } = st;
    match name {
        "conceptEntry" | "termEntry" => {
            if let Some(c) = cur.take() {
                concepts.push(c);
            }
        }
        "langSec" | "langSet" => *lang = None,
        "termSec" | "tig" | "ntig" => {
            let Some(ts) = term.take() else { return Ok(()) };
            let Some(text) = ts.text else {
                return Err(perr(format!("<{name}> without <term>")));
            };
            let (l, region) = lang
                .clone()
                .ok_or_else(|| perr(format!("<{name}> outside a language section")))?;
            let c = cur
                .as_mut()
                .ok_or_else(|| perr(format!("<{name}> outside an entry")))?;
            // The administrative status decides preferred and forbidden; an admitted term (or one
            // without status) with an abbreviation termType is an abbreviation.
            let kind = match ts.kind {
                Some(k @ (TermKind::Forbidden | TermKind::Preferred)) => k,
                _ if ts.abbr.is_some() => TermKind::Abbreviation,
                Some(k) => k,
                None => TermKind::Synonym,
            };
            let mut extras = ts.extras;
            // The model has one kind per term: the termType stays a note unless the kind says it all.
            if kind == TermKind::Abbreviation && ts.abbr.as_deref() == Some("abbreviation") {
                let said = Extra::new("termNote", Some("termType"), "abbreviation").note();
                if let Some(i) = extras.iter().position(|x| *x == said) {
                    extras.remove(i);
                }
            }
            let region = ts.region.or(region);
            for x in &extras {
                c.notes.push(format!(
                    "{} [{}]: {x}",
                    text,
                    crate::glossary::model::lang_code(l, region.as_deref())
                ));
            }
            c.terms.push(Term {
                text,
                lang: l,
                region,
                kind,
            });
        }
        _ => {}
    }
    Ok(())
}

impl Entry {
    /// Keeps a data category the model has no field for as a note: of the transaction group being read,
    /// of the term (`<term> [<lang>]: …`, added when the term ends), of the language section
    /// (`[<lang>] …`) or of the entry.
    fn keep(&mut self, e: Extra) {
        let note = e.note();
        if let Some(parts) = self.group.as_mut() {
            parts.push(note);
        } else if let Some(ts) = self.term.as_mut() {
            ts.extras.push(note);
        } else if let Some(c) = self.cur.as_mut() {
            match &self.lang {
                Some((l, r)) => c.notes.push(format!(
                    "[{}] {note}",
                    crate::glossary::model::lang_code(*l, r.as_deref())
                )),
                None => c.notes.push(note),
            }
        }
    }

    /// Ends a `transacGrp`: its transac, date and transacNote kept as one note
    /// `transacGrp: transac[transactionType]: origination; date: 2024-05-01; …`.
    fn end_group(&mut self) {
        if let Some(parts) = self.group.take() {
            self.keep(Extra::new("transacGrp", None, &parts.join("; ")));
        }
    }

    /// Stores the text of element `name` (type `ty`, target `target`). O(|txt|).
    fn store_text(
        &mut self,
        name: &str,
        ty: Option<String>,
        target: Option<String>,
        txt: String,
        perr: &dyn Fn(String) -> Error,
    ) -> Result<()> {
        let value = txt.trim().to_string();
        let extra = Extra {
            name: name.to_string(),
            ty: ty.clone(),
            target,
            value: value.clone(),
        };
        let ty_s = ty.unwrap_or_default();
        if self.group.is_some() {
            self.keep(extra);
            return Ok(());
        }
        if let Some(ts) = self.term.as_mut() {
            match (name, ty_s.as_str()) {
                ("term", _) => {
                    if value.is_empty() {
                        return Err(perr("empty <term>".into()));
                    }
                    ts.text = Some(value);
                }
                ("termNote", "administrativeStatus") | ("termNote", "normativeAuthorization") => {
                    ts.kind = Some(match value.trim_end_matches("-admn-sts") {
                        "preferredTerm" | "preferred" => TermKind::Preferred,
                        "admittedTerm" | "admitted" | "legalTerm" | "regulatedTerm"
                        | "standardizedTerm" => TermKind::Synonym,
                        "deprecatedTerm" | "deprecated" | "supersededTerm"
                        | "notRecommendedTerm" | "obsoleteTerm" | "superseded" => {
                            TermKind::Forbidden
                        }
                        other => {
                            return Err(perr(format!("unknown administrativeStatus `{other}`")));
                        }
                    });
                }
                ("termNote", "termType") => {
                    if is_abbreviation_type(&value) && ts.abbr.is_none() {
                        ts.abbr = Some(value);
                    }
                    self.keep(extra);
                }
                ("termNote", "geographicalUsage") => match usage_region(&value) {
                    Some(region) => ts.region = Some(region),
                    // A place name or other free text is no region the model can hold: kept as a note.
                    None => self.keep(extra),
                },
                _ => self.keep(extra),
            }
            return Ok(());
        }
        let at_entry = self.lang.is_none();
        let Some(c) = self.cur.as_mut() else {
            return Ok(());
        };
        match (name, ty_s.as_str()) {
            ("descrip", "subjectField") if at_entry && c.category.is_empty() => c.category = value,
            ("admin", "processStatus") if at_entry && process_status(&value).is_some() => {
                c.status = process_status(&value).unwrap_or_default();
            }
            ("note", _) if at_entry => match status_note(&value) {
                Some(st) if !self.status_noted => {
                    c.status = st;
                    self.status_noted = true;
                }
                _ => c.notes.push(value),
            },
            ("admin", "source") | ("descrip", "source") if extra.target.is_none() => {
                c.sources.push(value)
            }
            _ => self.keep(extra),
        }
        Ok(())
    }
}

/// Writes `g` as TBX-Basic (TBX v3, DCA style); fails on a character XML 1.0 cannot hold (see
/// [`check_xml_chars`]). O(total size).
pub(crate) fn write(g: &Glossary) -> Result<String> {
    let mut o = String::new();
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str("<tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n");
    o.push_str("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Written by zoulang</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
    o.push_str("  <text>\n    <body>\n");
    for c in g.concepts() {
        check_concept(c)?;
        o.push_str(&format!(
            "      <conceptEntry id=\"{}\">\n",
            escape_attr(&c.id)
        ));
        if !c.category.is_empty() {
            o.push_str(&format!(
                "        <descrip type=\"subjectField\">{}</descrip>\n",
                escape_text(c.category.as_str())
            ));
        }
        // Written when a note could be taken for it, too, so the first status note is always this one.
        if c.status != Status::Unspecified || c.notes.iter().any(|n| status_note(n).is_some()) {
            o.push_str(&format!(
                "        <note>{STATUS_NOTE}{}</note>\n",
                c.status.as_str()
            ));
        }
        for s in &c.sources {
            o.push_str(&format!(
                "        <admin type=\"source\">{}</admin>\n",
                escape_text(s.as_str())
            ));
        }
        let has_id = |id: &str| g.concept(id).is_some();
        let (own, to_terms) = split_term_notes(c, &has_id);
        for n in &c.notes[..own] {
            // A data category kept as a note goes back as its element where TBX-Basic allows it.
            match Extra::parse(n).filter(|e| e.fits_entry(&has_id)) {
                Some(e) => o.push_str(&e.element("        ")),
                None => o.push_str(&format!(
                    "        <note>{}</note>\n",
                    escape_text(n.as_str())
                )),
            }
        }
        let mut i = 0;
        while i < c.terms.len() {
            let l = c.terms[i].lang;
            o.push_str(&format!("        <langSec xml:lang=\"{}\">\n", l.as_str()));
            while i < c.terms.len() && c.terms[i].lang == l {
                let t = &c.terms[i];
                o.push_str(&format!(
                    "          <termSec>\n            <term>{}</term>\n",
                    escape_text(t.text.as_str())
                ));
                let mine = || to_terms.iter().filter(|x| x.1 == i);
                let typed = mine().any(|x| x.3.ty.as_deref() == Some("termType"));
                let st = match t.kind {
                    TermKind::Preferred => "preferredTerm-admn-sts",
                    TermKind::Synonym => "admittedTerm-admn-sts",
                    TermKind::Abbreviation => "admittedTerm-admn-sts",
                    TermKind::Forbidden => "deprecatedTerm-admn-sts",
                };
                if t.kind == TermKind::Abbreviation && !typed {
                    o.push_str("            <termNote type=\"termType\">abbreviation</termNote>\n");
                }
                // termNotes kept as notes, in note order (they read back in document order).
                for x in mine().filter(|x| x.2 == 0) {
                    o.push_str(&x.3.element("            "));
                }
                o.push_str(&format!(
                    "            <termNote type=\"administrativeStatus\">{st}</termNote>\n"
                ));
                if let Some(r) = &t.region {
                    o.push_str(&format!(
                        "            <termNote type=\"geographicalUsage\">{}</termNote>\n",
                        escape_text(r.as_str())
                    ));
                }
                for x in mine().filter(|x| x.2 == 1) {
                    o.push_str(&x.3.element("            "));
                }
                o.push_str("          </termSec>\n");
                i += 1;
            }
            o.push_str("        </langSec>\n");
        }
        o.push_str("      </conceptEntry>\n");
    }
    o.push_str("    </body>\n  </text>\n</tbx>\n");
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Glossary> {
        read(text, "t.tbx")
    }

    fn parse_err(text: &str) -> (usize, String) {
        match parse(text) {
            Err(Error::Parse {
                source_name,
                line,
                message,
            }) => {
                assert_eq!(source_name, "t.tbx");
                (line, message)
            }
            other => panic!("expected a parse error, got {:?}", other.map(|g| g.len())),
        }
    }

    const ENTRY_A: &str = "<termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>A</term></tig></langSet></termEntry>";

    #[test]
    fn truncated_file_is_an_error_naming_the_unfinished_entry() {
        // The review's reproduction: the second entry is cut off (with and without the closing root).
        let cut = format!(
            "<martif><text><body>{ENTRY_A}\n<termEntry id=\"b\"><langSet xml:lang=\"en\"><tig><term>B</term></tig>"
        );
        let (line, msg) = parse_err(&cut);
        assert_eq!(line, 2, "{msg}");
        assert!(
            msg.contains("<termEntry>") && msg.contains("not closed"),
            "{msg}"
        );
        let (line, msg) = parse_err(&format!("<martif><text><body>{ENTRY_A}\n</body></text>"));
        assert_eq!(line, 1, "{msg}");
        assert!(msg.contains("<martif>"), "{msg}");
        // Cut inside a tag or inside a term.
        assert!(parse(&format!("<martif><text><body>{ENTRY_A}<termEnt")).is_err());
        assert!(parse("<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>Lao").is_err());
    }

    #[test]
    fn entries_without_ids_get_unique_ids_even_on_one_line() {
        // The review's reproduction: a minified file, two entries without ids (ids are optional in TBX).
        let entry =
            "<termEntry><langSet xml:lang=\"en\"><tig><term>X</term></tig></langSet></termEntry>";
        let g = parse(&format!(
            "<martif><text><body>{entry}{entry}</body></text></martif>"
        ))
        .unwrap();
        let ids: Vec<&str> = g.concepts().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["tbx-1-21", "tbx-1-102"]);
        // A generated id never takes an id the file gives another entry.
        let g = parse(&format!(
            "<martif><text><body>{entry}<termEntry id=\"tbx-1-21\"><langSet xml:lang=\"en\"><tig><term>Y</term></tig></langSet></termEntry></body></text></martif>"
        ))
        .unwrap();
        let ids: Vec<&str> = g.concepts().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["tbx-1-21-2", "tbx-1-21"]);
        // The column counts characters, not bytes.
        let head = "<martif><!-- 老挝 --><text><body>";
        let g = parse(&format!("{head}{entry}</body></text></martif>")).unwrap();
        let col = head.chars().count() + 1;
        assert_eq!(g.concepts()[0].id, format!("tbx-1-{col}"));
    }

    #[test]
    fn geographical_usage_takes_a_region_or_a_tag_with_one() {
        // The review's reproduction: zh-TW as geographicalUsage became the region `ZH-TW`.
        let term = |t: &str, geo: &str| {
            format!(
                "<termSec><term>{t}</term><termNote type=\"geographicalUsage\">{geo}</termNote></termSec>"
            )
        };
        let g = parse(&format!(
            "<tbx><text><body><conceptEntry id=\"asean\"><langSec xml:lang=\"zh-Hant\"><termSec><term>東盟</term></termSec>{}</langSec><langSec xml:lang=\"en\">{}{}{}</langSec></conceptEntry></body></text></tbx>",
            term("東協", "zh-TW"),
            term("ASEAN", "en-US"),
            term("A.S.E.A.N.", "gb"),
            term("Asean", "Malaysia"),
        ))
        .unwrap();
        assert_eq!(
            g.lookup_regional("asean", LanguageTag::ZH_HANT, Some("TW")),
            Some("東協")
        );
        let c = g.concept("asean").unwrap();
        let region = |text: &str| {
            c.terms
                .iter()
                .find(|t| t.text == text)
                .unwrap()
                .region
                .clone()
        };
        assert_eq!(region("ASEAN").as_deref(), Some("US"));
        assert_eq!(region("A.S.E.A.N.").as_deref(), Some("GB"));
        // A place name is no region code (the model refuses it as a region): it is kept as a term note,
        // and written back as the term's geographicalUsage.
        assert_eq!(region("Asean"), None);
        assert!(
            c.notes
                .iter()
                .any(|n| n == "Asean [en]: termNote[geographicalUsage]: Malaysia")
        );
        assert_eq!(parse(&write(&g).unwrap()).unwrap(), g);
    }

    fn entry_with(inner: &str) -> String {
        format!(
            "<tbx><text><body><conceptEntry id=\"c\">{inner}<langSec xml:lang=\"en\"><termSec><term>C</term></termSec></langSec></conceptEntry></body></text></tbx>"
        )
    }

    #[test]
    fn process_status_standard_values_are_read() {
        // The review's reproduction: `finalized` failed the whole file.
        for (value, want) in [
            ("finalized", Status::Confirmed),
            ("provisionallyProcessed", Status::Unconfirmed),
            ("unprocessed", Status::Unspecified),
            // What zoulang wrote before it used a note.
            ("derived", Status::Derived),
            ("confirmed", Status::Confirmed),
        ] {
            let g = parse(&entry_with(&format!(
                "<admin type=\"processStatus\">{value}</admin>"
            )))
            .unwrap();
            assert_eq!(g.concepts()[0].status, want, "{value}");
            assert!(g.concepts()[0].notes.is_empty(), "{value}");
        }
        // A value of no known list is kept as a note, not an error.
        let g = parse(&entry_with(
            "<admin type=\"processStatus\">inReview</admin>",
        ))
        .unwrap();
        assert_eq!(g.concepts()[0].status, Status::Unspecified);
        assert_eq!(g.concepts()[0].notes, ["admin[processStatus]: inReview"]);
    }

    #[test]
    fn status_is_written_as_a_tbx_basic_note_and_round_trips() {
        for status in [
            Status::Unspecified,
            Status::Confirmed,
            Status::Derived,
            Status::Unconfirmed,
        ] {
            let mut c = Concept::new("c", "country").term(Term::new(LanguageTag::EN, "C"));
            c.status = status;
            // A user's note that reads like the status note survives as a note.
            c.notes = vec!["plain".into(), "entry status: derived".into()];
            let g = Glossary::new(vec![c]).unwrap();
            let tbx = write(&g).unwrap();
            // processStatus is no TBX-Basic admin type (customerSubset, projectSubset, source).
            assert!(!tbx.contains("processStatus"), "{tbx}");
            let back = parse(&tbx).unwrap();
            assert_eq!(back, g, "{tbx}");
            assert_eq!(write(&back).unwrap(), tbx);
        }
    }

    #[test]
    fn term_type_keeps_the_administrative_status_and_its_own_value() {
        // The review's reproduction: termType=acronym made a preferred ASEAN an admitted abbreviation.
        let tig = |t: &str, notes: &[(&str, &str)]| {
            let notes: String = notes
                .iter()
                .map(|(ty, v)| format!("<termNote type=\"{ty}\">{v}</termNote>"))
                .collect();
            format!("<tig><term>{t}</term>{notes}</tig>")
        };
        let text = format!(
            "<martif><text><body><termEntry id=\"asean\"><langSet xml:lang=\"en\">{}{}{}{}</langSet></termEntry></body></text></martif>",
            tig(
                "ASEAN",
                &[
                    ("termType", "acronym"),
                    ("administrativeStatus", "preferredTerm-admn-sts")
                ]
            ),
            tig(
                "Association of Southeast Asian Nations",
                &[
                    ("administrativeStatus", "admittedTerm-admn-sts"),
                    ("termType", "fullForm")
                ]
            ),
            tig(
                "Asean",
                &[
                    ("termType", "acronym"),
                    ("administrativeStatus", "admittedTerm-admn-sts")
                ]
            ),
            tig("A.", &[("termType", "abbreviation")]),
        );
        let g = parse(&text).unwrap();
        assert_eq!(g.lookup("asean", LanguageTag::EN), Some("ASEAN"));
        let c = g.concept("asean").unwrap();
        let kind = |text: &str| c.terms.iter().find(|t| t.text == text).unwrap().kind;
        assert_eq!(kind("ASEAN"), TermKind::Preferred);
        assert_eq!(
            kind("Association of Southeast Asian Nations"),
            TermKind::Synonym
        );
        assert_eq!(kind("Asean"), TermKind::Abbreviation);
        assert_eq!(kind("A."), TermKind::Abbreviation);
        // The model has one kind per term, so acronym vs abbreviation (and fullForm) live in notes.
        assert_eq!(
            c.notes,
            [
                "ASEAN [en]: termNote[termType]: acronym",
                "Association of Southeast Asian Nations [en]: termNote[termType]: fullForm",
                "Asean [en]: termNote[termType]: acronym",
            ]
        );
        // Written back, each term carries its own termType and status again, and nothing moves.
        let tbx = write(&g).unwrap();
        for want in [
            "<term>ASEAN</term>\n            <termNote type=\"termType\">acronym</termNote>\n            <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>",
            "<term>Asean</term>\n            <termNote type=\"termType\">acronym</termNote>\n            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>",
            "<term>A.</term>\n            <termNote type=\"termType\">abbreviation</termNote>",
            "<termNote type=\"termType\">fullForm</termNote>",
        ] {
            assert!(tbx.contains(want), "{want} in {tbx}");
        }
        assert!(!tbx.contains("<note>"), "{tbx}");
        let back = parse(&tbx).unwrap();
        assert_eq!(back, g);
        assert_eq!(write(&back).unwrap(), tbx);
    }

    #[test]
    fn term_notes_written_back_only_where_the_model_reads_them_the_same() {
        // Notes that look like term data but would not read back the same stay concept notes.
        let c = Concept::new("x", "")
            .term(Term::new(LanguageTag::EN, "X"))
            .term(Term::new(LanguageTag::EN, "Y").kind(TermKind::Synonym));
        let mut c = c;
        c.notes = vec![
            // A synonym with termType acronym would read back as an abbreviation.
            "Y [en]: termNote[termType]: acronym".into(),
            "X [en]: termNote[partOfSpeech]: noun".into(),
            "X [en]: note:  padded".into(),
            "Z [en]: termNote[termType]: acronym".into(),
            "plain".into(),
            "X [en]: note: usage".into(),
            "X [en]: termNote[partOfSpeech]: noun".into(),
        ];
        let g = Glossary::new(vec![c]).unwrap();
        let tbx = write(&g).unwrap();
        let back = parse(&tbx).unwrap();
        assert_eq!(back, g, "{tbx}");
        assert_eq!(write(&back).unwrap(), tbx);
    }

    #[test]
    fn any_mix_of_term_like_notes_round_trips() {
        let pool = [
            "A [en]: termNote[termType]: acronym",
            "A [en]: termNote[termType]: abbreviation",
            "A [en]: termNote[termType]: fullForm",
            "B [en]: termNote[termType]: acronym",
            "B [en]: termNote[partOfSpeech]: noun",
            "C [vi]: note: x",
            "C [vi]: descrip[context]: a context",
            "A [en]: admin[source]: s",
            "entry status: confirmed",
            "plain",
            "A [en]: termNote[termType]:  acronym",
            "xref[xGraphic target=https://x.org/y.png]",
            "ref[crossReference target=c]: itself",
            "ref[crossReference target=zz]: dangling",
            "transacGrp: transac[transactionType]: origination; date: 2024-05-01",
            "transacGrp: date: 2024-05-01; x",
            "A [en]: transacGrp: date: 2024-05-01",
            "B [en]: transacGrp: date: 2024-05-01T10:00:00",
            "descrip[definition]: d",
            "[en] descrip[definition]: d",
            "C [vi]: xref[externalCrossReference]: no target",
            "C [vi]: ref[crossReference target=c]: C",
        ];
        let mut seed: u64 = 7;
        for round in 0..1500 {
            let mut next = || {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 33) as usize
            };
            let kinds = [
                TermKind::Preferred,
                TermKind::Synonym,
                TermKind::Abbreviation,
                TermKind::Forbidden,
            ];
            let mut c = Concept::new("c", "")
                .term(Term::new(LanguageTag::EN, "A").kind(kinds[next() % 4]))
                .term(Term::new(LanguageTag::EN, "B").kind(kinds[next() % 4]))
                .term(Term::new(LanguageTag::VI, "C"));
            c.notes = (0..next() % 6)
                .map(|_| pool[next() % pool.len()].to_string())
                .collect();
            let g = Glossary::new(vec![c]).unwrap();
            let tbx = write(&g).unwrap();
            let back = parse(&tbx).unwrap();
            assert_eq!(back, g, "round {round}: {tbx}");
        }
    }

    #[test]
    fn transactions_and_cross_references_are_kept_and_written_back() {
        // The review's reproduction: transacGrp (transac, date, transacNote) and xref/ref were dropped.
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
<conceptEntry id="asean">
  <transacGrp><transac type="transactionType">origination</transac><date>2024-05-01</date><transacNote type="responsibility">Nguyen Van A</transacNote></transacGrp>
  <xref type="xGraphic" target="https://asean.org/logo.png"/>
  <xref type="externalCrossReference" target="https://asean.org/">ASEAN website</xref>
  <ref type="crossReference" target="acmecs">see ACMECS</ref>
  <langSec xml:lang="en">
    <descrip type="definition">A regional organisation.</descrip>
    <termSec>
      <term>ASEAN</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
      <transacGrp><transac type="transactionType">modification</transac><date>2025-01-02</date></transacGrp>
      <xref type="externalCrossReference" target="https://en.wikipedia.org/wiki/ASEAN">Wikipedia</xref>
    </termSec>
  </langSec>
</conceptEntry>
<conceptEntry id="acmecs"><langSec xml:lang="en"><termSec><term>ACMECS</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#;
        let g = parse(text).unwrap();
        let c = g.concept("asean").unwrap();
        assert_eq!(
            c.notes,
            [
                "transacGrp: transac[transactionType]: origination; date: 2024-05-01; transacNote[responsibility]: Nguyen Van A",
                "xref[xGraphic target=https://asean.org/logo.png]",
                "xref[externalCrossReference target=https://asean.org/]: ASEAN website",
                "ref[crossReference target=acmecs]: see ACMECS",
                "[en] descrip[definition]: A regional organisation.",
                "ASEAN [en]: transacGrp: transac[transactionType]: modification; date: 2025-01-02",
                "ASEAN [en]: xref[externalCrossReference target=https://en.wikipedia.org/wiki/ASEAN]: Wikipedia",
            ]
        );
        // Written back as the same elements, and read back the same.
        let tbx = write(&g).unwrap();
        for want in [
            "<transacGrp>\n          <transac type=\"transactionType\">origination</transac>\n          <date>2024-05-01</date>\n          <transacNote type=\"responsibility\">Nguyen Van A</transacNote>\n        </transacGrp>",
            "<xref type=\"xGraphic\" target=\"https://asean.org/logo.png\"/>",
            "<ref type=\"crossReference\" target=\"acmecs\">see ACMECS</ref>",
            "<xref type=\"externalCrossReference\" target=\"https://en.wikipedia.org/wiki/ASEAN\">Wikipedia</xref>\n          </termSec>",
            "<transac type=\"transactionType\">modification</transac>",
        ] {
            assert!(tbx.contains(want), "{want} in {tbx}");
        }
        let back = parse(&tbx).unwrap();
        assert_eq!(back, g, "{tbx}");
        assert_eq!(write(&back).unwrap(), tbx);
    }
}
