use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 407 (Proxy Authentication Required) response without a Proxy-Authenticate field
    /// holding a challenge. The span is empty, at the end of the header section; a label
    /// marks the status code.
    ///
    /// ## Why
    /// > A proxy MUST send at least one Proxy-Authenticate header field in each 407 (Proxy
    /// > Authentication Required) response that it generates.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 407 Proxy Authentication Required
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 407 Proxy Authentication Required
    /// Proxy-Authenticate: Basic realm="proxy"
    /// Content-Length: 0
    /// ```
    pub ProxyAuthenticateMissing {
        id: "proxy-authenticate-missing",
        section: spec::RFC9110_11_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let (Some(407), Some(line)) = (m.status_code, m.status_line()) else { return };
    if m.fields_named(KnownField::ProxyAuthenticate).any(|f| !f.value.is_empty()) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(ProxyAuthenticateMissing, Span { start: at, end: at }, "407 response has no Proxy-Authenticate challenge")
        .label(line.status, "407")
        .help("Send a challenge, e.g. Proxy-Authenticate: Basic realm=\"proxy\"");
}
