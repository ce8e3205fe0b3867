use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 416 (Range Not Satisfiable) response without a Content-Range header field giving
    /// the current length. When the request is in the input, only a byte-range request is
    /// considered; without it, the request is assumed to be one. The span is empty, at the
    /// end of the header section.
    ///
    /// ## Why
    /// > A server that generates a 416 response to a byte-range request SHOULD generate a
    /// > Content-Range header field specifying the current length of the selected
    /// > representation (Section 14.4).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes */47022
    /// Content-Length: 0
    ///
    /// ```
    pub ContentRangeMissingIn416 {
        id: "content-range-missing-in-416",
        section: spec::RFC9110_15_5_17,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(416) || m.has(KnownField::ContentRange) {
        return;
    }
    let request = cx.request;
    // With the request at hand, only a byte-range request counts.
    let range = request.and_then(|r| r.field(KnownField::Range));
    if request.is_some() && !range.is_some_and(|f| {
        let v = cx.text(f.value);
        v.get(..6).is_some_and(|p| p.eq_ignore_ascii_case(b"bytes="))
    }) {
        return;
    }
    let mut report = cx.report(
        ContentRangeMissingIn416,
        exchange::missing_field_span(m),
        "416 (Range Not Satisfiable) response has no Content-Range with the current length",
    );
    if let Some(f) = range {
        report = report.label(f.value, "requested range");
    }
    report.help("Send the current length, e.g. Content-Range: bytes */47022");
}
