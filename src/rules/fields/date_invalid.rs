use crate::context::Context;
use crate::fields::{date, display_name};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field defined as an HTTP-date (Date, Last-Modified, Expires, If-Modified-Since,
    /// If-Unmodified-Since, and Retry-After when it holds a date) whose value is none of
    /// the three date forms. The span is the part where the value stops matching: a time
    /// zone other than GMT, a two-digit day, a month that is not an English abbreviation…
    ///
    /// ## Why
    /// > HTTP-date = IMF-fixdate / obs-date
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Sun, 06 Nov 1994 08:49:37 +0000
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
    /// A recipient may treat an invalid date as absent, or as a time in the past: caches
    /// read an invalid `Expires` (such as `0`) as already expired. Extra whitespace and
    /// wrong letter case have their own rules, `date-whitespace` and `date-case-invalid`.
    pub DateInvalid {
        id: "date-invalid",
        section: spec::RFC9110_5_6_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, parsed) in cx.http_dates() {
        let value = cx.text(field.value);
        let Err(err) = parsed else { continue };
        // Whitespace and case problems are reported by their own rules.
        if date::extra_whitespace(value).is_some() || date::miscased(value).is_some() {
            continue;
        }
        let name = display_name(field, cx.input);
        let shown = cx.quote(field.value);
        let span = field.value.sub(err.start, err.end);
        cx.report(DateInvalid, span, format!("{name} \"{shown}\" is not an HTTP-date: expected {}", err.expected))
            .help("Send the date in IMF-fixdate form, such as Sun, 06 Nov 1994 08:49:37 GMT");
    }
}
