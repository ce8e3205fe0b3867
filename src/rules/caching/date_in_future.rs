use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
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

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::date_in_future(
        cx,
        DateInFuture,
        KnownField::Date,
        "Synchronize the sender's clock (e.g. with NTP) and send the time the message was generated",
    );
}
