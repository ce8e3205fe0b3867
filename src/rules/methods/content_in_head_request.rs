use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A HEAD request that carries content (a Content-Length above zero, or a chunked
    /// body with data).
    ///
    /// ## Why
    /// > A client SHOULD NOT generate content in a HEAD request unless it is made directly
    /// > to an origin server that has previously indicated, in or out of band, that such a
    /// > request has a purpose and will be adequately supported.
    ///
    /// ## Example
    /// ```http
    /// HEAD /report HTTP/1.1
    /// Host: example.com
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HEAD /report HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// Content in a HEAD request has no defined meaning, and intermediaries that do not
    /// expect it may read it as the start of the next request (request smuggling).
    pub ContentInHeadRequest {
        id: "content-in-head-request",
        section: spec::RFC9110_9_3_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_in_request(
        cx,
        ContentInHeadRequest,
        "HEAD",
        "Send HEAD without content; use POST if the server needs data",
    );
}
