use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response that answers no request: every request before it in the input already
    /// has its final response. It is often what extra content after a message turns into
    /// (a Content-Length too small, content after a 204) — the cache poisoning case. The
    /// span is the response's start line. Inputs without requests are not judged.
    ///
    /// ## Why
    /// > If a client receives data on a connection that doesn't have outstanding requests,
    /// > the client MUST NOT consider that data to be a valid response; the client SHOULD
    /// > close the connection, since message delimitation is now ambiguous, unless the data
    /// > consists only of one or more CRLF (which can be discarded per Section 2.2).
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 204 No Content
    ///
    /// HTTP/1.1 200 OK
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Responses are paired with requests in order (RFC 9112 §9.2); interim 1xx responses
    /// do not end the wait for a final one.
    pub ResponseWithoutRequest {
        id: "response-without-request",
        section: spec::RFC9112_9_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_response() || cx.request.is_some() {
        return;
    }
    // Only an input that shows the requests can show that none is waiting.
    let before = cx.messages.get(..m.index as usize).unwrap_or_default();
    let Some(last_request) = before.iter().rev().find(|p| p.is_request()) else {
        return;
    };
    cx.report(ResponseWithoutRequest, m.start_line_span, "Response with no request waiting for it: every request before it is already answered")
        .label(last_request.start_line_span, "last request")
        .help("Send one final response per request; extra data after a response is read as another response");
}
