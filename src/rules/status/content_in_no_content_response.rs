use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content after the header section of a 204 (No Content) response. A recipient reads
    /// it as the start of the next response. The span is the content.
    ///
    /// ## Why
    /// > A 204 response is terminated by the end of the header section; it cannot contain
    /// > content or trailers.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 204 No Content
    /// Date: Sun, 06 Nov 1994 08:49:37 GMT
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 204 No Content
    /// Date: Sun, 06 Nov 1994 08:49:37 GMT
    /// ```
    ///
    /// ## Notes
    /// Such a response "is always terminated by the first empty line after the header
    /// fields, regardless of the header fields present in the message" (RFC 9112 §6.3).
    pub ContentInNoContentResponse {
        id: "content-in-no-content-response",
        section: spec::RFC9110_15_3_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_after_bodiless_status(
        cx,
        ContentInNoContentResponse,
        |c| c == 204,
        "Send 200 (OK) with Content-Length to return content, or send no content with 204",
    );
}
