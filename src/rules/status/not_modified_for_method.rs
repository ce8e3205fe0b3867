use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 304 (Not Modified) response to a request whose method is neither GET nor HEAD.
    /// Needs the request in the input.
    ///
    /// ## Why
    /// > An origin server that evaluates an If-None-Match condition MUST NOT perform the
    /// > requested method if the condition evaluates to false; instead, the origin server
    /// > MUST respond with either a) the 304 (Not Modified) status code if the request
    /// > method is GET or HEAD or b) the 412 (Precondition Failed) status code for all
    /// > other request methods.
    ///
    /// ## Example
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-None-Match: *
    /// Content-Length: 0
    ///
    /// HTTP/1.1 304 Not Modified
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 412 Precondition Failed
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// If-Modified-Since is ignored for methods other than GET and HEAD (RFC 9110
    /// §13.1.3), so it cannot lead to a 304 either.
    pub NotModifiedForMethod {
        id: "not-modified-for-method",
        section: spec::RFC9110_13_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(method) = exchange::method(cx.input, request) else { return };
    if exchange::status(m) != Some(304) || method == b"GET" || method == b"HEAD" {
        return;
    }
    let shown = crate::context::quote(method);
    cx.report(
        NotModifiedForMethod,
        exchange::status_span(m),
        format!("304 (Not Modified) response to a {shown} request"),
    )
    .label(exchange::method_span(request), "method")
    .help("Answer a failed precondition on a method other than GET or HEAD with 412 (Precondition Failed)");
}
