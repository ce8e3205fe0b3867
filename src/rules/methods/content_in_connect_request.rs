use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A CONNECT request whose framing announces content (a Content-Length above zero, or
    /// a chunked body with data).
    ///
    /// ## Why
    /// > A CONNECT request message does not have content.
    ///
    /// ## Example
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// ```
    ///
    /// ## Notes
    /// What follows the header section of a CONNECT request is tunnel data once the proxy
    /// answers 2xx, not content; a Content-Length there makes the proxy and the client
    /// disagree on where the tunnel starts.
    pub ContentInConnectRequest {
        id: "content-in-connect-request",
        section: spec::RFC9110_9_3_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_in_request(
        cx,
        ContentInConnectRequest,
        "CONNECT",
        "Remove Content-Length and Transfer-Encoding; send tunnel data only after the 2xx response",
    );
}
