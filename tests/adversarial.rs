//! Hostile glossary files: XML external entities, DTDs, entity expansion, XInclude, deep nesting, huge
//! attributes and fields (terms over `Glossary::MAX_TERM_BYTES`), unbalanced quotes, NUL bytes, JSON nesting
//! bombs, invalid UTF-8. Each must end in a glossary that holds exactly what the file says or in a typed
//! error naming the file and line; nothing is fetched or read outside the file; time and memory stay bounded (each case runs under a hang guard, and the
//! whole test checks the process's peak memory). Small files are committed in `tests/data/adversarial/`; the
//! big ones are generated here, in a temporary folder, and removed.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use zoulang::{Error, Glossary};

/// Longest any one case may take before it counts as a runaway (a hang guard, not a benchmark: the cases
/// take milliseconds).
const HANG_GUARD: Duration = Duration::from_secs(120);

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/adversarial")
        .join(name)
}

/// Reads `path` on another thread under the hang guard.
fn read(path: &Path) -> zoulang::Result<Glossary> {
    let (tx, rx) = mpsc::channel();
    let p = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(Glossary::from_path(&p));
    });
    rx.recv_timeout(HANG_GUARD)
        .unwrap_or_else(|_| panic!("{}: no answer within {HANG_GUARD:?}", path.display()))
}

/// The error is a `Parse` error naming `path` and a line in `lines` (1-based).
fn assert_parse_error(
    r: &zoulang::Result<Glossary>,
    path: &Path,
    lines: std::ops::RangeInclusive<usize>,
) {
    match r {
        Err(Error::Parse {
            source_name,
            line,
            message,
        }) => {
            assert_eq!(source_name, &path.display().to_string(), "{message}");
            assert!(
                lines.contains(line),
                "{}: line {line} not in {lines:?}: {message}",
                path.display()
            );
        }
        Ok(g) => panic!(
            "{}: expected a parse error, got a glossary of {} concepts",
            path.display(),
            g.len()
        ),
        Err(e) => panic!("{}: expected a parse error, got {e}", path.display()),
    }
}

/// Every term text of the glossary.
fn terms(g: &Glossary) -> Vec<String> {
    g.concepts()
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| t.text.clone()))
        .collect()
}

/// No term holds anything read from outside the file.
fn assert_nothing_from_outside(g: &Glossary, path: &Path) {
    for t in terms(g) {
        assert!(
            !t.contains("root:") && !t.contains("lollol"),
            "{}: term {t:?}",
            path.display()
        );
    }
}

/// The error is a `FieldTooLarge` naming `path` and `line`.
fn assert_too_large(r: &zoulang::Result<Glossary>, path: &Path, want_line: usize) {
    match r {
        Err(Error::FieldTooLarge {
            source_name,
            line,
            size,
            limit,
            ..
        }) => {
            assert_eq!(source_name, &path.display().to_string());
            assert_eq!(*line, want_line, "{}", path.display());
            assert!(size > limit);
        }
        Ok(g) => panic!(
            "{}: expected FieldTooLarge, got a glossary of {} concepts",
            path.display(),
            g.len()
        ),
        Err(e) => panic!("{}: expected FieldTooLarge, got {e}", path.display()),
    }
}

/// Peak resident memory of this process so far, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<usize>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// Writes a generated file into a fresh temporary folder (removed when dropped).
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        let dir = std::env::temp_dir().join(format!("zoulang-adversarial-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write scratch file");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One test, so that the peak memory it checks is its own.
#[test]
fn hostile_glossary_files_end_in_typed_errors_within_bounds() {
    // External entities (file, http), entity expansion: refused where they are used, never resolved.
    for (name, lines) in [
        ("xxe-file.tbx", 2..=8),
        ("xxe-http.tbx", 2..=8),
        ("billion-laughs.tbx", 2..=18),
    ] {
        let p = data(name);
        assert_parse_error(&read(&p), &p, lines);
    }
    // A parameter entity, an external DTD, XInclude: ignored (nothing fetched) or refused.
    for name in ["parameter-entity.tbx", "external-dtd.tbx", "xinclude.tbx"] {
        let p = data(name);
        match read(&p) {
            Ok(g) => assert_nothing_from_outside(&g, &p),
            r @ Err(_) => assert_parse_error(&r, &p, 1..=12),
        }
    }
    // CSV: an unbalanced quote and stray quotes are errors on their lines.
    let p = data("unbalanced-quote.csv");
    assert_parse_error(&read(&p), &p, 2..=4);
    // An unterminated quote in the last column must not swallow the rows after it.
    let p = data("unterminated-quote-last-column.csv");
    assert_parse_error(&read(&p), &p, 2..=4);
    let p = data("stray-quotes.csv");
    assert_parse_error(&read(&p), &p, 2..=3);
    // NUL bytes: kept in the term (no silent loss) or refused.
    for name in ["nul-byte.csv", "nul-byte.tsv"] {
        let p = data(name);
        match read(&p) {
            Ok(g) => assert!(
                terms(&g).iter().any(|t| t == "La\0os"),
                "{name}: the NUL was lost"
            ),
            r @ Err(_) => assert_parse_error(&r, &p, 2..=2),
        }
    }
    // Unknown JSON keys, at the top or in a concept (a misspelled `note` would silently lose the note).
    for name in ["unknown-field.json", "misspelled-concept-field.json"] {
        let p = data(name);
        assert_parse_error(&read(&p), &p, 1..=1);
    }
    let p = data("invalid-utf8.tsv");
    match read(&p) {
        Err(Error::InvalidUtf8 {
            source_name,
            offset,
        }) => {
            assert!(source_name.contains("invalid-utf8.tsv"));
            assert_eq!(offset, 16);
        }
        Ok(_) => panic!("invalid UTF-8 accepted"),
        Err(e) => panic!("invalid UTF-8: {e}"),
    }

    // Generated, too big to commit.
    let before = peak_rss();
    let s = Scratch::new();
    let p = s.file("nesting-bomb.json", "[".repeat(1 << 20).as_bytes());
    assert_parse_error(&read(&p), &p, 1..=1);
    let deep = format!(
        "{}{{\"concepts\": []}}{}",
        "{\"a\":".repeat(100_000),
        "}".repeat(100_000)
    );
    let p = s.file("nesting-bomb-object.json", deep.as_bytes());
    assert_parse_error(&read(&p), &p, 1..=1);
    let p = s.file(
        "deep-nesting.tbx",
        format!(
            "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n{}x{}\n</body></text></tbx>\n",
            "<a>".repeat(100_000),
            "</a>".repeat(100_000)
        )
        .as_bytes(),
    );
    assert_parse_error(&read(&p), &p, 1..=3);
    let huge_attr = format!(
        "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n<conceptEntry id=\"{}\" x=\"{}\"><langSec xml:lang=\"en\"><termSec><term>Laos</term></termSec></langSec></conceptEntry>\n</body></text></tbx>\n",
        "c".repeat(64),
        "&amp;".repeat(2 << 20)
    );
    let p = s.file("huge-attribute.tbx", huge_attr.as_bytes());
    match read(&p) {
        Ok(g) => assert!(terms(&g) == ["Laos"], "huge attribute: unexpected terms"),
        r @ Err(_) => assert_parse_error(&r, &p, 3..=3),
    }
    let field = "老".repeat(350_000); // 1 MB
    let p = s.file(
        "huge-field.csv",
        format!("id,en,zh-Hans\nlaos,Laos,\"{field}\"\n").as_bytes(),
    );
    assert_too_large(&read(&p), &p, 2);
    let p = s.file(
        "unclosed-quote-1mb.csv",
        format!("id,en,zh-Hans\nlaos,Laos,\"{field}\nvietnam,Vietnam,越南\n").as_bytes(),
    );
    assert_parse_error(&read(&p), &p, 2..=4);
    let p = s.file(
        "huge-line.tsv",
        format!("id\ten\tzh-Hans\nlaos\tLaos\t{}\n", "x".repeat(2 << 20)).as_bytes(),
    );
    assert_too_large(&read(&p), &p, 2);
    // A 10 MB term once took 1.7 GB on its way into the term finder; the cap stops it at the reader.
    let p = s.file(
        "huge-term-10mb.tsv",
        format!(
            "id\ten\tzh-Hans\nlaos\tLaos\t老挝\nbig\t{}\tx\n",
            "ab ".repeat(3_500_000)
        )
        .as_bytes(),
    );
    let before_big = peak_rss();
    assert_too_large(&read(&p), &p, 3);
    let grown_big = peak_rss().saturating_sub(before_big);
    assert!(
        grown_big < 256 << 20,
        "a 10 MB term grew peak memory by {} MB",
        grown_big >> 20
    );
    let header: Vec<String> = (0..100_000).map(|i| format!("x{i}")).collect();
    let p = s.file(
        "wide.tsv",
        format!("id\t{}\nlaos\tLaos\n", header.join("\t")).as_bytes(),
    );
    match read(&p) {
        Ok(_) => {}
        r @ Err(_) => assert_parse_error(&r, &p, 1..=2),
    }
    let rows: String = (0..200_000)
        .map(|i| format!("c{i}\tterm {i}\t术语{i}\n"))
        .collect();
    let p = s.file(
        "many-rows.tsv",
        format!("id\ten\tzh-Hans\n{rows}").as_bytes(),
    );
    assert_eq!(read(&p).expect("200,000 rows").len(), 200_000);
    let grown = peak_rss().saturating_sub(before);
    assert!(
        grown < 1 << 30,
        "peak memory grew by {} MB on files of at most 4 MB",
        grown >> 20
    );
}
