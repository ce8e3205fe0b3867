use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content after the header section of a 1xx (Informational) response other than 101. A
    /// recipient reads it as the start of the next response. The span is the content.
    ///
    /// ## Why
    /// > A 1xx response is terminated by the end of the header section; it cannot contain
    /// > content or trailers.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 100 Continue
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 100 Continue
    /// ```
    ///
    /// ## Notes
    /// Such a response "is always terminated by the first empty line after the header
    /// fields, regardless of the header fields present in the message" (RFC 9112 §6.3).
    /// After a 101 (Switching Protocols) response the connection speaks another protocol;
    /// what follows is not checked.
    pub ContentInInformationalResponse {
        id: "content-in-informational-response",
        section: spec::RFC9110_15_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_after_bodiless_status(
        cx,
        ContentInInformationalResponse,
        |c| (100..200).contains(&c) && c != 101,
        "Send no content after an interim response; the final response carries it",
    );
}
