use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{auth, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Authentication-Info or Proxy-Authentication-Info value that is not a list of
    /// auth-params (`name=value`): a scheme in front, a member without `=`, a value that
    /// is neither token nor quoted string. The span is where the value stops matching.
    ///
    /// ## Why
    /// > Authentication-Info = #auth-param
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Authentication-Info: Digest nextnonce="47364c23432d2e131a5fb210812c"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Authentication-Info: nextnonce="47364c23432d2e131a5fb210812c"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Proxy-Authentication-Info has the same grammar (RFC 9110 §11.7.3). The scheme is
    /// the one of the request's credentials; it is not repeated here.
    pub AuthenticationInfoInvalid {
        id: "authentication-info-invalid",
        section: spec::RFC9110_11_6_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::AuthenticationInfo, KnownField::ProxyAuthenticationInfo] {
        for field in single_line(cx.message, name) {
            let (_, Some(err)) = auth::auth_params(cx.text(field.value)) else { continue };
            let shown = cx.quote(field.value);
            cx.report(AuthenticationInfoInvalid, field.value.sub(err.start, err.end), format!("{} \"{shown}\" is not a list of auth-params: expected {}", name.name(), err.expected))
                .help("Send name=value parameters separated by commas");
        }
    }
}
