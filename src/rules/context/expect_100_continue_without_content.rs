use crate::context::Context;
use crate::fields::expect;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request with `Expect: 100-continue` but no content: no Content-Length or
    /// Transfer-Encoding, or `Content-Length: 0`. The span is the expectation.
    ///
    /// ## Why
    /// > A client MUST NOT generate a 100-continue expectation in a request that does not
    /// > include content.
    ///
    /// ## Example
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: www.example.com
    /// Expect: 100-continue
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: www.example.com
    /// ```
    ///
    /// ## Notes
    /// The expectation asks the server whether to send the content; with none to send, the
    /// client may wait for a 100 (Continue) that never needs to come.
    pub Expect100ContinueWithoutContent {
        id: "expect-100-continue-without-content",
        section: spec::RFC9110_10_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() || !matches!(m.body.framing, Framing::Zero | Framing::ContentLength(0)) {
        return;
    }
    for span in expect::continue_names(m, cx.input) {
        cx.report(Expect100ContinueWithoutContent, span, "Request expects 100-continue but has no content")
            .help("Send Expect: 100-continue only with content, before sending it");
    }
}
