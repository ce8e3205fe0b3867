//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A line of the start line, header section or chunked framing that ends in LF without CR,
    /// in input that is exact (strict mode, or input that has CRs elsewhere). Reported once per
    /// message, on the first such LF, with the count.
    ///
    /// ## Why
    /// > HTTP-message = start-line CRLF *( field-line CRLF ) CRLF [ message-body ]
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1\r\nHost: example.com\n\r\n
    /// ```
    ///
    /// ## Notes
    /// The grammar requires CRLF. RFC 9112 §2.2 lets a recipient accept a bare LF ("a
    /// recipient MAY recognize a single LF as a line terminator"), but one that does not
    /// sees a different message, which is how request smuggling starts.
    pub BareLf {
        id: "bare-lf",
        section: spec::RFC9112_2_1,
        severity: Severity::Error,
    }
}
