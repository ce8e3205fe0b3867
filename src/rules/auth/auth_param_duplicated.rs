use crate::context::Context;
use crate::fields::auth::{self, AuthParam};
use crate::fields::duplicates;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An auth-param name that occurs twice in one challenge, in one set of credentials,
    /// or in one Authentication-Info list (names compare case-insensitively). The span is
    /// the second name; a label marks the first.
    ///
    /// ## Why
    /// > Authentication parameters are name/value pairs, where the name token is matched
    /// > case-insensitively and each parameter name MUST only occur once per challenge.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="a", Realm="b"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="a", Basic realm="b"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Recipients disagree on which value wins. Two realms are two challenges.
    pub AuthParamDuplicated {
        id: "auth-param-duplicated",
        section: spec::RFC9110_11_2,
        severity: Severity::Error,
    }
}

fn report(cx: &mut Context<'_>, value: Span, v: &[u8], params: &[AuthParam]) {
    for (first, repeat) in duplicates(params, |p| p.name(v)) {
        let (Some(a), Some(b)) = (params.get(first), params.get(repeat)) else { continue };
        let span = value.sub(b.name.0, b.name.1);
        let name = cx.quote(span);
        cx.report(AuthParamDuplicated, span, format!("Auth-param \"{name}\" occurs twice in one challenge"))
            .label(value.sub(a.name.0, a.name.1), "first occurrence")
            .help("Send each parameter once; use a separate challenge for another value");
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    for field in &m.fields {
        if field.folded {
            continue;
        }
        let Some(known) = field.known else { continue };
        let v = field.value.slice(input);
        for params in auth::param_groups(known, v) {
            report(cx, field.value, v, &params);
        }
    }
}
