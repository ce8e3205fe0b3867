use crate::context::Context;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-target in none of the four forms: not a path starting with `/`
    /// (origin-form), not an absolute URI, not `host:port`, not `*`. Typical are a relative
    /// path (`index.html`), a bare host name, or a query without a path (`?q=1`).
    ///
    /// ## Why
    /// > request-target = origin-form / absolute-form / authority-form / asterisk-form
    ///
    /// ## Example
    /// ```http
    /// GET index.html HTTP/1.1
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
    /// `origin-form = absolute-path [ "?" query ]` (RFC 9112 §3.2.1) always starts with
    /// `/`: "If the target URI's path component is empty, the client MUST send "/" as the
    /// path within the origin-form of request-target." A CONNECT target is checked by
    /// `connect-target-not-authority-form` instead.
    pub RequestTargetFormInvalid {
        id: "request-target-form-invalid",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let target = cx.text(line.target);
    // A missing target is request-target-missing's; CONNECT has its own rule.
    if target.is_empty() || cx.text(line.method) == b"CONNECT" {
        return;
    }
    if request_target::form(target) != Form::Other {
        return;
    }
    let shown = cx.quote(line.target);
    let help = if target.starts_with(b"?") {
        format!("Send the path before the query: /{shown}")
    } else {
        "Send a path that starts with /, or an absolute URI (http://host/path) to a proxy".to_string()
    };
    cx.report(RequestTargetFormInvalid, line.target, format!("Request-target \"{shown}\" is not a path starting with /, an absolute URI, host:port or *"))
        .help(help);
}
