use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::retry_after::{self, RetryAfter};
use crate::fields::single_line;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Retry-After value that is neither an HTTP-date nor a whole number of seconds:
    /// a negative or fractional number, a unit (`120s`). The span is the first offending
    /// character. Values that start with a letter are dates and are checked by the date
    /// rules (`date-invalid`…).
    ///
    /// ## Why
    /// > Retry-After = HTTP-date / delay-seconds
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 503 Service Unavailable
    /// Retry-After: 1.5
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 503 Service Unavailable
    /// Retry-After: 2
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `delay-seconds = 1*DIGIT`: a non-negative decimal integer.
    pub RetryAfterInvalid {
        id: "retry-after-invalid",
        section: spec::RFC9110_10_2_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::RetryAfter) {
        let RetryAfter::Invalid(err) = retry_after::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(RetryAfterInvalid, field.value.sub(err.start, err.end), format!("Retry-After \"{shown}\" is neither seconds nor an HTTP-date"))
            .help("Send a whole number of seconds, e.g. Retry-After: 120, or an IMF-fixdate");
    }
}
