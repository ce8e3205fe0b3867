use crate::context::Context;
use crate::fields::{date, display_name};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP-date with whitespace the grammar does not have: two spaces where one is
    /// required, or a tab. The span is the extra whitespace.
    ///
    /// ## Why
    /// > A sender MUST NOT generate additional whitespace in an HTTP-date beyond that
    /// > specifically included as SP in the grammar.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Sun,  06 Nov 1994 08:49:37 GMT
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
    /// The asctime form pads a one-digit day with a second space (`Sun Nov  6 08:49:37
    /// 1994`); that space is part of the grammar and is not reported.
    pub DateWhitespace {
        id: "date-whitespace",
        section: spec::RFC9110_5_6_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    // A date that parses has no extra whitespace; only the others are read again.
    for (field, _) in cx.http_dates().filter(|(_, parsed)| parsed.is_err()) {
        let Some(((a, b), parsed)) = date::extra_whitespace(cx.text(field.value)) else {
            continue;
        };
        let name = display_name(field, cx.input);
        let shown = cx.quote(field.value);
        cx.report(DateWhitespace, field.value.sub(a, b), format!("{name} \"{shown}\" has whitespace beyond single spaces"))
            .help(format!("Send {}", date::format_imf(parsed.timestamp)));
    }
}
