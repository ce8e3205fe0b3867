use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response carrying Authorization or Proxy-Authorization: credentials belong in
    /// requests. The span is the field name.
    ///
    /// ## Why
    /// > The "Authorization" header field allows a user agent to authenticate itself with
    /// > an origin server — usually, but not necessarily, after receiving a 401
    /// > (Unauthorized) response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Authorization: Basic dXNlcjpwYXNz
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A response that echoes the request's credentials exposes them to every cache and
    /// log on the way back. A server's own authentication information goes in
    /// Authentication-Info.
    pub AuthorizationInResponse {
        id: "authorization-in-response",
        section: spec::RFC9110_11_6_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    for field in &cx.message.fields {
        let Some(k @ (KnownField::Authorization | KnownField::ProxyAuthorization)) = field.known else {
            continue;
        };
        cx.report(AuthorizationInResponse, field.name, format!("{} carries credentials, here in a response", k.name()))
            .help("Remove it; a server sends Authentication-Info if the scheme defines it");
    }
}
