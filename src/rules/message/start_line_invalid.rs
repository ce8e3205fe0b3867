//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message whose first line is neither a request-line (`METHOD target HTTP/1.1`) nor a
    /// status-line (`HTTP/1.1 200 OK`).
    ///
    /// ## Why
    /// > start-line = request-line / status-line
    ///
    /// ## Example
    /// ```http
    /// hello world
    /// Host: example.com
    /// ```
    pub StartLineInvalid {
        id: "start-line-invalid",
        section: spec::RFC9112_2_1,
        severity: Severity::Error,
    }
}
