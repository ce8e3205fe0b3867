use crate::context::Context;
use crate::exchange::{self, TagCondition};
use crate::fields::etag;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to a GET or HEAD whose If-None-Match evaluates to false: the
    /// response's ETag matches one of the listed tags (weak comparison), or the field is
    /// `*` and the 2xx shows that a representation exists. The server should have answered
    /// 304. Needs the request in the input.
    ///
    /// ## Why
    /// > An origin server that evaluates an If-None-Match condition MUST NOT perform the
    /// > requested method if the condition evaluates to false; instead, the origin server
    /// > MUST respond with either a) the 304 (Not Modified) status code if the request
    /// > method is GET or HEAD or b) the 412 (Precondition Failed) status code for all
    /// > other request methods.
    ///
    /// ## Example
    /// ```http
    /// GET /app.js HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "v7"
    ///
    /// HTTP/1.1 200 OK
    /// ETag: "v7"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Only GET and HEAD are checked: for other methods the ETag of a 2xx describes the
    /// state after the request, not the one the condition was evaluated on.
    pub IfNoneMatchIgnored {
        id: "if-none-match-ignored",
        section: spec::RFC9110_13_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some((request, code)) = exchange::success_to_get_or_head(cx) else { return };
    let status = exchange::status_name(code);
    match exchange::tag_condition(cx.input, request, KnownField::IfNoneMatch) {
        TagCondition::Any(span) => {
            cx.report(
                IfNoneMatchIgnored,
                exchange::status_span(m),
                format!("{status} to a request with If-None-Match: *, which a current representation makes false"),
            )
            .label(span, "If-None-Match")
            .help("Answer 304 (Not Modified) when the resource has a current representation");
        }
        TagCondition::Tags(tags) => {
            let Some((span, tag)) = exchange::response_etag(cx.input, m) else { return };
            let value = cx.text(span);
            let Some((asked, _)) = tags
                .iter()
                .find(|(s, t)| etag::weak_eq((t, cx.text(*s)), (&tag, value)))
            else {
                return;
            };
            let shown = cx.quote(span);
            cx.report(
                IfNoneMatchIgnored,
                span,
                format!("{status} with ETag {shown}, which matches the request's If-None-Match"),
            )
            .label(*asked, "If-None-Match")
            .help("Answer 304 (Not Modified) when the entity tag matches If-None-Match");
        }
        TagCondition::Absent | TagCondition::Invalid => {}
    }
}
