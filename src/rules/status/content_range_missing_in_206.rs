use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response with neither a Content-Range header field nor
    /// `multipart/byteranges` content: nothing says which part of the representation it
    /// holds. The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > If a single part is being transferred, the server generating the 206 response
    /// > MUST generate a Content-Range header field, describing what range of the selected
    /// > representation is enclosed, and a content consisting of the range.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: image/gif
    /// Content-Length: 4
    ///
    /// GIF8
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: image/gif
    /// Content-Range: bytes 0-3/47022
    /// Content-Length: 4
    ///
    /// GIF8
    /// ```
    pub ContentRangeMissingIn206 {
        id: "content-range-missing-in-206",
        section: spec::RFC9110_15_3_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) || m.has(KnownField::ContentRange) {
        return;
    }
    // Several parts are described inside multipart/byteranges content instead.
    if exchange::byteranges_type(cx.input, m).is_some() {
        return;
    }
    let request = cx.request;
    let mut report = cx
        .report(
            ContentRangeMissingIn206,
            exchange::missing_field_span(m),
            "206 (Partial Content) response has no Content-Range header field",
        )
        .label(exchange::status_span(m), "status code");
    if let Some(range) = request.and_then(|r| r.field(KnownField::Range)) {
        report = report.label(range.value, "requested range");
    }
    report.help("Describe the enclosed range, e.g. Content-Range: bytes 0-499/1234");
}
