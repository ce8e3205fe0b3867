use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response with a Transfer-Encoding field to a request whose version is below
    /// HTTP/1.1 (HTTP/1.0). Needs the request in the input.
    ///
    /// ## Why
    /// > A server MUST NOT send a response containing Transfer-Encoding unless the
    /// > corresponding request indicates HTTP/1.1 (or later minor revisions).
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.0
    ///
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// Answer an HTTP/1.0 client with Content-Length, or by closing the connection after
    /// the content.
    pub TransferEncodingToHttp10Request {
        id: "transfer-encoding-to-http10-request",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(v) = request.version else { return };
    if !m.is_response() || v >= Version::HTTP_1_1 {
        return;
    }
    let Some(te) = m.field(KnownField::TransferEncoding) else { return };
    let at = request.version_span().unwrap_or(request.start_line_span);
    cx.report(TransferEncodingToHttp10Request, te.line, format!("Response has Transfer-Encoding but the request is HTTP/{}.{}", v.major, v.minor))
        .label(at, "request version")
        .help("Frame the response with Content-Length, or close the connection after the content");
}
