use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to a GET or HEAD with If-Unmodified-Since (and no If-Match) whose
    /// Last-Modified is later than the If-Unmodified-Since date: the condition is false,
    /// so the method should not have been performed. Needs the request in the input, and
    /// valid dates on both sides.
    ///
    /// ## Why
    /// > An origin server that evaluates an If-Unmodified-Since condition MUST NOT perform
    /// > the requested method if the condition evaluates to false.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// If-Unmodified-Since: Sat, 29 Oct 1994 19:43:31 GMT
    ///
    /// HTTP/1.1 200 OK
    /// Last-Modified: Sun, 30 Oct 1994 08:00:00 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Only GET and HEAD are checked: for other methods the Last-Modified of a 2xx
    /// describes the new state.
    pub IfUnmodifiedSinceIgnored {
        id: "if-unmodified-since-ignored",
        section: spec::RFC9110_13_1_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some((request, code)) = exchange::success_to_get_or_head(cx) else { return };
    // If-Match takes precedence; If-Unmodified-Since is then ignored.
    if request.has(KnownField::IfMatch) {
        return;
    }
    let Some(dates) =
        exchange::date_condition(cx.input, request, KnownField::IfUnmodifiedSince, cx.message)
    else {
        return;
    };
    if dates.modified <= dates.since {
        return;
    }
    cx.report(
        IfUnmodifiedSinceIgnored,
        dates.modified_span,
        format!(
            "{}, but Last-Modified is later than the request's If-Unmodified-Since",
            exchange::status_name(code)
        ),
    )
    .label(dates.since_span, "If-Unmodified-Since")
    .help("Answer 412 (Precondition Failed) when the representation changed after the given date");
}
