//! Reviewed snapshots of every finding on a set of inputs, for the RFC examples and the
//! clean corpus: a change in what wirelint says about known-good traffic shows in a diff.
//! `UPDATE_SNAPSHOTS=1` rewrites them.
#![allow(dead_code)]

use std::path::Path;
use wirelint::{Report, Severity};

/// Every finding as a fixture line: `<severity> <rule-id> <line>:<col> "<spanned text>"`.
pub fn render_all(report: &Report<'_>) -> Vec<String> {
    render_at_least(report, Severity::Info)
}

/// The findings of at least `min` severity, as fixture lines.
pub fn render_at_least(report: &Report<'_>, min: Severity) -> Vec<String> {
    super::render_where(report, |f| f.severity() >= min)
}

/// Compares `got` with the snapshot file at `path`, or rewrites it when
/// `UPDATE_SNAPSHOTS` is set. Returns a description of the difference, if any.
pub fn check(path: &Path, got: &str) -> Option<String> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    if old == got {
        return None;
    }
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, got).unwrap();
        return None;
    }
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = got.lines().collect();
    let mut diff = String::new();
    for line in &old_lines {
        if !new_lines.contains(line) {
            diff.push_str(&format!("- {line}\n"));
        }
    }
    for line in &new_lines {
        if !old_lines.contains(line) {
            diff.push_str(&format!("+ {line}\n"));
        }
    }
    Some(format!(
        "{} is out of date (UPDATE_SNAPSHOTS=1 rewrites it; review the diff):\n{diff}",
        path.display()
    ))
}
