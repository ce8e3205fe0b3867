//! Realistic, RFC-correct traffic (`tests/corpus/clean/*.http`, exact bytes) draws no
//! error-level finding: exact (strict and auto line endings), and with its CRs dropped
//! as pasted text is, in auto mode. Every finding is kept in the reviewed snapshot `tests/snapshots/corpus-clean.txt`
//! (`UPDATE_SNAPSHOTS=1` rewrites it), so a new warning on good traffic shows in a diff.

mod common;

use common::lint_checked;
use common::snapshot::{self, render_all, render_at_least};
use std::path::{Path, PathBuf};
use wirelint::{LineEndings, Options, Severity};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `(file name, bytes)` of every corpus file, sorted.
fn clean_corpus() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("tests/corpus/clean");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "http"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(p).unwrap())
        })
        .collect()
}

/// The input as pasted into a browser: every CRLF becomes LF. Other octets, binary
/// content included, are kept.
fn without_crs(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    for (i, &b) in input.iter().enumerate() {
        if b == b'\r' && input.get(i + 1) == Some(&b'\n') {
            continue;
        }
        out.push(b);
    }
    out
}

fn strict() -> Options {
    Options {
        line_endings: LineEndings::Strict,
        ..Options::default()
    }
}

#[test]
fn the_corpus_is_large_and_exact() {
    let corpus = clean_corpus();
    assert!(corpus.len() >= 30, "only {} corpus files", corpus.len());
    for (name, input) in &corpus {
        // Exact bytes: every line of the start line and header section ends in CRLF.
        let head_end = input
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("{name}: no CRLF CRLF"));
        let head = &input[..head_end];
        let bare_lf = head
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b'\n' && (i == 0 || head[i - 1] != b'\r'));
        assert!(!bare_lf, "{name}: a bare LF in the first header section");
        // Pasted text loses only CRs: a CR in content would keep auto mode exact.
        assert!(
            !without_crs(input).contains(&b'\r'),
            "{name}: a CR outside CRLF makes the pasted form ambiguous"
        );
    }
}

#[test]
fn no_error_on_the_clean_corpus() {
    let mut failures = Vec::new();
    for (name, input) in clean_corpus() {
        let exact = lint_checked(&input, &strict());
        for line in render_at_least(&exact, Severity::Error) {
            failures.push(format!("{name}: {line}"));
        }
        // The default mode reads input with CRs line by line, as strict mode does.
        let uploaded = lint_checked(&input, &Options::default());
        for line in render_at_least(&uploaded, Severity::Error) {
            failures.push(format!("{name} (auto): {line}"));
        }
        let pasted = without_crs(&input);
        let auto = lint_checked(&pasted, &Options::default());
        for line in render_at_least(&auto, Severity::Error) {
            failures.push(format!("{name} (LF, auto): {line}"));
        }
    }
    assert!(
        failures.is_empty(),
        "errors on clean traffic:\n{}",
        failures.join("\n")
    );
}

#[test]
fn snapshot_of_every_finding() {
    let mut out = String::from(
        "# Every finding on tests/corpus/clean (tests/corpus.rs): strict line endings, then\n\
         # the same bytes without CRs in auto mode when that differs (line-endings-assumed,\n\
         # which every such input draws, left out).\n",
    );
    for (name, input) in clean_corpus() {
        out.push_str(&format!("\n## {name}\n"));
        let exact = render_all(&lint_checked(&input, &strict()));
        for line in &exact {
            out.push_str(&format!("{line}\n"));
        }
        let pasted = without_crs(&input);
        let auto: Vec<String> = render_all(&lint_checked(&pasted, &Options::default()))
            .into_iter()
            .filter(|l| !l.contains(" line-endings-assumed "))
            .collect();
        if auto != exact {
            out.push_str("### LF, auto\n");
            for line in &auto {
                out.push_str(&format!("{line}\n"));
            }
        }
    }
    let path = root().join("tests/snapshots/corpus-clean.txt");
    if let Some(diff) = snapshot::check(&path, &out) {
        panic!("{diff}");
    }
}
