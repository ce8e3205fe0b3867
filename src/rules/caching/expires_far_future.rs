use crate::context::Context;
use crate::fields::date;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Expires date after 2038-01-19T03:14:07Z, the last second a signed 32-bit Unix
    /// time can hold. Recipients that store time in 32 bits overflow and may read the date
    /// as long past. The span is the Expires value.
    ///
    /// ## Why
    /// > While longer freshness lifetimes are no longer prohibited, extremely large values
    /// > have been demonstrated to cause problems (e.g., clock overflows due to use of
    /// > 32-bit integers for time values), and many caches will evict a response far sooner
    /// > than that.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Expires: Thu, 31 Dec 2099 23:59:59 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Cache-Control: max-age=31536000
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// HTTP once limited Expires to one year ahead (RFC 9111 §5.3); a year is still the
    /// usual "never expires" lifetime.
    pub ExpiresFarFuture {
        id: "expires-far-future",
        section: spec::RFC9111_5_3,
        severity: Severity::Info,
    }
}

/// 2038-01-19T03:14:07Z.
const LAST_32_BIT_SECOND: i64 = i32::MAX as i64;

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return;
    }
    for field in cx.message.fields_named(KnownField::Expires) {
        let Ok(expires) = date::parse_ignoring_case(cx.text(field.value)) else {
            continue;
        };
        if expires.timestamp <= LAST_32_BIT_SECOND {
            continue;
        }
        let shown = cx.quote(field.value);
        cx.report(
            ExpiresFarFuture,
            field.value,
            format!("Expires \"{shown}\" is after 2038-01-19, beyond 32-bit time"),
        )
        .help("Send a lifetime of at most a year, e.g. Cache-Control: max-age=31536000");
    }
}
