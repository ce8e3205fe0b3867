use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 401 (Unauthorized) response without a WWW-Authenticate field holding a
    /// challenge. The span is empty, at the end of the header section; a label marks the
    /// status code.
    ///
    /// ## Why
    /// > A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate
    /// > header field containing at least one challenge.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="example"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Without a challenge the user agent cannot know how to authenticate. A login form
    /// or token flow that uses no HTTP authentication scheme answers 403 or a redirect
    /// instead.
    pub WwwAuthenticateMissing {
        id: "www-authenticate-missing",
        section: spec::RFC9110_11_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let (Some(401), Some(line)) = (m.status_code, m.status_line()) else { return };
    if m.fields_named(KnownField::WWWAuthenticate).any(|f| !f.value.is_empty()) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(WwwAuthenticateMissing, Span { start: at, end: at }, "401 response has no WWW-Authenticate challenge")
        .label(line.status, "401")
        .help("Send a challenge, e.g. WWW-Authenticate: Basic realm=\"example\"");
}
