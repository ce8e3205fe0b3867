//! The RFCs' own example messages (extracted from `spec/rfc/*.xml` by
//! `common/rfcexamples.rs`) draw no error-level finding, except the ones
//! `docs/rfc-examples.md` documents, exactly. All their findings are kept in the reviewed
//! snapshot `tests/snapshots/rfc-examples.txt` (`UPDATE_SNAPSHOTS=1` rewrites it).

mod common;

use common::lint_checked;
use common::rfcexamples::{examples, exchanges, Example};
use common::snapshot::{self, render_all, render_at_least};
use std::collections::BTreeMap;
use std::path::Path;
use wirelint::{LineEndings, Options, Severity};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn strict() -> Options {
    Options {
        line_endings: LineEndings::Strict,
        ..Options::default()
    }
}

/// The documented exceptions: `### <key>` headings of `docs/rfc-examples.md`, each with
/// the exact error findings (fixture lines) of its ```` ```findings ```` block.
fn documented() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(root().join("docs/rfc-examples.md")).unwrap();
    let mut out = BTreeMap::new();
    let mut key: Option<String> = None;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(k) = line.strip_prefix("### ") {
            key = Some(k.trim().to_string());
        } else if line.trim_end() == "```findings" {
            let k = key.take().expect("a findings block under a ### heading");
            let block: Vec<String> = lines
                .by_ref()
                .take_while(|l| l.trim_end() != "```")
                .filter(|l| !l.trim().is_empty())
                .map(String::from)
                .collect();
            assert!(out.insert(k.clone(), block).is_none(), "{k} twice");
        }
    }
    out
}

/// Every input the test lints: each example, then each exchange.
fn inputs() -> Vec<(String, Vec<u8>)> {
    let examples = examples();
    let mut out: Vec<(String, Vec<u8>)> = examples
        .iter()
        .map(|e| (e.key.clone(), e.input.clone()))
        .collect();
    out.extend(exchanges(&examples).into_iter().map(|x| (x.key, x.input)));
    out
}

/// The extraction finds what the RFCs hold; a change in the XML or the extractor shows
/// here and in the snapshot.
#[test]
fn every_example_message_is_extracted() {
    let examples = examples();
    let count = |rfc| examples.iter().filter(|e: &&Example| e.rfc == rfc).count();
    assert_eq!((count(9110), count(9111), count(9112)), (16, 0, 8));
    assert_eq!(exchanges(&examples).len(), 4);
    // RFC 9110 §6's exchange, with its Content-Length resolved from x:length-of.
    let hello = examples
        .iter()
        .find(|e| e.key == "RFC 9110 §3.9 #2")
        .unwrap();
    assert!(hello.input.starts_with(b"HTTP/1.1 200 OK\r\nDate: "));
    assert!(hello
        .input
        .ends_with(b"Content-Length: 51\r\nVary: Accept-Encoding\r\nContent-Type: text/plain\r\n\r\nHello World! My content includes a trailing CRLF.\r\n"));
}

#[test]
fn no_error_but_the_documented_ones() {
    let documented = documented();
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    for (key, input) in inputs() {
        let report = lint_checked(&input, &strict());
        let errors = render_at_least(&report, Severity::Error);
        let expected = documented.get(&key).cloned().unwrap_or_default();
        if errors != expected {
            failures.push(format!(
                "{key}:\n  documented:\n    {}\n  got:\n    {}",
                expected.join("\n    "),
                errors.join("\n    ")
            ));
        }
        seen.push(key);
    }
    for key in documented.keys() {
        if !seen.contains(key) {
            failures.push(format!("{key} is documented but no such example exists"));
        }
    }
    assert!(
        failures.is_empty(),
        "RFC examples differ from docs/rfc-examples.md:\n{}",
        failures.join("\n")
    );
}

/// Pasted into the page, the examples lose their CRs: read in auto mode they still draw
/// only the documented errors.
#[test]
fn no_error_but_the_documented_ones_with_lf_line_endings() {
    let documented = documented();
    let mut failures = Vec::new();
    for (key, input) in inputs() {
        let lf = String::from_utf8(input).unwrap().replace("\r\n", "\n");
        let report = lint_checked(lf.as_bytes(), &Options::default());
        let errors: Vec<String> = render_at_least(&report, Severity::Error)
            .into_iter()
            .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let expected: Vec<String> = documented
            .get(&key)
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        if errors != expected {
            failures.push(format!("{key}: {errors:?}, documented {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The blocks that stop before the empty line ending their header section, linted as
/// written, draw only `message-incomplete` there in addition.
#[test]
fn header_sections_shown_without_their_end_are_only_incomplete() {
    let documented = documented();
    for e in examples().iter().filter(|e| e.completed()) {
        let report = lint_checked(&e.exact, &strict());
        let mut errors = render_at_least(&report, Severity::Error);
        let last = errors.pop();
        let lines = e.exact.split(|&b| b == b'\n').count();
        assert_eq!(
            last,
            Some(format!("error message-incomplete {lines}:1 \"\"")),
            "{}",
            e.key
        );
        let expected = documented.get(&e.key).cloned().unwrap_or_default();
        assert_eq!(errors, expected, "{}", e.key);
    }
}

#[test]
fn snapshot_of_every_finding() {
    let examples = examples();
    let mut out = String::from(
        "# Every finding on the RFC examples (tests/rfc_examples.rs), strict line endings.\n\
         # `+ empty line` marks a header section the RFC shows without its end.\n",
    );
    for e in &examples {
        let added = if e.completed() { " + empty line" } else { "" };
        out.push_str(&format!(
            "\n## {} (rfc{}.xml line {}){added}\n{}\n",
            e.key,
            e.rfc,
            e.xml_line,
            e.start_line()
        ));
        for line in render_all(&lint_checked(&e.input, &strict())) {
            out.push_str(&format!("{line}\n"));
        }
    }
    for x in exchanges(&examples) {
        out.push_str(&format!("\n## {} (exchange)\n", x.key));
        for line in render_all(&lint_checked(&x.input, &strict())) {
            out.push_str(&format!("{line}\n"));
        }
    }
    let path = root().join("tests/snapshots/rfc-examples.txt");
    if let Some(diff) = snapshot::check(&path, &out) {
        panic!("{diff}");
    }
}
