use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Transfer-Encoding field in a 1xx (Informational) or 204 (No Content) response.
    ///
    /// ## Why
    /// > A server MUST NOT send a Transfer-Encoding header field in any response with a
    /// > status code of 1xx (Informational) or 204 (No Content).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 204 No Content
    /// Transfer-Encoding: chunked
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 204 No Content
    /// ```
    ///
    /// ## Notes
    /// These responses end with the header section whatever their fields say; a recipient
    /// that trusts Transfer-Encoding reads the next message as a chunked body.
    pub TransferEncodingInNoContentResponse {
        id: "transfer-encoding-in-no-content-response",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = TransferEncodingInNoContentResponse;
    exchange::field_in_no_content_response(cx, rule, KnownField::TransferEncoding);
}
