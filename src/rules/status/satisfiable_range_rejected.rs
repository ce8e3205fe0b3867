use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 416 (Range Not Satisfiable) response to a request for a single byte range that is
    /// satisfiable in the length the response's own Content-Range gives: its first byte
    /// lies within the representation, or it is a non-empty suffix. Needs the request in
    /// the input.
    ///
    /// ## Why
    /// > If all of the preconditions are true, the server supports the Range header field
    /// > for the target resource, the received Range field-value contains a valid
    /// > ranges-specifier with a range-unit supported for that target resource, and that
    /// > ranges-specifier is satisfiable with respect to the selected representation, the
    /// > server SHOULD send a 206 (Partial Content) response with content containing one or
    /// > more partial representations that correspond to the satisfiable range-spec(s)
    /// > requested.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=500-2000
    ///
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes */1000
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A last position beyond the end is not an error: the range runs to the end of the
    /// representation (RFC 9110 §14.1.2). Requests with several ranges are left alone, as
    /// a server may reject too many of them.
    pub SatisfiableRangeRejected {
        id: "satisfiable-range-rejected",
        section: spec::RFC9110_14_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(416) {
        return;
    }
    let Some((range_span, ranges)) = exchange::byte_ranges(cx.input, request) else { return };
    let Some((cr_span, parsed)) = exchange::content_range(cx.input, m) else { return };
    let Some(length) = parsed.range.complete() else { return };
    let [spec] = ranges.specs.as_slice() else { return };
    let Some((first, last)) = spec.resolve(length) else { return };
    let asked = cx.quote(range_span);
    cx.report(
        SatisfiableRangeRejected,
        exchange::status_span(m),
        format!("416 (Range Not Satisfiable), but {asked} selects bytes {first}-{last} of the {length}"),
    )
    .label(range_span, "satisfiable range")
    .label(cr_span, "current length")
    .help(format!("Send 206 (Partial Content) with Content-Range: bytes {first}-{last}/{length}"));
}
