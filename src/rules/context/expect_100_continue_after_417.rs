use crate::context::Context;
use crate::fields::expect;
use crate::finding::Severity;
use crate::parse::message::Message;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request that repeats, with `Expect: 100-continue` again, a request (same method
    /// and target) that was just answered 417 (Expectation Failed). The span is the
    /// expectation; a label marks the 417.
    ///
    /// ## Why
    /// > A client that receives a 417 (Expectation Failed) status code in response to a
    /// > request containing a 100-continue expectation SHOULD repeat that request without a
    /// > 100-continue expectation, since the 417 response merely indicates that the response
    /// > chain does not support expectations (e.g., it passes through an HTTP/1.0 server).
    ///
    /// ## Example
    /// ```http
    /// PUT /f HTTP/1.1
    /// Host: www.example.com
    /// Content-Length: 5
    /// Expect: 100-continue
    ///
    /// helloHTTP/1.1 417 Expectation Failed
    /// Content-Length: 0
    ///
    /// PUT /f HTTP/1.1
    /// Host: www.example.com
    /// Content-Length: 5
    /// Expect: 100-continue
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// The retry would meet the same 417. (In the example the client sent the first
    /// request's content without waiting, as it may; a trace holds the octets in the order
    /// they were read.)
    pub Expect100ContinueAfter417 {
        id: "expect-100-continue-after-417",
        section: spec::RFC9110_10_1_1,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    let Some(line) = m.request_line() else { return };
    let Some(span) = expect::continue_names(m, input).next() else { return };
    // The earlier messages back to the previous request: its responses and itself.
    let earlier = cx.messages.get(..m.index as usize).unwrap_or_default();
    let Some(prev_at) = earlier.iter().rposition(Message::is_request) else { return };
    let Some(prev) = earlier.get(prev_at) else { return };
    let Some(prev_line) = prev.request_line() else { return };
    let same = cx.text(prev_line.method) == cx.text(line.method) && cx.text(prev_line.target) == cx.text(line.target);
    if !same || expect::continue_names(prev, input).next().is_none() {
        return;
    }
    let refused = earlier
        .get(prev_at + 1..)
        .unwrap_or_default()
        .iter()
        .find(|r| r.request == Some(prev.index) && r.status_code == Some(417));
    let Some(refused) = refused else { return };
    let status = refused.status_line().map_or(refused.start_line_span, |s| s.status);
    cx.report(Expect100ContinueAfter417, span, "Request repeated with 100-continue after a 417 to the same request")
        .label(status, "417")
        .help("Repeat the request without Expect: 100-continue");
}
