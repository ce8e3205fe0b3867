use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response to a request without a Range header field. Needs
    /// the request in the input.
    ///
    /// ## Why
    /// > The 206 (Partial Content) status code indicates that the server is successfully
    /// > fulfilling a range request for the target resource by transferring one or more
    /// > parts of the selected representation.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-9/1000
    /// Content-Length: 10
    ///
    /// 0123456789
    /// ```
    ///
    /// ## Notes
    /// A client that did not ask for a range may not understand a partial response and
    /// take the part for the whole. RFC 9110 §9.3.3 also lists 206 among the codes a
    /// response to POST never has.
    pub PartialContentWithoutRange {
        id: "partial-content-without-range",
        section: spec::RFC9110_15_3_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::status_without_request_field(
        cx,
        PartialContentWithoutRange,
        206,
        KnownField::Range,
        "Send 200 (OK) with the whole representation; 206 only answers a range request",
    );
}
