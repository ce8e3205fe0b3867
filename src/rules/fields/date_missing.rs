use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx, 3xx or 4xx response without a Date header field. The span is empty, at the
    /// end of the header section, where the field was expected.
    ///
    /// ## Why
    /// > An origin server with a clock (as defined in Section 5.6.7) MUST generate a Date
    /// > header field in all 2xx (Successful), 3xx (Redirection), and 4xx (Client Error)
    /// > responses, and MAY generate a Date header field in 1xx (Informational) and 5xx
    /// > (Server Error) responses.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
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
    /// The requirement binds an origin server *with a clock*; a server without one must
    /// not send Date at all, and a message alone cannot tell which kind sent it. Hence
    /// this is information, not an error: for almost every server it is a missed MUST.
    /// Caches use Date to compute a response's age; without it they substitute the time
    /// they received the response.
    pub DateMissing {
        id: "date-missing",
        section: spec::RFC9110_6_6_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let (Some(code), Some(line)) = (m.status_code, m.status_line()) else { return };
    if !(200..500).contains(&code) || m.has(KnownField::Date) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(DateMissing, Span { start: at, end: at }, format!("{code} response has no Date header field"))
        .label(line.status, "status code")
        .help("An origin server with a clock sends the time of the response, e.g. Date: Sun, 06 Nov 1994 08:49:37 GMT");
}
