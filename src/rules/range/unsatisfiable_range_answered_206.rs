use crate::context::Context;
use crate::exchange;
use crate::fields::content_range;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response to a byte-range request none of whose ranges is
    /// satisfiable in the complete length that the response's own Content-Range gives
    /// (the header's, or the first body part's that has one): every int-range starts at
    /// or after that length, and every suffix range is `-0`. Needs the request in the
    /// input.
    ///
    /// ## Why
    /// > If all of the preconditions are true, the server supports the Range header field
    /// > for the target resource, the received Range field-value contains a valid
    /// > ranges-specifier, and either the range-unit is not supported for that target
    /// > resource or the ranges-specifier is unsatisfiable with respect to the selected
    /// > representation, the server SHOULD send a 416 (Range Not Satisfiable) response.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=5000-
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-999/1000
    /// Content-Length: 1000
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes */1000
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A client resuming a download past the end would append bytes it already has; 416
    /// with the current length tells it the download is complete (or that the
    /// representation shrank).
    pub UnsatisfiableRangeAnswered206 {
        id: "unsatisfiable-range-answered-206",
        section: spec::RFC9110_14_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some((range_span, ranges)) = exchange::requested_byte_ranges(cx) else { return };
    // The complete length, from the first byte Content-Range that states one.
    let complete = exchange::content_range_values(cx.input, m)
        .into_iter()
        .filter_map(|span| {
            let value = cx.text(span);
            let parsed = content_range::parse(value).filter(|p| p.is_bytes(value))?;
            parsed.range.complete().map(|n| (span, n))
        })
        .next();
    let Some((cr_span, length)) = complete else { return };
    if ranges.specs.iter().any(|s| s.resolve(length).is_some()) {
        return;
    }
    let asked = cx.quote(range_span);
    cx.report(
        UnsatisfiableRangeAnswered206,
        exchange::status_span(m),
        format!("206 (Partial Content), but no range of {asked} is satisfiable in {length} bytes"),
    )
    .label(range_span, "unsatisfiable range")
    .label(cr_span, "complete length")
    .help(format!("Send 416 (Range Not Satisfiable) with Content-Range: bytes */{length}"));
}
