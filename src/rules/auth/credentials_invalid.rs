use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{auth, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Authorization or Proxy-Authorization value that is not credentials: an empty
    /// value, two schemes, characters outside token68 (a space inside base64), a
    /// parameter without a value. The span is where the value stops matching.
    ///
    /// ## Why
    /// > credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
    ///
    /// ## Example
    /// ```http
    /// GET /protected HTTP/1.1
    /// Host: www.example.com
    /// Authorization: Basic dXNlcjpw YXNz
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /protected HTTP/1.1
    /// Host: www.example.com
    /// Authorization: Basic dXNlcjpwYXNz
    /// ```
    pub CredentialsInvalid {
        id: "credentials-invalid",
        section: spec::RFC9110_11_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::Authorization, KnownField::ProxyAuthorization] {
        for field in single_line(cx.message, name) {
            let Err(err) = auth::credentials(cx.text(field.value)) else { continue };
            let shown = cx.quote(field.value);
            cx.report(CredentialsInvalid, field.value.sub(err.start, err.end), format!("{} \"{shown}\" is not valid credentials: expected {}", name.name(), err.expected))
                .help("Send one scheme, a space, then a token68 or name=\"value\" parameters, e.g. Basic dXNlcjpwYXNz");
        }
    }
}
