//! `spec/coverage.tsv`: every BCP 14 requirement of RFC 9110, 9111 and 9112 (from
//! `spec/rfc/requirements.tsv`), mapped to the rules that enforce it, or to the reason no
//! rule can check it from a message.
//!
//! Columns: `id`, `keywords`, `rules` (comma-separated rule ids), `note`. A row without
//! rules needs a note that starts with one of [`REASONS`]; `todo:` marks a requirement a
//! message could show but no rule checks yet.
#![allow(dead_code)]

use std::path::Path;

/// Why a requirement has no rule. Every one but `todo` means a message cannot show it.
pub const REASONS: &[&str] = &[
    "recipient behaviour",
    "server behaviour",
    "client behaviour",
    "intermediary behaviour",
    "cache behaviour",
    "origin server behaviour",
    "user agent behaviour",
    "not observable in a message",
    "registry procedure",
    "specification authors",
    "todo",
];

#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub keywords: String,
    pub rules: Vec<String>,
    pub note: String,
}

impl Row {
    pub fn rfc(&self) -> &str {
        self.id.split('-').next().unwrap_or("")
    }

    /// The section number, such as `6.3`.
    pub fn section(&self) -> &str {
        self.id.split('-').nth(1).unwrap_or("")
    }

    /// A rule could check it from a message: it has rules, or is a todo.
    pub fn checkable(&self) -> bool {
        !self.rules.is_empty() || self.note.starts_with("todo")
    }
}

pub fn rows() -> Vec<Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/coverage.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let get = |i: usize| cols.get(i).copied().unwrap_or("").trim().to_string();
            Row {
                id: get(0),
                keywords: get(1),
                rules: get(2)
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                note: get(3),
            }
        })
        .collect()
}

/// Requirement ids of `spec/rfc/requirements.tsv`, in order.
pub fn requirement_ids() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/rfc/requirements.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next().map(String::from))
        .filter(|s| !s.is_empty())
        .collect()
}

/// True when the section lies in the part of the RFCs the project has finished mapping:
/// every row there must have rules or a reason. All three RFCs are mapped now.
pub fn in_mapped_scope(rfc: &str, section: &str) -> bool {
    let _ = section;
    matches!(rfc, "9110" | "9111" | "9112")
}
