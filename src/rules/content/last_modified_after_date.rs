use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{date, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose Last-Modified is later than its Date: the representation claims to
    /// have changed after the response was generated. The span is the Last-Modified value;
    /// a label marks the Date value.
    ///
    /// ## Why
    /// > An origin server with a clock (as defined in Section 5.6.7) MUST NOT generate a
    /// > Last-Modified date that is later than the server's time of message origination
    /// > (Date, Section 6.6.1).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 08:12:31 GMT
    /// Last-Modified: Tue, 15 Nov 1994 12:45:26 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Tue, 15 Nov 1994 12:45:26 GMT
    /// Last-Modified: Tue, 15 Nov 1994 08:12:31 GMT
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A modification time in the future, according to the server's clock, must be
    /// replaced by the Date value; otherwise caches validate against a time that has not
    /// happened yet.
    pub LastModifiedAfterDate {
        id: "last-modified-after-date",
        section: spec::RFC9110_8_8_2_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    let Some(d) = single_line(cx.message, KnownField::Date).next() else { return };
    let Some(lm) = single_line(cx.message, KnownField::LastModified).next() else { return };
    let (Ok(date_value), Ok(modified)) = (date::parse(cx.text(d.value)), date::parse(cx.text(lm.value))) else {
        return;
    };
    if modified.timestamp <= date_value.timestamp {
        return;
    }
    let ahead = modified.timestamp - date_value.timestamp;
    cx.report(LastModifiedAfterDate, lm.value, format!("Last-Modified is {ahead} s later than Date"))
        .label(d.value, "Date")
        .help(format!("Send Last-Modified no later than the Date, e.g. Last-Modified: {}", date::format_imf(date_value.timestamp)));
}
