use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-line without an HTTP-version, such as `GET /index.html`: the form of
    /// HTTP/0.9, which has no header section. The span is empty, at the end of the
    /// request-line.
    ///
    /// ## Why
    /// > request-line = method SP request-target SP HTTP-version
    ///
    /// ## Example
    /// ```http
    /// GET /index.html
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// RFC 9112 Appendix C.1: "Most requests that appear to be HTTP/0.9 are, in fact, badly
    /// constructed HTTP/1.x requests caused by a client failing to properly encode the
    /// request-target."
    pub HttpVersionMissing {
        id: "http-version-missing",
        section: spec::RFC9112_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    if !line.version.is_empty() {
        return;
    }
    let shown = cx.quote(cx.message.start_line_span);
    cx.report(HttpVersionMissing, line.version, format!("Request-line \"{shown}\" has no HTTP-version"))
        .help("End the request-line with SP HTTP/1.1");
}
