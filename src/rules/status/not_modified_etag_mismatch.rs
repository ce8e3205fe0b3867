use crate::context::Context;
use crate::exchange::{self, TagCondition};
use crate::fields::etag;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 304 (Not Modified) response whose ETag matches none of the entity tags in the
    /// request's If-None-Match (weak comparison): the condition was true, so the method
    /// should have been performed. Needs the request in the input.
    ///
    /// ## Why
    /// > If the field value is a list of entity tags, the condition is false if one of the
    /// > listed tags matches the entity tag of the selected representation. Otherwise, the
    /// > condition is true.
    ///
    /// ## Example
    /// ```http
    /// GET /app.js HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "v7"
    ///
    /// HTTP/1.1 304 Not Modified
    /// ETag: "v8"
    ///
    /// ```
    ///
    /// ## Notes
    /// The client is told to reuse a stored response for "v7" while the current
    /// representation is "v8": it keeps showing stale content.
    pub NotModifiedEtagMismatch {
        id: "not-modified-etag-mismatch",
        section: spec::RFC9110_13_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(304) {
        return;
    }
    let TagCondition::Tags(tags) = exchange::tag_condition(cx.input, request, KnownField::IfNoneMatch)
    else {
        return;
    };
    let Some((span, tag)) = exchange::response_etag(cx.input, m) else { return };
    let value = cx.text(span);
    if tags.iter().any(|(s, t)| etag::weak_eq((t, cx.text(*s)), (&tag, value))) {
        return;
    }
    let shown = cx.quote(span);
    let asked = tags.first().map_or(span, |(s, _)| *s);
    cx.report(
        NotModifiedEtagMismatch,
        span,
        format!("304 (Not Modified) with ETag {shown}, which matches none of the request's If-None-Match tags"),
    )
    .label(asked, "If-None-Match")
    .help("Send 200 with the current representation when its entity tag matches none of If-None-Match");
}
