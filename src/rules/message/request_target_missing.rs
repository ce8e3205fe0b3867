use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-line with a method and an HTTP-version but no request-target in between
    /// (`GET HTTP/1.1`). The span is empty, where the target was expected.
    ///
    /// ## Why
    /// > request-line = method SP request-target SP HTTP-version
    ///
    /// ## Example
    /// ```http
    /// GET HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    pub RequestTargetMissing {
        id: "request-target-missing",
        section: spec::RFC9112_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    // The parser leaves the target empty only when a version follows the method directly.
    if !line.target.is_empty() || line.version.is_empty() {
        return;
    }
    let method = cx.quote(line.method);
    cx.report(RequestTargetMissing, line.target, format!("Request-line \"{method} {}\" has no request-target", cx.quote(line.version)))
        .label(line.method, "method")
        .help("Put the request-target between the method and the version, e.g. GET / HTTP/1.1");
}
