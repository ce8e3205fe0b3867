use crate::context::Context;
use crate::fields::expect;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP/1.0 request with `Expect: 100-continue`. The span is the expectation; a
    /// label marks the version.
    ///
    /// ## Why
    /// > A server that receives a 100-continue expectation in an HTTP/1.0 request MUST
    /// > ignore that expectation.
    ///
    /// ## Example
    /// ```http
    /// PUT /somewhere/fun HTTP/1.0
    /// Host: origin.example.com
    /// Content-Length: 5
    /// Expect: 100-continue
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// HTTP/1.0 has no 1xx responses; a client that waits for 100 (Continue) waits in
    /// vain. The requirement is the server's; for the client this is information.
    pub Expect100ContinueHttp10 {
        id: "expect-100-continue-http10",
        section: spec::RFC9110_10_1_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    if m.version != Some(Version::HTTP_1_0) {
        return;
    }
    for span in expect::continue_names(m, cx.input) {
        cx.report(Expect100ContinueHttp10, span, "HTTP/1.0 request expects 100-continue, which the server must ignore")
            .label(line.version, "HTTP/1.0")
            .help("Send the content without waiting for 100 (Continue), or use HTTP/1.1");
    }
}
