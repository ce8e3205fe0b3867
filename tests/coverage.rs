//! `spec/coverage.tsv` stays valid: one row per requirement, known rule ids, a reason
//! where there is no rule, and no gap in the part already mapped.

mod common;

use common::coverage::{in_mapped_scope, requirement_ids, rows, REASONS};
use std::collections::BTreeSet;

#[test]
fn one_row_per_requirement_in_order() {
    let ids: Vec<String> = rows().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, requirement_ids());
}

#[test]
fn rules_exist_and_notes_are_reasons() {
    let known: BTreeSet<&str> = wirelint::registry::all().map(|m| m.id).collect();
    let mut errors = Vec::new();
    for row in rows() {
        for rule in &row.rules {
            if !known.contains(rule.as_str()) {
                errors.push(format!("{}: unknown rule {rule}", row.id));
            }
        }
        if !row.note.is_empty()
            && row.rules.is_empty()
            && !REASONS.iter().any(|r| row.note.starts_with(r))
        {
            errors.push(format!(
                "{}: note {:?} does not start with a known reason",
                row.id, row.note
            ));
        }
        if row.rules.is_empty() && row.note.is_empty() && in_mapped_scope(row.rfc(), row.section())
        {
            errors.push(format!("{}: neither rules nor a reason", row.id));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
