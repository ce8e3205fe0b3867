//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A CR that is not followed by LF in the start line, a field line, or chunk framing.
    ///
    /// ## Why
    /// > A sender MUST NOT generate a bare CR (a CR character not immediately followed by LF)
    /// > within any protocol elements other than the content.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: exa\rmple.com
    /// ```
    pub BareCr {
        id: "bare-cr",
        section: spec::RFC9112_2_2,
        severity: Severity::Error,
    }
}
