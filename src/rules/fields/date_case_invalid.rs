use crate::context::Context;
use crate::fields::{date, display_name};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP-date written in the wrong letter case, such as `sun, 06 nov 1994 08:49:37
    /// gmt` or `GMT` spelled `Gmt`. The span is the first word in the wrong case.
    ///
    /// ## Why
    /// > HTTP-date is case sensitive.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Sun, 06 NOV 1994 08:49:37 GMT
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
    /// Day and month names are capitalized three-letter English abbreviations and the zone
    /// is `GMT`. RFC 9111 §4.2 lets caches read dates case-insensitively; other
    /// recipients need not.
    pub DateCaseInvalid {
        id: "date-case-invalid",
        section: spec::RFC9110_5_6_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    // A date that parses is in the right case; only the others are read again.
    for (field, _) in cx.http_dates().filter(|(_, parsed)| parsed.is_err()) {
        let Some(((a, b), parsed)) = date::miscased(cx.text(field.value)) else {
            continue;
        };
        let name = display_name(field, cx.input);
        let span = field.value.sub(a, b);
        let word = cx.quote(span);
        cx.report(DateCaseInvalid, span, format!("{name} writes \"{word}\" in the wrong case; HTTP-date is case sensitive"))
            .help(format!("Send {}", date::format_imf(parsed.timestamp)));
    }
}
