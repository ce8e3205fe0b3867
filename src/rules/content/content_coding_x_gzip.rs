use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The alias `x-gzip` in Content-Encoding or Accept-Encoding. The span is the coding.
    ///
    /// ## Why
    /// > A recipient SHOULD consider "x-gzip" to be equivalent to "gzip".
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: x-gzip
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: gzip
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The alias survives from early HTTP; the registry keeps it for compatibility. Only
    /// a recipient is asked to treat it as gzip, so a sender gains nothing by using it.
    pub ContentCodingXGzip {
        id: "content-coding-x-gzip",
        section: spec::RFC9110_8_4_1_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::coding_alias(cx, ContentCodingXGzip, "x-gzip", "gzip");
}
