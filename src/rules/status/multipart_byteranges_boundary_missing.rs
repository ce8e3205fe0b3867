use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response whose Content-Type is `multipart/byteranges`
    /// without a (non-empty) boundary parameter: the parts cannot be told apart.
    ///
    /// ## Why
    /// > If multiple parts are being transferred, the server generating the 206 response
    /// > MUST generate "multipart/byteranges" content, as defined in Section 14.6, and a
    /// > Content-Type header field containing the "multipart/byteranges" media type and its
    /// > required boundary parameter.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges; boundary=3d6b6a416f9b5
    /// Content-Length: 0
    ///
    /// ```
    pub MultipartByterangesBoundaryMissing {
        id: "multipart-byteranges-boundary-missing",
        section: spec::RFC9110_15_3_7_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) {
        return;
    }
    let Some((span, t)) = exchange::byteranges_type(cx.input, m) else {
        return;
    };
    if t.param(cx.text(span), "boundary").is_some_and(|b| !b.value(cx.text(span)).is_empty()) {
        return;
    }
    cx.report(
        MultipartByterangesBoundaryMissing,
        span,
        "multipart/byteranges Content-Type has no boundary parameter",
    )
    .help("Add the boundary that separates the parts, e.g. multipart/byteranges; boundary=3d6b6a416f9b5");
}
