use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The request-target `*` (asterisk-form) with a method other than OPTIONS.
    ///
    /// ## Why
    /// > For CONNECT (Section 9.3.6), the request target is the host name and port number
    /// > of the tunnel destination, separated by a colon. For OPTIONS (Section 9.3.7), the
    /// > request target can be a single asterisk ("*"). See the respective method
    /// > definitions for details. These forms MUST NOT be used with other methods.
    ///
    /// ## Example
    /// ```http
    /// GET * HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// OPTIONS * HTTP/1.1
    /// Host: www.example.com
    /// ```
    ///
    /// ## Notes
    /// "The asterisk-form of request-target is only used for a server-wide OPTIONS request"
    /// (RFC 9112 §3.2.4).
    pub AsteriskFormWithoutOptions {
        id: "asterisk-form-without-options",
        section: spec::RFC9110_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    if cx.text(line.target) != b"*" || cx.text(line.method) == b"OPTIONS" {
        return;
    }
    let m = cx.quote(line.method);
    cx.report(AsteriskFormWithoutOptions, line.target, format!("Request-target \"*\" is only for OPTIONS, but the method is \"{m}\""))
        .label(line.method, "method")
        .help("Send a path such as /, or use OPTIONS * for a server-wide OPTIONS request");
}
