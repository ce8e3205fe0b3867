use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A status-line whose status code is not exactly three digits (`2000`, `20`, `OK`), or
    /// has none (`HTTP/1.1` alone; the span is then empty, at the end of the line).
    ///
    /// ## Why
    /// > The status-code element is a 3-digit integer code describing the result of the
    /// > server's attempt to understand and satisfy the client's corresponding request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 20 OK
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `status-code = 3DIGIT`. Three digits outside 100–599 are
    /// `status-code-out-of-range`.
    pub StatusCodeInvalid {
        id: "status-code-invalid",
        section: spec::RFC9112_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.status_line() else { return };
    if m.status_code.is_some() {
        return;
    }
    let message = if line.status.is_empty() {
        "Status-line has no status code".to_string()
    } else {
        format!("Status code \"{}\" is not three digits", cx.quote(line.status))
    };
    cx.report(StatusCodeInvalid, line.status, message)
        .help("Send a three-digit status code after the version, e.g. HTTP/1.1 200 OK");
}
