use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request for an `http:` URI (a request-target in absolute form) whose Referer is
    /// an `https:` (or `wss:`) URI: the address of a page reached securely leaks over an
    /// unsecured request. The span is the Referer's scheme; a label marks the target's.
    ///
    /// ## Why
    /// > A user agent MUST NOT send a Referer header field in an unsecured HTTP request if
    /// > the referring resource was accessed with a secure protocol.
    ///
    /// ## Example
    /// ```http
    /// GET http://www.example.org/ HTTP/1.1
    /// Host: www.example.org
    /// Referer: https://bank.example.com/account?id=42
    ///
    /// ```
    ///
    /// ## Notes
    /// Only a request-target in absolute form (a request to a proxy) shows its scheme;
    /// for origin-form targets (`GET /path`) the message cannot tell whether the
    /// connection is secured, and the rule stays silent.
    pub RefererSecureToInsecure {
        id: "referer-secure-to-insecure",
        section: spec::RFC9110_10_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let target = cx.text(line.target);
    let Some(colon) = target.iter().position(|&b| b == b':') else { return };
    if !target.get(..colon).is_some_and(|s| s.eq_ignore_ascii_case(b"http")) {
        return;
    }
    for field in single_line(cx.message, KnownField::Referer) {
        let v = cx.text(field.value);
        let Ok(u) = uri::parse(v) else { continue };
        let Some((a, b)) = u.scheme else { continue };
        let secure = u.scheme(v).is_some_and(|s| s.eq_ignore_ascii_case(b"https") || s.eq_ignore_ascii_case(b"wss"));
        if !secure {
            continue;
        }
        let shown = cx.quote(field.value);
        cx.report(RefererSecureToInsecure, field.value.sub(a, b), format!("Referer \"{shown}\" was reached securely but is sent in an http request"))
            .label(line.target.sub(0, colon), "unsecured request")
            .help("Omit Referer when a secure page links to an http URI");
    }
}
