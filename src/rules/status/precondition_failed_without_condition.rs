use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 412 (Precondition Failed) response to a request without any precondition: no
    /// field named `If` or starting with `If-` (If-Match, If-None-Match,
    /// If-Unmodified-Since, WebDAV's If, and extensions). Needs the request in the input.
    ///
    /// ## Why
    /// > The 412 (Precondition Failed) status code indicates that one or more conditions
    /// > given in the request header fields evaluated to false when tested on the server
    /// > (Section 13).
    ///
    /// ## Example
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    ///
    /// HTTP/1.1 412 Precondition Failed
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// To require that clients send a precondition, answer 428 (Precondition Required,
    /// RFC 6585).
    pub PreconditionFailedWithoutCondition {
        id: "precondition-failed-without-condition",
        section: spec::RFC9110_15_5_13,
        severity: Severity::Error,
    }
}

/// `If`, `If-Match`, `If-Schedule-Tag-Match` …: names of conditional request fields.
fn is_condition(name: &[u8]) -> bool {
    name.eq_ignore_ascii_case(b"if")
        || name
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"if-"))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(412) {
        return;
    }
    if request.fields.iter().any(|f| is_condition(cx.text(f.name))) {
        return;
    }
    cx.report(
        PreconditionFailedWithoutCondition,
        exchange::status_span(m),
        "412 (Precondition Failed) response to a request without preconditions",
    )
    .label(request.start_line_span, "unconditional request")
    .help("Send 428 (Precondition Required) to demand a condition, or the status of the actual failure");
}
