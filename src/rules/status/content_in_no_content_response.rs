use crate::context::Context;
use crate::finding::Severity;
use crate::parse::message::Framing;
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
    let m = cx.message;
    let Some(c) = m.status_code else { return };
    if c != 204 || m.body.framing != Framing::NoContent {
        return;
    }
    let Some(excess) = m.body.excess else { return };
    let Some(line) = m.status_line() else { return };
    let n = excess.len();
    cx.report(ContentInNoContentResponse, excess, format!("{c} response is followed by {n} octets of content: \"{}\"", cx.quote(excess)))
        .label(line.status, "status code")
        .help("Send 200 (OK) with Content-Length to return content, or send no content with 204");
}
