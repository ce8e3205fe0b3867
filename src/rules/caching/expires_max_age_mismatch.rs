use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::fields::date;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response with both Expires and a `max-age` directive that give different freshness
    /// lifetimes: Expires minus Date differs from `max-age` by more than a minute (or 1% of
    /// the longer lifetime), or Expires is invalid or in the past while `max-age` is not 0.
    /// Recipients that implement Cache-Control use `max-age` and ignore Expires; older
    /// ones use Expires. The span is the Expires value; labels mark `max-age` and Date.
    ///
    /// ## Why
    /// > If a response includes a Cache-Control header field with the max-age directive
    /// > (Section 5.2.2.1), a recipient MUST ignore the Expires header field.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Expires: Wed, 16 Nov 1994 08:12:31 GMT
    /// Cache-Control: max-age=60
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Expires: Tue, 15 Nov 1994 08:13:31 GMT
    /// Cache-Control: max-age=60
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Sending both is fine when they agree: Expires serves recipients that have not
    /// implemented Cache-Control (RFC 9111 §5.3). Without Date, a valid Expires cannot be
    /// compared and is not reported. `s-maxage` overrides Expires only in shared caches,
    /// where it is meant to differ, so it is not compared.
    pub ExpiresMaxAgeMismatch {
        id: "expires-max-age-mismatch",
        section: spec::RFC9111_5_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return;
    }
    let Some(field) = cx.message.field(KnownField::Expires) else {
        return;
    };
    let summary = cx.cache_summary();
    let Some(max_age) = summary.get(Directive::MaxAge) else {
        return;
    };
    // An invalid max-age is cache-directive-delta-seconds-invalid's.
    let Some(seconds) = max_age.delta else { return };
    let max_age_secs = i64::try_from(seconds).unwrap_or(i64::MAX);
    let date_field = cx.message.field(KnownField::Date);
    let (lifetime, what) = match date::parse_ignoring_case(cx.text(field.value)) {
        Err(_) => (0, "is not a date, which means already expired".to_string()),
        Ok(expires) => {
            let Some(date) = date_field
                .and_then(|d| date::parse_ignoring_case(cx.text(d.value)).ok())
            else {
                return;
            };
            let lifetime = expires.timestamp.saturating_sub(date.timestamp).max(0);
            let what = if lifetime == 0 {
                "is not after Date, which means already expired".to_string()
            } else {
                format!("gives {lifetime} seconds of freshness after Date")
            };
            (lifetime, what)
        }
    };
    let tolerance = (lifetime.max(max_age_secs) / 100).max(60);
    if lifetime.abs_diff(max_age_secs) <= tolerance.unsigned_abs() {
        return;
    }
    let shown = cx.quote(max_age.span);
    let mut reported = cx
        .report(
            ExpiresMaxAgeMismatch,
            field.value,
            format!("Expires {what}, but {shown} says otherwise and takes precedence"),
        )
        .label(max_age.span, "overrides Expires");
    if let Some(d) = date_field {
        reported = reported.label(d.value, "Date");
    }
    reported.help(format!(
        "Make Expires equal to Date plus {seconds} seconds, or drop it and rely on max-age"
    ));
}
