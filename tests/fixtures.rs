//! Runs every fixture in `tests/fixtures/<area>/<rule-id>.md` (format: STYLE.md).
//! `UPDATE_FIXTURES=1 cargo test --test fixtures` rewrites the findings blocks.

mod common;

use common::{all_fixtures, lint_checked, render};
use std::collections::BTreeSet;

#[test]
fn fixtures() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    for fixture in all_fixtures() {
        let mut lines: Vec<String> = fixture.text.split('\n').map(String::from).collect();
        let mut changed = false;
        for case in fixture.cases.iter().rev() {
            let report = lint_checked(&case.input, &case.options);
            let got = render(&report, &case.rules);
            if got != case.expected {
                if update {
                    let (a, b) = case.findings_lines;
                    lines.splice(a..b, got.clone());
                    changed = true;
                } else {
                    failures.push(format!(
                        "{} / {}:\n  expected:\n    {}\n  got:\n    {}",
                        fixture.path.display(),
                        case.name,
                        case.expected.join("\n    "),
                        got.join("\n    ")
                    ));
                }
            }
        }
        if changed {
            std::fs::write(&fixture.path, lines.join("\n")).unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture case(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every fixture linted at every prefix length: no panic, spans in bounds.
#[test]
fn every_prefix_of_every_fixture() {
    for fixture in all_fixtures() {
        for case in &fixture.cases {
            for cut in 0..case.input.len() {
                lint_checked(&case.input[..cut], &case.options);
            }
        }
    }
}

/// Every rule fires in at least one case of its fixture and stays silent in another.
#[test]
fn every_rule_fires_and_stays_silent() {
    let mut fired = BTreeSet::new();
    let mut silent = BTreeSet::new();
    for fixture in all_fixtures() {
        for case in &fixture.cases {
            let report = lint_checked(&case.input, &case.options);
            let hits = render(&report, std::slice::from_ref(&fixture.id));
            if hits.is_empty() {
                silent.insert(fixture.id.clone());
            } else {
                fired.insert(fixture.id.clone());
            }
        }
    }
    let mut missing = Vec::new();
    for meta in wirelint::registry::all() {
        if meta.id == "findings-limit-reached" {
            continue; // exercised by tests/robustness.rs
        }
        if !fired.contains(meta.id) {
            missing.push(format!("{} never fires in its fixture", meta.id));
        }
        if !silent.contains(meta.id) {
            missing.push(format!("{} is never silent in its fixture", meta.id));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
