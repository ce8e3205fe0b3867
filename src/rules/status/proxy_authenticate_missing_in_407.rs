use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 407 (Proxy Authentication Required) response without a Proxy-Authenticate header
    /// field, or with only empty ones. The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a
    /// > challenge applicable to that proxy for the request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 407 Proxy Authentication Required
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 407 Proxy Authentication Required
    /// Proxy-Authenticate: Basic realm="proxy"
    /// Content-Length: 0
    ///
    /// ```
    pub ProxyAuthenticateMissingIn407 {
        id: "proxy-authenticate-missing-in-407",
        section: spec::RFC9110_15_5_8,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        ProxyAuthenticateMissingIn407,
        407,
        KnownField::ProxyAuthenticate,
        "Send the proxy's challenge, e.g. Proxy-Authenticate: Basic realm=\"proxy\"",
    );
}
