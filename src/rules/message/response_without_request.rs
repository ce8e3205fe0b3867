use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response that answers no request: every request before it in the input already
    /// has its final response. It is often what extra content after a message turns into
    /// (a Content-Length too small, content after a 204) — the cache poisoning case. The
    /// span is the response's start line. Only the first of a run of such responses is
    /// reported, and inputs without requests are not judged.
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
    // The message before it is a response that took the last waiting request. Looking
    // only there keeps the check constant-time, and reports the first of a run of extra
    // responses; an input of responses alone is not judged.
    let Some(previous) = m.index.checked_sub(1).and_then(|i| cx.messages.get(i as usize)) else {
        return;
    };
    let Some(answered) = previous.request.and_then(|r| cx.messages.get(r as usize)) else {
        return;
    };
    cx.report(ResponseWithoutRequest, m.start_line_span, "Response with no request waiting for it: every request before it is already answered")
        .label(answered.start_line_span, "request answered by the previous response")
        .help("Send one final response per request; extra data after a response is read as another response");
}
