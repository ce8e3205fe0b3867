use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A TRACE request that carries content (a Content-Length above zero, or a chunked
    /// body with data).
    ///
    /// ## Why
    /// > A client MUST NOT send content in a TRACE request.
    ///
    /// ## Example
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    /// Content-Length: 4
    ///
    /// ping
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    pub ContentInTraceRequest {
        id: "content-in-trace-request",
        section: spec::RFC9110_9_3_8,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_in_request(
        cx,
        ContentInTraceRequest,
        "TRACE",
        "Send TRACE without content: the server echoes the request's header section",
    );
}
