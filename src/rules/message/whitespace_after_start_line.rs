//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A line beginning with whitespace right after the start line, before any field line.
    ///
    /// ## Why
    /// > A sender MUST NOT send whitespace between the start-line and the first header field.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    ///   Host: example.com
    /// ```
    pub WhitespaceAfterStartLine {
        id: "whitespace-after-start-line",
        section: spec::RFC9112_2_2,
        severity: Severity::Error,
    }
}
