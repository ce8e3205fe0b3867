use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Transfer-Encoding field in a 2xx (Successful) response to a CONNECT request. Needs
    /// the request in the input.
    ///
    /// ## Why
    /// > A server MUST NOT send a Transfer-Encoding header field in any 2xx (Successful)
    /// > response to a CONNECT request (Section 9.3.6 of [HTTP]).
    ///
    /// ## Example
    /// ```http
    /// CONNECT www.example.com:443 HTTP/1.1
    /// Host: www.example.com:443
    ///
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// ```
    ///
    /// ## Notes
    /// After the header section of a 2xx response to CONNECT the connection is a tunnel;
    /// "A client MUST ignore any Content-Length or Transfer-Encoding header fields received
    /// in such a message" (RFC 9112 §6.3).
    pub TransferEncodingInConnectResponse {
        id: "transfer-encoding-in-connect-response",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = TransferEncodingInConnectResponse;
    exchange::field_in_connect_success(cx, rule, KnownField::TransferEncoding);
}
