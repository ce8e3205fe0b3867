use crate::context::Context;
use crate::exchange::{self, TagCondition};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 304 (Not Modified) response without an ETag, to a request whose If-None-Match
    /// lists entity tags. The server matched one of them, so the representation has an
    /// entity tag that a 200 would have carried. Needs the request in the input. The span
    /// is empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server generating a 304 response MUST generate any of the following header
    /// > fields that would have been sent in a 200 (OK) response to the same request:
    /// > Content-Location, Date, ETag, and Vary
    ///
    /// ## Example
    /// ```http
    /// GET /app.js HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "v7"
    ///
    /// HTTP/1.1 304 Not Modified
    /// Cache-Control: max-age=60
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 304 Not Modified
    /// ETag: "v7"
    /// Cache-Control: max-age=60
    ///
    /// ```
    ///
    /// ## Notes
    /// With several tags in If-None-Match, the ETag tells the client which of its stored
    /// responses to reuse (RFC 9111 §4.3.4).
    pub NotModifiedEtagMissing {
        id: "not-modified-etag-missing",
        section: spec::RFC9110_15_4_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(304) || m.has(KnownField::ETag) {
        return;
    }
    let condition = exchange::tag_condition(cx.input, request, KnownField::IfNoneMatch);
    let TagCondition::Tags(_) = condition else { return };
    let mut report = cx.report(
        NotModifiedEtagMissing,
        exchange::missing_field_span(m),
        "304 (Not Modified) response to If-None-Match has no ETag header field",
    );
    if let Some(span) = condition.span() {
        report = report.label(span, "If-None-Match");
    }
    report.help("Send the ETag of the selected representation, as a 200 would");
}
