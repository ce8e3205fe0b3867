use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request without a User-Agent header field. The span is empty, at the end of the
    /// header section.
    ///
    /// ## Why
    /// > A user agent SHOULD send a User-Agent header field in each request unless
    /// > specifically configured not to do so.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: ExampleClient/1.2
    /// ```
    ///
    /// ## Notes
    /// Servers use it to work around known client bugs and to find who to contact about
    /// misbehaving traffic. Disable this rule for clients configured not to send it.
    pub UserAgentMissing {
        id: "user-agent-missing",
        section: spec::RFC9110_10_1_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() || m.has(KnownField::UserAgent) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(UserAgentMissing, Span { start: at, end: at }, "Request has no User-Agent header field")
        .help("Identify the client software, e.g. User-Agent: ExampleClient/1.2");
}
