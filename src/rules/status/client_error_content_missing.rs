use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 4xx (Client Error) response whose framing says it has no content (`Content-Length: 0`,
    /// or only the last chunk), so it explains nothing. A response to HEAD never has
    /// content and is not reported, nor is a response that runs to the end of the input
    /// (pasted text often stops after the header section).
    ///
    /// ## Why
    /// > Except when responding to a HEAD request, the server SHOULD send a representation
    /// > containing an explanation of the error situation, and whether it is a temporary or
    /// > permanent condition.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 404 Not Found
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 404 Not Found
    /// Content-Type: application/problem+json
    /// Content-Length: 39
    ///
    /// {"title":"explain what failed and why"}
    /// ```
    ///
    /// ## Notes
    /// A short text or an `application/problem+json` document (RFC 9457) is enough.
    pub ClientErrorContentMissing {
        id: "client-error-content-missing",
        section: spec::RFC9110_15_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::error_without_content(cx, ClientErrorContentMissing, 4);
}
