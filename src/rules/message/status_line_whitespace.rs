use crate::context::Context;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A status-line whose version and status code are not separated by exactly one space
    /// (SP), or whose status code is not followed by one: a tab instead, or nothing at all
    /// when the reason phrase is absent (`HTTP/1.1 204`; the span is then empty, at the end
    /// of the line).
    ///
    /// ## Why
    /// > A server MUST send the space that separates the status-code from the reason-phrase
    /// > even when the reason-phrase is absent (i.e., the status-line would end with the
    /// > space).
    ///
    /// The grammar of the whole line:
    ///
    /// > status-line = HTTP-version SP status-code SP [ reason-phrase ]
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 204
    ///
    /// ```
    ///
    /// ## Instead
    /// `HTTP/1.1 204 No Content`, or `HTTP/1.1 204 ` with the space before CRLF.
    ///
    /// ## Notes
    /// Recipients may split the line on any whitespace, but "lenient parsing can result in
    /// response splitting security vulnerabilities". A bare CR is `bare-cr`.
    pub StatusLineWhitespace {
        id: "status-line-whitespace",
        section: spec::RFC9112_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.status_line() else { return };
    // A missing status code is status-code-invalid's.
    if line.status.is_empty() {
        return;
    }
    let gap = Span { start: line.version.end, end: line.status.start };
    let text = cx.text(gap);
    if text != b" " && !text.contains(&b'\r') {
        let shown = cx.quote(gap);
        cx.report(StatusLineWhitespace, gap, format!("\"{shown}\" between the HTTP-version and the status code instead of one SP"))
            .help("Separate the version and the status code with a single space");
    }
    let end = m.start_line_span.end;
    if line.status.end >= end {
        let code = cx.quote(line.status);
        let version = cx.quote(line.version);
        cx.report(StatusLineWhitespace, Span { start: end, end }, format!("Status-line ends after the status code {code} without the space before the reason phrase"))
            .help(format!("Send \"{version} {code} \" (with the trailing space) or add a reason phrase"));
        return;
    }
    let after = Span { start: line.status.end, end: line.status.end + 1 };
    if let Some(&b) = cx.text(after).first() {
        if b != b' ' && b != b'\r' {
            cx.report(StatusLineWhitespace, after, format!("\"{}\" after the status code instead of one SP", cx.quote(after)))
                .help("Separate the status code and the reason phrase with a single space");
        }
    }
}
