use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request carrying WWW-Authenticate, Proxy-Authenticate, Authentication-Info or
    /// Proxy-Authentication-Info, which are response fields. The span is the field name.
    ///
    /// ## Why
    /// > The "WWW-Authenticate" response header field indicates the authentication
    /// > scheme(s) and parameters applicable to the target resource.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// WWW-Authenticate: Basic realm="example"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Authorization: Basic dXNlcjpwYXNz
    /// ```
    pub WwwAuthenticateInRequest {
        id: "www-authenticate-in-request",
        section: spec::RFC9110_11_6_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return;
    }
    for field in &cx.message.fields {
        let Some(k) = field.known else { continue };
        let help = match k {
            KnownField::WWWAuthenticate => "A client sends its credentials in Authorization",
            KnownField::ProxyAuthenticate => "A client sends proxy credentials in Proxy-Authorization",
            KnownField::AuthenticationInfo | KnownField::ProxyAuthenticationInfo => "Remove it from the request",
            _ => continue,
        };
        cx.report(WwwAuthenticateInRequest, field.name, format!("{} is a response field, sent here in a request", k.name()))
            .help(help);
    }
}
