//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A line in a header or trailer section that is not a field line: it has no colon.
    ///
    /// ## Why
    /// > field-line = field-name ":" OWS field-value OWS
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Accept text/html
    /// ```
    pub FieldLineInvalid {
        id: "field-line-invalid",
        section: spec::RFC9112_5,
        severity: Severity::Error,
    }
}
