use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response with `multipart/byteranges` content to a request
    /// whose Range asks for a single range. Needs the request in the input.
    ///
    /// ## Why
    /// > A server MUST NOT generate a multipart response to a request for a single range,
    /// > since a client that does not request multiple parts might not support multipart
    /// > responses.
    ///
    /// ## Example
    /// ```http
    /// GET /doc.pdf HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-4
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges; boundary=SEP
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: application/pdf
    /// Content-Range: bytes 0-4/8000
    /// Content-Length: 5
    ///
    /// %PDF-
    /// ```
    pub MultipartForSingleRange {
        id: "multipart-for-single-range",
        section: spec::RFC9110_15_3_7_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(206) {
        return;
    }
    let Some((content_type, _)) = exchange::byteranges_type(cx.input, m) else {
        return;
    };
    let Some((range, ranges)) = exchange::range(cx.input, request) else {
        return;
    };
    if ranges.specs.len() != 1 {
        return;
    }
    let shown = cx.quote(range);
    cx.report(
        MultipartForSingleRange,
        content_type,
        format!("multipart/byteranges response to a request for one range ({shown})"),
    )
    .label(range, "single range")
    .help("Send the one range as the content, with Content-Range and the representation's Content-Type");
}
