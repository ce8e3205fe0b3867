use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The alias `x-compress` in Content-Encoding or Accept-Encoding. The span is the
    /// coding.
    ///
    /// ## Why
    /// > A recipient SHOULD consider "x-compress" to be equivalent to "compress".
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: x-compress
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: compress
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The `compress` coding (UNIX LZW) is itself rarely supported today; gzip, br or zstd
    /// are better choices.
    pub ContentCodingXCompress {
        id: "content-coding-x-compress",
        section: spec::RFC9110_8_4_1_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::coding_alias(cx, ContentCodingXCompress, "x-compress", "compress");
}
