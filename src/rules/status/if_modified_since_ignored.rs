use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to a GET or HEAD with If-Modified-Since (and no If-None-Match) whose
    /// Last-Modified is not later than the If-Modified-Since date: the condition is false,
    /// so a 304 was expected. Needs the request in the input, and valid dates on both
    /// sides.
    ///
    /// ## Why
    /// > An origin server that evaluates an If-Modified-Since condition SHOULD NOT perform
    /// > the requested method if the condition evaluates to false; instead, the origin
    /// > server SHOULD generate a 304 (Not Modified) response, including only those
    /// > metadata that are useful for identifying or updating a previously cached
    /// > response.
    ///
    /// ## Example
    /// ```http
    /// GET /news HTTP/1.1
    /// Host: example.com
    /// If-Modified-Since: Sun, 30 Oct 1994 08:00:00 GMT
    ///
    /// HTTP/1.1 200 OK
    /// Last-Modified: Sat, 29 Oct 1994 19:43:31 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A server that does not evaluate If-Modified-Since (it is a SHOULD) sends the whole
    /// representation every time, defeating the client's cache.
    pub IfModifiedSinceIgnored {
        id: "if-modified-since-ignored",
        section: spec::RFC9110_13_1_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some((request, code)) = exchange::success_to_get_or_head(cx) else { return };
    // If-None-Match takes precedence; If-Modified-Since is then ignored.
    if request.has(KnownField::IfNoneMatch) {
        return;
    }
    let Some(dates) =
        exchange::date_condition(cx.input, request, KnownField::IfModifiedSince, cx.message)
    else {
        return;
    };
    if dates.modified > dates.since {
        return;
    }
    cx.report(
        IfModifiedSinceIgnored,
        dates.modified_span,
        format!(
            "{}, but Last-Modified is not later than the request's If-Modified-Since",
            exchange::status_name(code)
        ),
    )
    .label(dates.since_span, "If-Modified-Since")
    .help("Answer 304 (Not Modified) when the representation has not changed since the given date");
}
