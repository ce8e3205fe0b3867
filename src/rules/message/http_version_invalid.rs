use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A start line whose HTTP-version is not `HTTP/` followed by a digit, `.` and a digit,
    /// with `HTTP` in upper case: `http/1.1`, `HTTP/1`, `HTTP/1.10`, `HTTP1.1`.
    ///
    /// ## Why
    /// > HTTP-version is case-sensitive. HTTP-version = HTTP-name "/" DIGIT "." DIGIT
    /// > HTTP-name = %s"HTTP"
    ///
    /// ## Example
    /// ```http
    /// GET / http/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    pub HttpVersionInvalid {
        id: "http-version-invalid",
        section: spec::RFC9112_2_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(span) = m.version_span() else { return };
    // A missing version is http-version-missing's.
    if span.is_empty() || m.version.is_some() {
        return;
    }
    let shown = cx.quote(span);
    let text = cx.text(span);
    let upper = text.to_ascii_uppercase();
    let message = if crate::parse::parse_version(&upper).is_some() {
        format!("HTTP-version \"{shown}\" is not in upper case")
    } else {
        format!("HTTP-version \"{shown}\" is not HTTP/DIGIT.DIGIT")
    };
    cx.report(HttpVersionInvalid, span, message)
        .help("Send HTTP/1.1 (upper case, one digit on each side of the dot)");
}
