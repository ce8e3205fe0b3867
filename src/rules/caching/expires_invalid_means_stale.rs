use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::fields::date;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose Expires value is not a date a cache can read (`0`, `-1`, `never`,
    /// a date with a time zone other than GMT), and no `max-age` that overrides it. Caches
    /// treat such a response as already expired: if the sender meant "never expires" or a
    /// future date, the response is not cached at all. The span is the Expires value.
    ///
    /// ## Why
    /// > A cache recipient MUST interpret invalid date formats, especially the value "0", as
    /// > representing a time in the past (i.e., "already expired").
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Expires: 0
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Cache-Control: no-cache
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The syntax error itself is reported by the HTTP-date rules; this rule says what it
    /// means for caching. A date that is only in the wrong case (`thu, 01 dec 1994 ...`) is
    /// not reported here, since caches match dates case-insensitively (RFC 9111 §4.2). With
    /// `max-age`, Expires is ignored (`expires-max-age-mismatch`).
    pub ExpiresInvalidMeansStale {
        id: "expires-invalid-means-stale",
        section: spec::RFC9111_5_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return; // expires-in-request
    }
    // The first Expires counts; more are a repeated singleton field.
    let Some(field) = cx.message.field(KnownField::Expires) else {
        return;
    };
    if date::parse_ignoring_case(cx.text(field.value)).is_ok() {
        return;
    }
    if cx.cache_summary().has(Directive::MaxAge) {
        return;
    }
    let shown = cx.quote(field.value);
    cx.report(
        ExpiresInvalidMeansStale,
        field.value,
        format!("Expires \"{shown}\" is not an HTTP-date, so caches treat the response as already expired"),
    )
    .help("To forbid reuse without validation send Cache-Control: no-cache; to allow caching send Cache-Control: max-age=N or an IMF-fixdate such as Expires: Thu, 01 Dec 2033 16:00:00 GMT");
}
