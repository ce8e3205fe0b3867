use crate::context::Context;
use crate::fields::auth::{self, AuthParam};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `realm` auth-param whose value is a token instead of a quoted string
    /// (`realm=example`), in a challenge or in credentials. The span is the value.
    ///
    /// ## Why
    /// > For historical reasons, a sender MUST only generate the quoted-string syntax.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm=simple
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
    /// Recipients might have to accept both forms, but deployed clients that only parse
    /// the quoted form fail on a token.
    pub RealmUnquoted {
        id: "realm-unquoted",
        section: spec::RFC9110_11_5,
        severity: Severity::Error,
    }
}

fn report(cx: &mut Context<'_>, value: Span, v: &[u8], params: &[AuthParam]) {
    for p in params {
        if p.quoted || !p.name(v).eq_ignore_ascii_case(b"realm") {
            continue;
        }
        let span = value.sub(p.value.0, p.value.1);
        let shown = cx.quote(span);
        cx.report(RealmUnquoted, span, format!("realm={shown} is not a quoted string"))
            .help(format!("Write realm=\"{shown}\""));
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    for field in m.fields.iter().filter(|f| !f.folded) {
        // The realm belongs to challenges and credentials, not to Authentication-Info.
        let Some(known) = field.known.filter(|k| {
            !matches!(
                k,
                KnownField::AuthenticationInfo | KnownField::ProxyAuthenticationInfo
            )
        }) else {
            continue;
        };
        let v = field.value.slice(input);
        for params in auth::param_groups(known, v) {
            report(cx, field.value, v, &params);
        }
    }
}
