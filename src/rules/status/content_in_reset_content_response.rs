use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 205 (Reset Content) response with content: a Content-Length above zero, chunks
    /// with data, or octets after the header section of a response delimited by closing
    /// the connection.
    ///
    /// ## Why
    /// > Since the 205 status code implies that no additional content will be provided, a
    /// > server MUST NOT generate content in a 205 response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 205 Reset Content
    /// Content-Length: 7
    ///
    /// cleared
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 205 Reset Content
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Unlike 204, a 205 is not framed as empty by RFC 9112: without a Content-Length it
    /// runs until the connection closes, so send `Content-Length: 0`.
    pub ContentInResetContentResponse {
        id: "content-in-reset-content-response",
        section: spec::RFC9110_15_3_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(205) || !exchange::has_content(m) {
        return;
    }
    let what = exchange::describe_content(m);
    cx.report(
        ContentInResetContentResponse,
        exchange::content_span(m),
        format!("205 (Reset Content) response has {what}"),
    )
    .label(exchange::status_span(m), "status code")
    .help("Send a 205 with Content-Length: 0 and no content");
}
