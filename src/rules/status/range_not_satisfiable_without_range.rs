use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 416 (Range Not Satisfiable) response to a request without a Range header field.
    /// Needs the request in the input.
    ///
    /// ## Why
    /// > The 416 (Range Not Satisfiable) status code indicates that the set of ranges in the
    /// > request's Range header field (Section 14.2) has been rejected either because none
    /// > of the requested ranges are satisfiable or because the client has requested an
    /// > excessive number of small or overlapping ranges (a potential denial of service
    /// > attack).
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 416 Range Not Satisfiable
    /// Content-Range: bytes */1000
    /// Content-Length: 0
    ///
    /// ```
    pub RangeNotSatisfiableWithoutRange {
        id: "range-not-satisfiable-without-range",
        section: spec::RFC9110_15_5_17,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::status_without_request_field(
        cx,
        RangeNotSatisfiableWithoutRange,
        416,
        KnownField::Range,
        "Answer with the status of the actual problem; 416 only rejects a Range",
    );
}
