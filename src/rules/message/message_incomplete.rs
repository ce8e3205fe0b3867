//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Input that ends inside a message: before the empty line that ends the header section, or
    /// inside a chunked body (before its last chunk and final empty line). The missing part is
    /// marked with a zero-length span at the end of the input.
    ///
    /// ## Why
    /// > A message body that uses the chunked transfer coding is incomplete if the zero-sized
    /// > chunk that terminates the encoding has not been received.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 5
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A header section cut short is only reported for exact input: pasted text (no CR, line
    /// endings `auto`) often loses its final empty line. A body shorter than its Content-Length
    /// is `content-length-mismatch`.
    pub MessageIncomplete {
        id: "message-incomplete",
        section: spec::RFC9112_8,
        severity: Severity::Error,
    }
}
