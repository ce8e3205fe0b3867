use crate::context::Context;
use crate::exchange::{self, TagCondition};
use crate::fields::etag;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to a GET or HEAD with If-Match whose ETag matches none of the listed
    /// tags (strong comparison: a weak ETag never matches). The condition was false, so the
    /// method should not have been performed. Needs the request in the input.
    ///
    /// ## Why
    /// > An origin server that evaluates an If-Match condition MUST NOT perform the
    /// > requested method if the condition evaluates to false.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// If-Match: "v1"
    /// Range: bytes=1000-
    ///
    /// HTTP/1.1 206 Partial Content
    /// ETag: "v2"
    /// Content-Range: bytes 1000-1009/1010
    /// Content-Length: 10
    ///
    /// 0123456789
    /// ```
    ///
    /// ## Notes
    /// A client sends If-Match with GET to complete a partial download only if it has not
    /// changed; a 2xx for another version splices two versions together. Only GET and HEAD
    /// are checked: for other methods the ETag of a 2xx describes the new state.
    pub IfMatchIgnored {
        id: "if-match-ignored",
        section: spec::RFC9110_13_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some((request, code)) = exchange::success_to_get_or_head(cx) else { return };
    let TagCondition::Tags(tags) = exchange::tag_condition(cx.input, request, KnownField::IfMatch)
    else {
        return;
    };
    let Some((span, tag)) = exchange::response_etag(cx.input, m) else { return };
    let value = cx.text(span);
    if tags.iter().any(|(s, t)| etag::strong_eq((t, cx.text(*s)), (&tag, value))) {
        return;
    }
    let shown = cx.quote(span);
    let asked = tags.first().map_or(span, |(s, _)| *s);
    cx.report(
        IfMatchIgnored,
        span,
        format!("{} with ETag {shown}, which matches none of the request's If-Match tags", exchange::status_name(code)),
    )
    .label(asked, "If-Match")
    .help("Answer 412 (Precondition Failed) when the current entity tag is not in If-Match");
}
