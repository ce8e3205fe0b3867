use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Length field in a 1xx (Informational) or 204 (No Content) response.
    ///
    /// ## Why
    /// > A server MUST NOT send a Content-Length header field in any response with a status
    /// > code of 1xx (Informational) or 204 (No Content).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 204 No Content
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 204 No Content
    /// ```
    ///
    /// ## Notes
    /// Even `Content-Length: 0` is not allowed: these responses end with the header section,
    /// and some recipients mis-frame them when the field is present.
    pub ContentLengthInNoContentResponse {
        id: "content-length-in-no-content-response",
        section: spec::RFC9110_8_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = ContentLengthInNoContentResponse;
    exchange::field_in_no_content_response(cx, rule, KnownField::ContentLength);
}
