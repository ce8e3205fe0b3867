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
    let get_or_head = exchange::method_is(cx.input, request, "GET")
        || exchange::method_is(cx.input, request, "HEAD");
    // If-None-Match takes precedence; If-Modified-Since is then ignored.
    if exchange::status(m) != Some(304) || !get_or_head || request.has(KnownField::IfNoneMatch) {
        return;
    }
    let Some((since_span, since)) = exchange::date_field(cx.input, request, KnownField::IfModifiedSince)
    else {
        return;
    };
    let Some((lm_span, modified)) = exchange::date_field(cx.input, m, KnownField::LastModified)
    else {
        return;
    };
    if modified <= since {
        return;
    }
    cx.report(
        NotModifiedLastModifiedMismatch,
        lm_span,
        "304 (Not Modified), but Last-Modified is later than the request's If-Modified-Since",
    )
    .label(since_span, "If-Modified-Since")
    .help("Send 200 with the representation when it changed after the If-Modified-Since date");
}
