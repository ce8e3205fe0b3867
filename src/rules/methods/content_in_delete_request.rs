use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A DELETE request that carries content (a Content-Length above zero, or a chunked
    /// body with data).
    ///
    /// ## Why
    /// > A client SHOULD NOT generate content in a DELETE request unless it is made
    /// > directly to an origin server that has previously indicated, in or out of band,
    /// > that such a request has a purpose and will be adequately supported.
    ///
    /// ## Example
    /// ```http
    /// DELETE /items/42 HTTP/1.1
    /// Host: example.com
    /// Content-Type: application/json
    /// Content-Length: 16
    ///
    /// {"reason":"old"}
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// DELETE /items/42 HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// Content in a DELETE request has no generally defined semantics; some servers and
    /// proxies reject it or drop it. Identify what to delete in the target URI.
    pub ContentInDeleteRequest {
        id: "content-in-delete-request",
        section: spec::RFC9110_9_3_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_in_request(
        cx,
        ContentInDeleteRequest,
        "DELETE",
        "Identify what to delete in the target URI and send DELETE without content",
    );
}
