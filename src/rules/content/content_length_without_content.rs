use crate::context::Context;
use crate::exchange;
use crate::fields::content_length::{self, ContentLength};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// `Content-Length: 0` in a GET, HEAD, DELETE, TRACE or CONNECT request: methods
    /// whose semantics do not anticipate content, in a request that has none.
    ///
    /// ## Why
    /// > A user agent SHOULD NOT send a Content-Length header field when the request
    /// > message does not contain content and the method semantics do not anticipate such
    /// > data.
    ///
    /// ## Example
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /index.html HTTP/1.1
    /// Host: example.com
    /// ```
    pub ContentLengthWithoutContent {
        id: "content-length-without-content",
        section: spec::RFC9110_8_6,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(method) = exchange::method(cx.input, m) else { return };
    if !matches!(method, b"GET" | b"HEAD" | b"DELETE" | b"TRACE" | b"CONNECT") {
        return;
    }
    for field in m.fields_named(KnownField::ContentLength) {
        if !matches!(
            content_length::parse(cx.text(field.value)),
            ContentLength::Valid(0) | ContentLength::RepeatedList(0)
        ) {
            continue;
        }
        let shown = cx.quote(exchange::method_span(m));
        cx.report(
            ContentLengthWithoutContent,
            field.line,
            format!("Content-Length: 0 in a {shown} request, whose method anticipates no content"),
        )
        .label(exchange::method_span(m), "method")
        .help("Leave Content-Length out of requests that carry no content and whose method expects none");
    }
}
