use crate::context::Context;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-line whose parts are not separated by exactly one space (SP): two spaces, a
    /// tab, VT or FF between the method, request-target and HTTP-version, or whitespace
    /// before the method or after the version. Each such run of whitespace is a finding.
    ///
    /// ## Why
    /// > A request-line begins with a method token, followed by a single space (SP), the
    /// > request-target, and another single space (SP), and ends with the protocol version.
    ///
    /// ## Example
    /// ```http
    /// GET  /index.html HTTP/1.1
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
    /// RFC 9112 §3 lets a recipient split the line on any whitespace, but warns that
    /// "lenient parsing can result in request smuggling security vulnerabilities if there
    /// are multiple recipients of the message and each has its own unique interpretation of
    /// robustness". Whitespace inside the request-target is `request-target-invalid`; a
    /// bare CR is `bare-cr`.
    pub RequestLineWhitespace {
        id: "request-line-whitespace",
        section: spec::RFC9112_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let whole = m.start_line_span;
    // Leading and trailing whitespace, then the separators (unless the target is missing,
    // which request-target-missing reports).
    let first = line.method;
    let last = if line.version.is_empty() { line.target } else { line.version };
    let mut gaps: Vec<(Span, &str)> = vec![
        (Span { start: whole.start, end: first.start }, "before the method"),
        (Span { start: last.end, end: whole.end }, "at the end of the request-line"),
    ];
    if !line.target.is_empty() {
        gaps.push((Span { start: first.end, end: line.target.start }, "between the method and the request-target"));
        if !line.version.is_empty() {
            gaps.push((Span { start: line.target.end, end: line.version.start }, "between the request-target and the HTTP-version"));
        }
    }
    for (i, (gap, where_)) in gaps.into_iter().enumerate() {
        let text = cx.text(gap);
        // A bare CR is bare-cr's.
        if text.contains(&b'\r') {
            continue;
        }
        let edge = i < 2;
        if (edge && text.is_empty()) || (!edge && text == b" ") || gap.start > gap.end {
            continue;
        }
        let shown = cx.quote(gap);
        let message = if edge {
            format!("Whitespace \"{shown}\" {where_}")
        } else {
            format!("\"{shown}\" {where_} instead of one SP")
        };
        cx.report(RequestLineWhitespace, gap, message)
            .help("Write the request-line as METHOD SP request-target SP HTTP/1.1, with single spaces and nothing before or after");
    }
}
