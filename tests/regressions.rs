//! Replays every committed fuzz corpus file and every crash ever found (`fuzz/corpus/<target>/`,
//! `fuzz/regressions/<target>/`) through the same invariant checks the fuzz targets run, so CI guards them
//! without a fuzzer. See RELIABILITY.md.

#[allow(dead_code)]
#[path = "../fuzz/src/checks/mod.rs"]
mod checks;

use std::path::Path;

/// Runs `target` on every file under `dir`; returns the failures as `path: message`.
fn replay(name: &str, target: fn(&[u8]), dir: &Path) -> (usize, Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, Vec::new());
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in files.into_iter().filter(|p| p.is_file()) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        n += 1;
        if let Err(panic) = std::panic::catch_unwind(|| target(&data)) {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{name}: {}: {msg}", path.display()));
        }
    }
    (n, failures)
}

#[test]
fn every_crash_and_corpus_file_passes_its_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut failures = Vec::new();
    let mut regressions = 0;
    for (name, target) in checks::TARGETS {
        let (r, f) = replay(name, *target, &root.join("regressions").join(name));
        regressions += r;
        failures.extend(f);
        let (c, f) = replay(name, *target, &root.join("corpus").join(name));
        failures.extend(f);
        assert!(
            c > 0,
            "fuzz/corpus/{name} is empty: commit a (small, minimised) corpus for every target"
        );
    }
    eprintln!("replayed {regressions} regression inputs");
    assert!(
        failures.is_empty(),
        "{} inputs fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every crate root forbids `unsafe` (a `forbid` cannot be lifted by an inner `allow`, so this is the whole
/// audit): the core, the command line tool, the Python extension and the fuzz checks. A new crate fails here
/// until it says the same (or documents its one audited module in RELIABILITY.md and this list).
#[test]
fn every_crate_root_forbids_unsafe_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut roots = vec![root.join("src/main.rs"), root.join("fuzz/src/lib.rs")];
    for entry in std::fs::read_dir(root.join("crates")).expect("crates/") {
        let dir = entry.expect("crates/ entry").path();
        for file in ["src/lib.rs", "src/main.rs"] {
            if dir.join(file).is_file() {
                roots.push(dir.join(file));
            }
        }
    }
    assert!(roots.len() >= 4, "found only {roots:?}");
    for path in roots {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            text.lines().any(|l| l.trim() == "#![forbid(unsafe_code)]"),
            "{} lacks #![forbid(unsafe_code)]",
            path.display()
        );
    }
}
