//! Shared by the integration tests: the fixture format of STYLE.md.
#![allow(dead_code)]

pub mod coverage;
pub mod rfcexamples;
pub mod rfctext;
pub mod rng;
pub mod snapshot;

use std::path::{Path, PathBuf};
use wirelint::{context::quote, lint, Finding, LineEndings, LineIndex, Options, Report};

/// Turns the lines of a fixture's http block into exact input: each line ends in CRLF
/// (LF with `lf`) except the last, which ends the input; a last line that is empty is an
/// empty line, so a block ending in a blank line is a complete header section.
/// `\r` `\n` `\t` `\\` `\xHH` give exact bytes.
pub fn fixture_input(text: &str, lf: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.extend_from_slice(if lf { b"\n" } else { b"\r\n" });
        }
        let bytes = line.as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            let b = bytes[j];
            if b == b'\\' && j + 1 < bytes.len() {
                let escaped = match bytes[j + 1] {
                    b'r' => Some(b'\r'),
                    b'n' => Some(b'\n'),
                    b't' => Some(b'\t'),
                    b'\\' => Some(b'\\'),
                    _ => None,
                };
                if let Some(e) = escaped {
                    out.push(e);
                    j += 2;
                    continue;
                }
                if bytes[j + 1] == b'x' && j + 4 <= bytes.len() {
                    let hex = std::str::from_utf8(&bytes[j + 2..j + 4]).unwrap_or("");
                    if let Ok(v) = u8::from_str_radix(hex, 16) {
                        out.push(v);
                        j += 4;
                        continue;
                    }
                }
            }
            out.push(b);
            j += 1;
        }
    }
    if text.ends_with('\n') {
        out.extend_from_slice(if lf { b"\n" } else { b"\r\n" });
    }
    out
}

/// One `## case` of a fixture file.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub input: Vec<u8>,
    pub options: Options,
    pub rules: Vec<String>,
    pub expected: Vec<String>,
    /// Line range of the findings block in the file, for rewriting.
    pub findings_lines: (usize, usize),
}

/// A fixture file.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub path: PathBuf,
    pub area: String,
    pub id: String,
    pub cases: Vec<Case>,
    pub text: String,
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn all_fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut areas: Vec<_> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    areas.sort();
    for area in areas.into_iter().filter(|p| p.is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(&area)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            out.push(parse_fixture(&file));
        }
    }
    out
}

/// The area of a rule or fixture file: the name of the folder it is in
/// (`tests/fixtures/<area>/<id>.md`, `src/rules/<area>/<id>.rs`).
pub fn area_of(path: &Path) -> String {
    path.parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string()
}

pub fn parse_fixture(path: &Path) -> Fixture {
    let text = std::fs::read_to_string(path).unwrap();
    let id = path.file_stem().unwrap().to_str().unwrap().to_string();
    let area = area_of(path);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut cases = Vec::new();
    let mut i = 0;
    let mut current: Option<Case> = None;
    let mut lf = false;
    while i < lines.len() {
        let line = lines[i];
        if let Some(name) = line.strip_prefix("## ") {
            if let Some(c) = current.take() {
                cases.push(c);
            }
            lf = false;
            current = Some(Case {
                name: name.trim().to_string(),
                input: Vec::new(),
                options: Options::default(),
                rules: vec![id.clone()],
                expected: Vec::new(),
                findings_lines: (0, 0),
            });
        } else if let Some(c) = current.as_mut() {
            let t = line.trim();
            if t == "<!-- lf -->" {
                lf = true;
            } else if t == "<!-- strict -->" {
                c.options.line_endings = LineEndings::Strict;
            } else if let Some(now) = t
                .strip_prefix("<!-- now:")
                .and_then(|r| r.strip_suffix("-->"))
            {
                c.options.now = Some(now.trim().parse().expect("<!-- now: UNIX-SECONDS -->"));
            } else if let Some(rest) = t
                .strip_prefix("<!-- rules:")
                .and_then(|r| r.strip_suffix("-->"))
            {
                c.rules.extend(
                    rest.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty()),
                );
            } else if t.starts_with("<!-- disable:") {
                let rest = t
                    .trim_start_matches("<!-- disable:")
                    .trim_end_matches("-->");
                c.options
                    .disable
                    .extend(rest.split(',').map(|s| s.trim().to_string()));
            } else if t == "```http" {
                let start = i + 1;
                let mut end = start;
                while end < lines.len() && lines[end].trim_end() != "```" {
                    end += 1;
                }
                c.input = fixture_input(&lines[start..end].join("\n"), lf);
                i = end;
            } else if t == "```findings" {
                let start = i + 1;
                let mut end = start;
                while end < lines.len() && lines[end].trim_end() != "```" {
                    end += 1;
                }
                c.expected = lines[start..end]
                    .iter()
                    .map(ToString::to_string)
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                c.findings_lines = (start, end);
                i = end;
            }
        }
        i += 1;
    }
    if let Some(c) = current.take() {
        cases.push(c);
    }
    Fixture {
        path: path.to_path_buf(),
        area,
        id,
        cases,
        text,
    }
}

/// Renders findings as fixture lines: `<severity> <rule-id> <line>:<col> "<spanned text>"`.
pub fn render(report: &Report<'_>, rules: &[String]) -> Vec<String> {
    render_where(report, |f| rules.iter().any(|r| r == f.id()))
}

/// The findings that `keep` keeps, as fixture lines.
pub fn render_where(report: &Report<'_>, keep: impl Fn(&Finding) -> bool) -> Vec<String> {
    let index = LineIndex::new(report.input);
    report
        .findings
        .iter()
        .filter(|f| keep(f))
        .map(|f| {
            let (line, col) = index.line_col(f.span.start);
            format!(
                "{} {} {}:{} \"{}\"",
                f.severity().as_str(),
                f.id(),
                line,
                col,
                quote(f.span.slice(report.input))
            )
        })
        .collect()
}

/// Lints and checks the invariants every report must hold.
pub fn lint_checked<'a>(input: &'a [u8], options: &Options) -> Report<'a> {
    let report = lint(input, options);
    check_invariants(&report);
    report
}

pub fn check_invariants(report: &Report<'_>) {
    let len = report.input.len() as u32;
    let mut prev = None;
    for f in &report.findings {
        assert!(
            f.span.start <= f.span.end && f.span.end <= len,
            "{} span {:?} out of 0..{len}",
            f.id(),
            f.span
        );
        for l in &f.labels {
            assert!(
                l.span.start <= l.span.end && l.span.end <= len,
                "{} label {:?} out of bounds",
                f.id(),
                l.span
            );
        }
        let key = (f.span.start, f.span.end, f.id());
        if let Some(p) = prev {
            assert!(p <= key, "findings not sorted: {p:?} then {key:?}");
        }
        prev = Some(key);
        assert!(
            !f.message.is_empty() && !f.message.ends_with('.'),
            "{}: message {:?}",
            f.id(),
            f.message
        );
    }
    for m in &report.messages {
        for s in [m.span, m.start_line_span, m.header_end, m.body.span] {
            assert!(
                s.start <= s.end && s.end <= len,
                "message span {s:?} out of bounds"
            );
        }
        for fl in m.fields.iter().chain(&m.body.trailers) {
            for s in [fl.line, fl.name, fl.value] {
                assert!(
                    s.start <= s.end && s.end <= len,
                    "field span {s:?} out of bounds"
                );
            }
        }
    }
}
