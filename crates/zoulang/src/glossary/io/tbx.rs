//! TBX glossaries (ISO 30042): TBX-Basic v3 (`tbx`/`conceptEntry`/`langSec`/`termSec`) written and read,
//! and the older TBX 2008 form (`martif`/`termEntry`/`langSet`/`tig` or `ntig`/`termGrp`) read.
//!
//! Mapping: `descrip type="subjectField"` ↔ category; status written as the note `entry status: <status>`
//! (TBX-Basic has no processStatus), read from that note (the first one in the entry) and from
//! `admin type="processStatus"` (`finalized` → confirmed, `provisionallyProcessed` → unconfirmed,
//! `unprocessed` → unspecified, or zoulang's own names; another value is kept as a note); `note` ↔ notes, `admin type="source"` ↔ sources; per term `termNote type="administrativeStatus"`
//! (preferred / admitted / deprecated, superseded, not recommended, obsolete → forbidden),
//! `termNote type="termType"` (abbreviation, acronym, shortForm, initialism → abbreviation),
//! `termNote type="geographicalUsage"` ↔ region (read from a region code such as `TW` or a tag with a
//! region such as `zh-TW` / `en_US`; any other value, e.g. a place name, is kept as a note). Any other data category is kept as a note
//! (`type: value`), never dropped.
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
/// found in time proportional to the distance moved (a whole read stays O(|text|)).
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    line_start: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            pos: 0,
            line: 1,
            line_start: 0,
        }
    }

    fn at(&mut self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.text.len()).max(self.pos);
        for (i, b) in self.text.as_bytes()[self.pos..pos].iter().enumerate() {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = self.pos + i + 1;
            }
        }
        self.pos = pos;
        let col = self.text[self.line_start..]
            .char_indices()
            .take_while(|&(i, _)| i < pos - self.line_start)
            .count();
        (self.line, col + 1)
    }
}

#[derive(Default)]
struct TermState {
    text: Option<String>,
    kind: Option<TermKind>,
    abbr: bool,
    region: Option<String>,
    extras: Vec<String>,
}

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
    let mut cur: Option<Concept> = None;
    let mut lang: Option<(LanguageTag, Option<String>)> = None;
    let mut term: Option<TermState> = None;
    // The element whose text is being collected: (local name, type attribute, text).
    let mut collect: Option<(String, Option<String>, String)> = None;
    let mut seen_root = false;
    // Indices (in `concepts`) of entries whose id was generated.
    let mut generated: Vec<usize> = Vec::new();
    // Whether the current entry's status came from a status note (only the first such note counts).
    let mut status_noted = false;
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
                        cur = Some(Concept::new(id, ""));
                        status_noted = false;
                        lines.push(line);
                    }
                    "langSec" | "langSet" => {
                        let code = attr(e, "lang")
                            .map_err(&perr)?
                            .ok_or_else(|| perr(format!("<{name}> without xml:lang")))?;
                        lang = Some(parse_lang_region(&code).map_err(|_| {
                            perr(format!("unknown language code `{code}` in xml:lang"))
                        })?);
                    }
                    "termSec" | "tig" | "ntig" => term = Some(TermState::default()),
                    "term" | "termNote" | "descrip" | "admin" | "note" | "definition"
                        if cur.is_some() =>
                    {
                        let ty = attr(e, "type").map_err(&perr)?;
                        if empty {
                            if name == "term" {
                                return Err(perr("empty <term>".into()));
                            }
                        } else {
                            collect = Some((name.clone(), ty, String::new()));
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push((name, line));
                } else {
                    end_element(&name, &mut cur, &mut lang, &mut term, &mut concepts, &perr)?;
                }
            }
            Event::End(ref e) => {
                let name = e.local_name().as_ref().to_string();
                stack.pop();
                if let Some((cname, ty, txt)) = collect.take() {
                    if cname != name {
                        collect = Some((cname, ty, txt));
                        continue;
                    }
                    store_text(
                        &cname,
                        ty,
                        txt,
                        &mut cur,
                        &mut term,
                        &mut status_noted,
                        &perr,
                    )?;
                    continue;
                }
                end_element(&name, &mut cur, &mut lang, &mut term, &mut concepts, &perr)?;
            }
            Event::Text(t) => {
                if let Some((_, _, buf)) = &mut collect {
                    buf.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some((_, _, buf)) = &mut collect {
                    buf.push_str(&t.xml10_content());
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
                if let Some((_, _, buf)) = &mut collect {
                    buf.push(c);
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
/// one (`zh-TW`, `en_US`), upper-cased; `None` for anything else (kept as a note). O(|value|).
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
    cur: &mut Option<Concept>,
    lang: &mut Option<(LanguageTag, Option<String>)>,
    term: &mut Option<TermState>,
    concepts: &mut Vec<Concept>,
    perr: &dyn Fn(String) -> Error,
) -> Result<()> {
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
            let kind = match ts.kind {
                Some(TermKind::Forbidden) => TermKind::Forbidden,
                _ if ts.abbr => TermKind::Abbreviation,
                Some(k) => k,
                None => TermKind::Synonym,
            };
            let region = ts.region.or(region);
            for x in &ts.extras {
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

fn store_text(
    name: &str,
    ty: Option<String>,
    txt: String,
    cur: &mut Option<Concept>,
    term: &mut Option<TermState>,
    status_noted: &mut bool,
    perr: &dyn Fn(String) -> Error,
) -> Result<()> {
    let value = txt.trim().to_string();
    let ty_s = ty.clone().unwrap_or_default();
    if let Some(ts) = term.as_mut() {
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
                    "deprecatedTerm" | "deprecated" | "supersededTerm" | "notRecommendedTerm"
                    | "obsoleteTerm" | "superseded" => TermKind::Forbidden,
                    other => return Err(perr(format!("unknown administrativeStatus `{other}`"))),
                });
            }
            ("termNote", "termType")
                if matches!(
                    value.as_str(),
                    "abbreviation" | "acronym" | "shortForm" | "initialism" | "short form"
                ) =>
            {
                ts.abbr = true
            }
            ("termNote", "termType")
                if matches!(
                    value.as_str(),
                    "fullForm" | "full form" | "variant" | "synonym"
                ) => {}
            ("termNote", "geographicalUsage") if usage_region(&value).is_some() => {
                ts.region = usage_region(&value)
            }
            _ => ts.extras.push(format!(
                "{}{}: {value}",
                name,
                ty.map(|t| format!("[{t}]")).unwrap_or_default()
            )),
        }
        return Ok(());
    }
    let Some(c) = cur.as_mut() else { return Ok(()) };
    match (name, ty_s.as_str()) {
        ("descrip", "subjectField") if c.category.is_empty() => c.category = value,
        ("admin", "processStatus") if process_status(&value).is_some() => {
            c.status = process_status(&value).unwrap_or_default();
        }
        ("note", _) => match status_note(&value) {
            Some(st) if !*status_noted => {
                c.status = st;
                *status_noted = true;
            }
            _ => c.notes.push(value),
        },
        ("admin", "source") | ("descrip", "source") => c.sources.push(value),
        _ => c.notes.push(format!(
            "{}{}: {value}",
            name,
            ty.map(|t| format!("[{t}]")).unwrap_or_default()
        )),
    }
    Ok(())
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
        for n in &c.notes {
            o.push_str(&format!(
                "        <note>{}</note>\n",
                escape_text(n.as_str())
            ));
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
                let (ty, st) = match t.kind {
                    TermKind::Preferred => (None, "preferredTerm-admn-sts"),
                    TermKind::Synonym => (None, "admittedTerm-admn-sts"),
                    TermKind::Abbreviation => (Some("abbreviation"), "admittedTerm-admn-sts"),
                    TermKind::Forbidden => (None, "deprecatedTerm-admn-sts"),
                };
                if let Some(ty) = ty {
                    o.push_str(&format!(
                        "            <termNote type=\"termType\">{ty}</termNote>\n"
                    ));
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
        // A place name that is no region code is kept as a note, not made into a region.
        assert_eq!(region("Asean"), None);
        assert!(
            c.notes
                .contains(&"Asean [en]: termNote[geographicalUsage]: Malaysia".to_string()),
            "{:?}",
            c.notes
        );
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
}
