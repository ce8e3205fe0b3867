//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content (a line starting with `{`, `[`, `<` or another character that cannot begin a
    /// field name) directly after the field lines, without the empty line that ends the header
    /// section.
    ///
    /// ## Why
    /// > zero or more header field lines (collectively referred to as the "headers" or the
    /// > "header section"), an empty line indicating the end of the header section, and an
    /// > optional message body.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: application/json
    /// Content-Length: 2
    /// {}
    /// ```
    pub HeaderSectionUnterminated {
        id: "header-section-unterminated",
        section: spec::RFC9112_2_1,
        severity: Severity::Error,
    }
}
