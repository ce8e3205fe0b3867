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
    /// > Although the line terminator for the start-line and fields is the sequence CRLF, a
    /// > recipient MAY recognize a single LF as a line terminator and ignore any preceding CR.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1\r\nHost: example.com\n\r\n
    /// ```
    ///
    /// ## Notes
    /// The grammar requires CRLF; a recipient may accept a bare LF, but one that does not will
    /// see a different message, which is how request smuggling starts.
    pub BareLf {
        id: "bare-lf",
        section: spec::RFC9112_2_2,
        severity: Severity::Error,
    }
}
