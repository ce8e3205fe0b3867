use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

/// Methods of RFC 9110 §9 and PATCH (RFC 5789), in their standard spelling.
const STANDARD: &[&str] = &[
    "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH",
];

crate::declare_rule! {
    /// ## What it checks
    /// A method that is a standard method spelled in lower or mixed case, such as `get` or
    /// `Post`. Methods are case-sensitive: `get` is not GET but an unknown method.
    ///
    /// ## Why
    /// > The method token is case-sensitive because it might be used as a gateway to
    /// > object-based systems with case-sensitive method names. By convention, standardized
    /// > methods are defined in all-uppercase US-ASCII letters.
    ///
    /// ## Example
    /// ```http
    /// get / HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// The RFC states no requirement here, hence the severity info; in practice a server
    /// answers `get` with 501 (Not Implemented) or 405 (Method Not Allowed). The standard
    /// methods are those of RFC 9110 §9.3 and PATCH (RFC 5789).
    pub MethodCase {
        id: "method-case",
        section: spec::RFC9110_9_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let method = cx.text(line.method);
    let Some(standard) = STANDARD
        .iter()
        .find(|s| s.as_bytes().eq_ignore_ascii_case(method) && s.as_bytes() != method)
    else {
        return;
    };
    let shown = cx.quote(line.method);
    cx.report(MethodCase, line.method, format!("Method \"{shown}\" is not {standard}: methods are case-sensitive"))
        .help(format!("Send {standard} in upper case"));
}
