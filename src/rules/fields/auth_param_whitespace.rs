use crate::context::Context;
use crate::fields::auth::{self, AuthParam};
use crate::fields::known::KnownField;
use crate::fields::single_line;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Whitespace around the `=` of an auth-param (`realm = "x"`) in WWW-Authenticate,
    /// Proxy-Authenticate, Authorization, Proxy-Authorization, Authentication-Info or
    /// Proxy-Authentication-Info. The grammar writes it as BWS, "bad" whitespace that
    /// recipients tolerate for historical reasons. The span is the whitespace.
    ///
    /// ## Why
    /// > A sender MUST NOT generate BWS in messages.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm = "simple"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="simple"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 §11.2: `auth-param = token BWS "=" BWS ( token / quoted-string )`.
    pub AuthParamWhitespace {
        id: "auth-param-whitespace",
        section: spec::RFC9110_5_6_3,
        severity: Severity::Error,
    }
}

fn params_with_bws(name: KnownField, v: &[u8]) -> Vec<AuthParam> {
    let groups = auth::param_groups(name, v);
    groups.flatten().filter(|p| p.bws.is_some()).collect()
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in auth::FIELDS {
        for field in single_line(cx.message, name) {
            let v = cx.text(field.value);
            for p in params_with_bws(name, v) {
                let Some((a, b)) = p.bws else { continue };
                let param = cx.quote(field.value.sub(p.name.0, p.value.1));
                let fixed = format!(
                    "{}={}",
                    cx.quote(field.value.sub(p.name.0, p.name.1)),
                    cx.quote(field.value.sub(p.value.0, p.value.1))
                );
                cx.report(AuthParamWhitespace, field.value.sub(a, b), format!("{} has whitespace around \"=\" in {param}", name.name()))
                    .help(format!("Write {fixed}"));
            }
        }
    }
}
