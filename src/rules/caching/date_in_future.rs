use crate::context::Context;
use crate::fields::date;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// With the `now` option set: a Date more than a minute after the current time. The
    /// sender's clock is wrong, which skews every age and freshness calculation that uses
    /// Date (RFC 9111 §4.2.3). The span is the Date value.
    ///
    /// ## Why
    /// > A sender that generates a Date header field SHOULD generate its field value as the
    /// > best available approximation of the date and time of message generation.
    ///
    /// ## Example
    /// ```http
    /// <!-- now: 1700000000 -->
    /// HTTP/1.1 200 OK
    /// Date: Wed, 15 Nov 2023 22:13:20 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Silent without `now`: the linted text carries no current time of its own. A minute
    /// of tolerance absorbs ordinary clock differences between the sender and the machine
    /// running wirelint.
    pub DateInFuture {
        id: "date-in-future",
        section: spec::RFC9110_6_6_1,
        severity: Severity::Warning,
    }
}

/// Seconds a clock may be ahead before it is reported.
const TOLERANCE: i64 = 60;

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(now) = cx.options.now else { return };
    let Some(field) = cx.message.field(KnownField::Date) else {
        return;
    };
    // An invalid Date is the HTTP-date rules' concern.
    let Ok(date) = date::parse(cx.text(field.value)) else {
        return;
    };
    let ahead = date.timestamp.saturating_sub(now);
    if ahead <= TOLERANCE {
        return;
    }
    let shown = cx.quote(field.value);
    cx.report(
        DateInFuture,
        field.value,
        format!("Date \"{shown}\" is {ahead} seconds after the current time ({})", date::format_imf(now)),
    )
    .help("Synchronize the sender's clock (e.g. with NTP) and send the time the message was generated");
}
