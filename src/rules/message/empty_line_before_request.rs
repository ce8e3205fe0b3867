//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Empty lines (CRLF) before a request-line: between two messages, or at the start of exact
    /// input (strict mode, or input with CRs).
    ///
    /// ## Why
    /// > An HTTP/1.1 user agent MUST NOT preface or follow a request with an extra CRLF.
    ///
    /// ## Example
    /// ```http
    /// GET /a HTTP/1.1
    /// Host: example.com
    ///
    ///
    /// GET /b HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// Blank lines at the very start of pasted text are taken as a paste artefact and not
    /// reported.
    pub EmptyLineBeforeRequest {
        id: "empty-line-before-request",
        section: spec::RFC9112_2_2,
        severity: Severity::Error,
    }
}
