//! Findings: what wirelint reports.

use crate::registry::RuleMeta;
use crate::span::Span;
use serde::Serialize;

/// How serious a finding is. Fixed per rule, following the RFC keyword the rule enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// MAY, deprecated, obsolete or advisory.
    Info,
    /// SHOULD or SHOULD NOT.
    Warning,
    /// MUST, MUST NOT, or the message grammar.
    Error,
}

impl Severity {
    /// The lower-case name: `info`, `warning`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A secondary span with a short text, such as the other side of a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What it is, in a few words.
    pub message: String,
}

/// One problem found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static RuleMeta,
    /// The message (0-based, in input order) the finding belongs to, if any.
    pub message_index: Option<u32>,
    /// The primary span: the offending text, or a zero-length span where something is missing.
    pub span: Span,
    /// One self-contained line saying what is wrong, quoting the observed value.
    pub message: String,
    /// Secondary spans.
    pub labels: Vec<Label>,
    /// What to send instead.
    pub help: Option<String>,
}

impl Finding {
    /// The rule id.
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// The rule's severity.
    pub fn severity(&self) -> Severity {
        self.rule.severity
    }
}
