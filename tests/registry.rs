//! The registry: ids, names, files, fixtures and documentation agree.

mod common;

use common::{area_of, fixture_input, lint_checked};
use std::path::Path;

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn rule_file(id: &str) -> Option<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path().join(format!("{}.rs", snake(id))))
        .find(|p| p.exists())
}

#[test]
fn ids_are_unique_kebab_case_and_match_files_and_fixtures() {
    let mut seen = std::collections::BTreeSet::new();
    for meta in wirelint::registry::all() {
        let id = meta.id;
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(
            !id.is_empty()
                && id.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
            "{id} is not kebab-case"
        );
        assert!(
            !id.starts_with("no-") && !id.starts_with("disallow-"),
            "{id} names the fix, not the violation"
        );
        let file =
            rule_file(id).unwrap_or_else(|| panic!("{id}: no src/rules/<area>/{}.rs", snake(id)));
        let area = area_of(&file);
        if id != "findings-limit-reached" {
            let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/fixtures/{area}/{id}.md"));
            assert!(fixture.exists(), "{id}: no fixture {}", fixture.display());
        }
        assert_eq!(wirelint::registry::lookup(id).map(|m| m.id), Some(id));
    }
    assert!(seen.len() >= 40, "only {} rules", seen.len());
}

#[test]
fn docs_have_the_headings_a_quote_and_an_example_that_fires_once() {
    for meta in wirelint::registry::all() {
        let docs = meta.docs();
        assert!(
            docs.contains("## What it checks\n"),
            "{}: no '## What it checks'",
            meta.id
        );
        assert!(docs.contains("## Why\n"), "{}: no '## Why'", meta.id);
        assert!(
            !meta.quote().is_empty(),
            "{}: no quote under ## Why",
            meta.id
        );
        assert!(!meta.summary().is_empty(), "{}: empty summary", meta.id);
        let Some(example) = example(&docs) else {
            assert_eq!(
                meta.id, "findings-limit-reached",
                "{}: no ## Example",
                meta.id
            );
            continue;
        };
        let (text, lf) = match example.strip_prefix("<!-- lf -->\n") {
            Some(rest) => (rest.to_string(), true),
            None => (example.clone(), false),
        };
        // `<!-- now: SECONDS -->` first: lint with that current time.
        let mut options = wirelint::Options::default();
        let text = match text
            .strip_prefix("<!-- now:")
            .and_then(|r| r.split_once("-->\n"))
        {
            Some((now, rest)) => {
                options.now = Some(now.trim().parse().unwrap());
                rest.to_string()
            }
            None => text,
        };
        let input = fixture_input(&text, lf);
        let report = lint_checked(&input, &options);
        let hits = report.findings.iter().filter(|f| f.id() == meta.id).count();
        assert_eq!(
            hits, 1,
            "{}: its ## Example fires it {hits} times:\n{example}",
            meta.id
        );
    }
}

/// The ```http block under `## Example`.
fn example(docs: &str) -> Option<String> {
    let rest = docs.split("## Example\n").nth(1)?;
    let block = rest.split("```http\n").nth(1)?;
    let end = block.find("\n```")?;
    Some(block[..end].to_string())
}

#[test]
fn severity_follows_the_quoted_keyword() {
    use wirelint::Severity::*;
    for meta in wirelint::registry::all() {
        let quote = meta.quote();
        let must = quote.contains("MUST") || quote.contains("REQUIRED") || quote.contains("SHALL");
        let should = quote.contains("SHOULD") || quote.contains("RECOMMENDED");
        let may = quote.contains("MAY") || quote.contains("OPTIONAL");
        match meta.severity {
            // Grammar rules quote ABNF or a defining sentence, with no keyword.
            Error => assert!(
                must || !(should || may),
                "{}: error, but its quote says SHOULD or MAY without MUST",
                meta.id
            ),
            Warning => assert!(should, "{}: warning, but its quote has no SHOULD", meta.id),
            Info => {}
        }
    }
}
