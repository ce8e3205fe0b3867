use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A POST, PUT or PATCH request (methods that define a meaning for enclosed content)
    /// with neither Content-Length nor Transfer-Encoding. The span is empty, at the end of
    /// the header section. A request whose content follows without framing is reported
    /// by `request-content-unframed` instead.
    ///
    /// ## Why
    /// > A user agent SHOULD send Content-Length in a request when the method defines a
    /// > meaning for enclosed content and it is not sending Transfer-Encoding.
    ///
    /// ## Example
    /// ```http
    /// POST /logout HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /logout HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 §8.6: "a user agent normally sends Content-Length in a POST request even
    /// when the value is 0 (indicating empty content)". Some servers answer a POST without
    /// it with 411 (Length Required).
    pub ContentLengthMissingInRequest {
        id: "content-length-missing-in-request",
        section: spec::RFC9110_8_6,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if m.body.framing != Framing::Zero || m.body.excess.is_some() {
        return;
    }
    let Some(method) = exchange::method(cx.input, m) else { return };
    if !matches!(method, b"POST" | b"PUT" | b"PATCH") || m.has(KnownField::TransferEncoding) {
        return;
    }
    let shown = cx.quote(exchange::method_span(m));
    cx.report(
        ContentLengthMissingInRequest,
        exchange::missing_field_span(m),
        format!("{shown} request has neither Content-Length nor Transfer-Encoding"),
    )
    .label(exchange::method_span(m), "method with content semantics")
    .help("Send Content-Length: 0 when there is no content, or the length of the content");
}
