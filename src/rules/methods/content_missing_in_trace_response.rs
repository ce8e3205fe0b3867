use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 200 (OK) response to TRACE whose framing says it has no content
    /// (`Content-Length: 0`, or only the last chunk). Needs the request in the input.
    ///
    /// ## Why
    /// > The final recipient of the request SHOULD reflect the message received, excluding
    /// > some fields described below, back to the client as the content of a 200 (OK)
    /// > response.
    ///
    /// ## Example
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 200 OK
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 200 OK
    /// Content-Type: message/http
    /// Content-Length: 39
    ///
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// A server that does not want to support TRACE answers 405 (Method Not Allowed) or
    /// 501 (Not Implemented) instead of an empty 200.
    pub ContentMissingInTraceResponse {
        id: "content-missing-in-trace-response",
        section: spec::RFC9110_9_3_8,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(200)
        || !exchange::method_is(cx.input, request, "TRACE")
        || !exchange::explicitly_empty(m)
    {
        return;
    }
    cx.report(
        ContentMissingInTraceResponse,
        exchange::content_span(m),
        "200 (OK) response to TRACE has no content",
    )
    .label(exchange::method_span(request), "TRACE request")
    .help("Echo the received request as message/http content, or answer 405 if TRACE is disabled");
}
