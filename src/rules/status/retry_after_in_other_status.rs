use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Retry-After header field in a response where it has no defined meaning: 1xx, 2xx,
    /// and 4xx other than 413 (Content Too Large, RFC 9110 §15.5.14) and 429 (Too Many
    /// Requests, RFC 6585). It is defined for 503 and 3xx; 5xx are left alone.
    ///
    /// ## Why
    /// > When sent with a 503 (Service Unavailable) response, Retry-After indicates how long
    /// > the service is expected to be unavailable to the client. When sent with any 3xx
    /// > (Redirection) response, Retry-After indicates the minimum time that the user agent
    /// > is asked to wait before issuing the redirected request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Retry-After: 120
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A rate-limited request is answered 429 or 503 with Retry-After; a 200 or 400 with it
    /// leaves clients guessing whether to retry.
    pub RetryAfterInOtherStatus {
        id: "retry-after-in-other-status",
        section: spec::RFC9110_10_2_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(code) = exchange::status(m) else { return };
    let meaningful = matches!(code, 300..=399 | 413 | 429 | 500..=599);
    if meaningful || !(100..=599).contains(&code) {
        return;
    }
    for field in m.fields_named(KnownField::RetryAfter) {
        cx.report(
            RetryAfterInOtherStatus,
            field.line,
            format!("Retry-After has no defined meaning in a {} response", exchange::status_name(code)),
        )
        .help("Send Retry-After with 503, 429 or a redirect; otherwise remove it");
    }
}
