use crate::context::Context;
use crate::fields::date::{self, DateFormat};
use crate::fields::display_name;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP-date in one of the two obsolete forms: RFC 850 (`Sunday, 06-Nov-94
    /// 08:49:37 GMT`, with a two-digit year) or ANSI C asctime (`Sun Nov  6 08:49:37
    /// 1994`). Recipients must accept them; senders must not generate them.
    ///
    /// ## Why
    /// > When a sender generates a field that contains one or more timestamps defined as
    /// > HTTP-date, the sender MUST generate those timestamps in the IMF-fixdate format.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Date: Sunday, 06-Nov-94 08:49:37 GMT
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
    /// A two-digit year is ambiguous: a recipient reads a year that appears to be more
    /// than 50 years in the future as the most recent past year with the same last two
    /// digits. The help shows the IMF-fixdate this linter read the value as (two-digit
    /// years 70–99 as 19xx, 00–69 as 20xx).
    pub DateObsoleteFormat {
        id: "date-obsolete-format",
        section: spec::RFC9110_5_6_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, parsed) in cx.http_dates() {
        let Ok(parsed) = parsed else { continue };
        let form = match parsed.format {
            DateFormat::ImfFixdate => continue,
            DateFormat::Rfc850 => "the obsolete RFC 850 form",
            DateFormat::Asctime => "the obsolete asctime form",
        };
        let name = display_name(field, cx.input);
        let shown = cx.quote(field.value);
        cx.report(DateObsoleteFormat, field.value, format!("{name} \"{shown}\" is in {form}"))
            .help(format!("Send {}", date::format_imf(parsed.timestamp)));
    }
}
