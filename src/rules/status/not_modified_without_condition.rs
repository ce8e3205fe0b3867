use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 304 (Not Modified) response to a request with neither If-None-Match nor
    /// If-Modified-Since, the only conditions that can end in 304 (RFC 9110 §13.2.2). Needs
    /// the request in the input.
    ///
    /// ## Why
    /// > The 304 (Not Modified) status code indicates that a conditional GET or HEAD
    /// > request has been received and would have resulted in a 200 (OK) response if it
    /// > were not for the fact that the condition evaluated to false.
    ///
    /// ## Example
    /// ```http
    /// GET /logo.png HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 304 Not Modified
    /// ETag: "v1"
    ///
    /// ```
    ///
    /// ## Notes
    /// A client without a cached copy has nothing to reuse: it gets no representation at
    /// all.
    pub NotModifiedWithoutCondition {
        id: "not-modified-without-condition",
        section: spec::RFC9110_15_4_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(304)
        || request.has(KnownField::IfNoneMatch)
        || request.has(KnownField::IfModifiedSince)
    {
        return;
    }
    cx.report(
        NotModifiedWithoutCondition,
        exchange::status_span(m),
        "304 (Not Modified) response to a request without If-None-Match or If-Modified-Since",
    )
    .label(request.start_line_span, "unconditional request")
    .help("Send 200 (OK) with the representation: 304 only answers a conditional GET or HEAD");
}
