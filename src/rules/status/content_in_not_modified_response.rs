use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content after the header section of a 304 (Not Modified) response. A recipient reads
    /// it as the start of the next response. The span is the content.
    ///
    /// ## Why
    /// > A 304 response is terminated by the end of the header section; it cannot contain
    /// > content or trailers.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 304 Not Modified
    /// ETag: "abc"
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 304 Not Modified
    /// ETag: "abc"
    /// ```
    ///
    /// ## Notes
    /// Such a response "is always terminated by the first empty line after the header
    /// fields, regardless of the header fields present in the message" (RFC 9112 §6.3).
    /// Its Content-Length, if any, gives the length of the 200 response it stands for.
    pub ContentInNotModifiedResponse {
        id: "content-in-not-modified-response",
        section: spec::RFC9110_15_4_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_after_bodiless_status(
        cx,
        ContentInNotModifiedResponse,
        |c| c == 304,
        "Send no content with 304; the client already has the representation",
    );
}
