use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 305 (Use Proxy) response.
    ///
    /// ## Why
    /// > The 305 (Use Proxy) status code was defined in a previous version of this
    /// > specification and is now deprecated (Appendix B of [RFC7231]).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 305 Use Proxy
    /// Location: http://proxy.example.com:8080/
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// 305 asked the client to repeat the request through the proxy named in Location, which
    /// let a server redirect a client's traffic through a machine of its choosing. Clients
    /// ignore it for that reason.
    pub StatusCode305Deprecated {
        id: "status-code-305-deprecated",
        section: spec::RFC9110_15_4_6,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(305) {
        return;
    }
    cx.report(StatusCode305Deprecated, exchange::status_span(m), "305 (Use Proxy) is deprecated")
        .help("Configure proxies on the client side; to send the client elsewhere, use 307 or 308 with Location");
}
