use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A three-digit status code below 100 or above 599, such as `000` or `600`.
    ///
    /// ## Why
    /// > Values outside the range 100..599 are invalid.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 600 Internal
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// A status code of a defined class, such as `500 Internal Server Error`.
    ///
    /// ## Notes
    /// "Implementations often use three-digit integer values outside of that range (i.e.,
    /// 600..999) for internal communication of non-HTTP status (e.g., library errors)."
    /// A client treats such a response as 5xx.
    pub StatusCodeOutOfRange {
        id: "status-code-out-of-range",
        section: spec::RFC9110_15,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(code) = cx.message.status_code else { return };
    let Some(line) = cx.message.status_line() else { return };
    if (100..=599).contains(&code) {
        return;
    }
    cx.report(StatusCodeOutOfRange, line.status, format!("Status code {} is outside 100–599", cx.quote(line.status)))
        .help("Send a status code from 100 to 599, such as 500 for a server error");
}
