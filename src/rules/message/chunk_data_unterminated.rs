//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Chunk data that is not followed by CRLF after as many octets as its chunk-size says: the
    /// size is wrong, or the line end is missing.
    ///
    /// ## Why
    /// > chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 3
    /// hello
    /// 0
    /// ```
    pub ChunkDataUnterminated {
        id: "chunk-data-unterminated",
        section: spec::RFC9112_7_1,
        severity: Severity::Error,
    }
}
