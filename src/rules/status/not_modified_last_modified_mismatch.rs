use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 304 (Not Modified) response to a GET or HEAD with If-Modified-Since (and no
    /// If-None-Match) whose Last-Modified is later than the If-Modified-Since date: the
    /// representation was modified since, so the condition was true. Needs the request in
    /// the input, and valid dates on both sides.
    ///
    /// ## Why
    /// > If the selected representation's last modification date is earlier or equal to the
    /// > date provided in the field value, the condition is false. Otherwise, the condition
    /// > is true.
    ///
    /// ## Example
    /// ```http
    /// GET /news HTTP/1.1
    /// Host: example.com
    /// If-Modified-Since: Sat, 29 Oct 1994 19:43:31 GMT
    ///
    /// HTTP/1.1 304 Not Modified
    /// Last-Modified: Sun, 30 Oct 1994 08:00:00 GMT
    ///
    /// ```
    pub NotModifiedLastModifiedMismatch {
        id: "not-modified-last-modified-mismatch",
        section: spec::RFC9110_13_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    // If-None-Match takes precedence; If-Modified-Since is then ignored.
    if exchange::status(m) != Some(304)
        || !exchange::is_get_or_head(cx.input, request)
        || request.has(KnownField::IfNoneMatch)
    {
        return;
    }
    let Some(dates) = exchange::date_condition(cx.input, request, KnownField::IfModifiedSince, m)
    else {
        return;
    };
    if dates.modified <= dates.since {
        return;
    }
    cx.report(
        NotModifiedLastModifiedMismatch,
        dates.modified_span,
        "304 (Not Modified), but Last-Modified is later than the request's If-Modified-Since",
    )
    .label(dates.since_span, "If-Modified-Since")
    .help("Send 200 with the representation when it changed after the If-Modified-Since date");
}
