use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
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

const FIELDS: [KnownField; 4] = [
    KnownField::WWWAuthenticate,
    KnownField::ProxyAuthenticate,
    KnownField::AuthenticationInfo,
    KnownField::ProxyAuthenticationInfo,
];

fn help(field: KnownField) -> String {
    match field {
        KnownField::WWWAuthenticate => "A client sends its credentials in Authorization",
        KnownField::ProxyAuthenticate => "A client sends proxy credentials in Proxy-Authorization",
        _ => "Remove it from the request",
    }
    .to_string()
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::field_in_wrong_message(cx, WwwAuthenticateInRequest, true, &FIELDS, help);
}
