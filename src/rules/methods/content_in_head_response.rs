use crate::context::Context;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content after the header section of a response to a HEAD request. A recipient reads
    /// it as the next response. The span is the content. Needs the request in the input.
    ///
    /// ## Why
    /// > The HEAD method is identical to GET except that the server MUST NOT send content in
    /// > the response.
    ///
    /// ## Example
    /// ```http
    /// HEAD / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// Send the same header fields, Content-Length included, and no content:
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    /// ```
    ///
    /// ## Notes
    /// A response to HEAD "is always terminated by the first empty line after the header
    /// fields, regardless of the header fields present in the message" (RFC 9112 §6.3).
    /// A 1xx, 204 or 304 response with content is reported by its status rule instead.
    pub ContentInHeadResponse {
        id: "content-in-head-response",
        section: spec::RFC9110_9_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if m.body.framing != Framing::NoContent {
        return;
    }
    let Some(excess) = m.body.excess else { return };
    let Some(line) = cx.request.and_then(|r| r.request_line()) else { return };
    if cx.text(line.method) != b"HEAD" {
        return;
    }
    // Statuses that never have content are reported by their own rules.
    if m.status_code.is_some_and(|c| (100..200).contains(&c) || c == 204 || c == 304) {
        return;
    }
    let n = excess.len();
    cx.report(ContentInHeadResponse, excess, format!("Response to HEAD is followed by {n} octets of content: \"{}\"", cx.quote(excess)))
        .label(line.method, "HEAD request")
        .help("Send no content in a response to HEAD; keep the header fields a GET would get");
}
