use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request whose target is `*` (asterisk-form) with a method other than OPTIONS.
    ///
    /// ## Why
    /// > There are two unusual cases for which the request target components are in a
    /// > method-specific form: For CONNECT (Section 9.3.6), the request target is the host
    /// > name and port number of the tunnel destination, separated by a colon. For OPTIONS
    /// > (Section 9.3.7), the request target can be a single asterisk ("*"). See the
    /// > respective method definitions for details. These forms MUST NOT be used with
    /// > other methods.
    ///
    /// ## Example
    /// ```http
    /// GET * HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// OPTIONS * HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// `*` names the server as a whole, which only OPTIONS can ask about. The same
    /// sentence forbids authority-form (`host:port`) with methods other than CONNECT, but
    /// `example.com:80` is also a valid absolute URI (scheme `example.com`), so that case
    /// is not checked. `PRI * HTTP/2.0`, the start of the HTTP/2 connection preface, is
    /// not reported.
    pub AsteriskFormNotOptions {
        id: "asterisk-form-not-options",
        section: spec::RFC9110_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let Some(method) = exchange::method(cx.input, m) else { return };
    // PRI * is the HTTP/2 connection preface, not an HTTP/1.1 request.
    if cx.text(line.target) != b"*" || method == b"OPTIONS" || method == b"PRI" {
        return;
    }
    let shown = crate::context::quote(method);
    cx.report(
        AsteriskFormNotOptions,
        line.target,
        format!("Target \"*\" is only for OPTIONS, not {shown}"),
    )
    .label(line.method, "method")
    .help("Use OPTIONS * to ask about the server as a whole, or send a path such as /");
}
