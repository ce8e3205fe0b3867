use crate::context::Context;
use crate::fields::{date, display_name};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP-date whose day name is not the day of the week of its date, such as `Mon,
    /// 06 Nov 1994` (a Sunday). The span is the day name.
    ///
    /// ## Why
    /// > The semantics of day-name, day, month, year, and time-of-day are the same as those
    /// > defined for the Internet Message Format constructs with the corresponding name
    /// > ([RFC5322], Section 3.3).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Mon, 06 Nov 1994 08:49:37 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Sun, 06 Nov 1994 08:49:37 GMT
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// RFC 5322 §3.3: "the day-of-week (if included) MUST be the day implied by the
    /// date". A wrong day name usually means the date was built by hand or from the wrong
    /// fields; recipients disagree on which part to trust.
    pub DateWeekdayMismatch {
        id: "date-weekday-mismatch",
        section: spec::RFC9110_5_6_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, parsed) in cx.http_dates() {
        let Ok(parsed) = parsed else { continue };
        if parsed.weekday_matches {
            continue;
        }
        let name = display_name(field, cx.input);
        let span = field.value.sub(parsed.weekday.0, parsed.weekday.1);
        let said = cx.quote(span);
        let imf = date::format_imf(parsed.timestamp);
        let actual = imf.get(..3).unwrap_or_default();
        cx.report(DateWeekdayMismatch, span, format!("{name} says {said}, but its date is a {actual}"))
            .help(format!("Send {imf}"));
    }
}
