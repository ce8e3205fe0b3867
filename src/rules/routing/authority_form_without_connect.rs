use crate::context::Context;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-target in authority-form (`host:port`) with a method other than CONNECT.
    ///
    /// ## Why
    /// > For CONNECT (Section 9.3.6), the request target is the host name and port number
    /// > of the tunnel destination, separated by a colon. For OPTIONS (Section 9.3.7), the
    /// > request target can be a single asterisk ("*"). See the respective method
    /// > definitions for details. These forms MUST NOT be used with other methods.
    ///
    /// ## Example
    /// ```http
    /// GET www.example.com:80 HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// ```
    /// or, to a proxy, `GET http://www.example.com/ HTTP/1.1`.
    ///
    /// ## Notes
    /// "The authority-form of request-target is only used for CONNECT requests"
    /// (RFC 9112 §3.2.3).
    pub AuthorityFormWithoutConnect {
        id: "authority-form-without-connect",
        section: spec::RFC9110_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let method = cx.text(line.method);
    if method == b"CONNECT" || request_target::form(cx.text(line.target)) != Form::Authority {
        return;
    }
    let (m, t) = (cx.quote(line.method), cx.quote(line.target));
    cx.report(AuthorityFormWithoutConnect, line.target, format!("Request-target \"{t}\" is host:port, which only CONNECT uses, but the method is \"{m}\""))
        .label(line.method, "method")
        .help(format!("Send a path (/…) with Host: {t}, or an absolute URI (http://{t}/) to a proxy"));
}
