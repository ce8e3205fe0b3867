use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Length field in a 2xx (Successful) response to a CONNECT request. Needs
    /// the request in the input.
    ///
    /// ## Why
    /// > A server MUST NOT send a Content-Length header field in any 2xx (Successful)
    /// > response to a CONNECT request (Section 9.3.6).
    ///
    /// ## Example
    /// ```http
    /// CONNECT www.example.com:443 HTTP/1.1
    /// Host: www.example.com:443
    ///
    /// HTTP/1.1 200 Connection Established
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// After the header section the connection is a tunnel; "A client MUST ignore any
    /// Content-Length or Transfer-Encoding header fields received in such a message"
    /// (RFC 9112 §6.3).
    pub ContentLengthInConnectResponse {
        id: "content-length-in-connect-response",
        section: spec::RFC9110_8_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = ContentLengthInConnectResponse;
    exchange::field_in_connect_success(cx, rule, KnownField::ContentLength);
}
