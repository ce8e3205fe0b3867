//! Reported by the parser (`src/parse/`).

use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A chunk-size line that does not start with hexadecimal digits, has something other than
    /// chunk extensions after them, or whose size overflows 64 bits.
    ///
    /// ## Why
    /// > The chunk-size field is a string of hex digits indicating the size of the chunk-data
    /// > in octets.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// zz
    /// hello
    /// 0
    /// ```
    pub ChunkSizeInvalid {
        id: "chunk-size-invalid",
        section: spec::RFC9112_7_1,
        severity: Severity::Error,
    }
}
