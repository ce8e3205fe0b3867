use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 503 (Service Unavailable) response without a Retry-After header field. The span
    /// is empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server MAY send a Retry-After header field (Section 10.2.3) to suggest an
    /// > appropriate amount of time for the client to wait before retrying the request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 503 Service Unavailable
    /// Content-Type: text/plain
    /// Content-Length: 11
    ///
    /// maintenance
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 503 Service Unavailable
    /// Retry-After: 300
    /// Content-Type: text/plain
    /// Content-Length: 11
    ///
    /// maintenance
    /// ```
    ///
    /// ## Notes
    /// A suggestion, not a requirement: without it, clients retry on their own schedule,
    /// often all at once when the service comes back.
    pub RetryAfterMissingIn503 {
        id: "retry-after-missing-in-503",
        section: spec::RFC9110_15_6_4,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(503) || m.has(KnownField::RetryAfter) {
        return;
    }
    cx.report(
        RetryAfterMissingIn503,
        exchange::missing_field_span(m),
        "503 (Service Unavailable) response has no Retry-After",
    )
    .label(exchange::status_span(m), "status code")
    .help("Say when to retry, e.g. Retry-After: 300 (seconds) or an HTTP-date");
}
