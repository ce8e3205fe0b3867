use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{auth, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A WWW-Authenticate or Proxy-Authenticate field line holding more than one
    /// challenge. The span runs from the second challenge to the end of the line's last.
    ///
    /// ## Why
    /// > Some user agents do not recognize this form, however. As a result, sending a
    /// > WWW-Authenticate field value with more than one member on the same field line
    /// > might not be interoperable.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="simple", Newauth realm="apps", type=1
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic realm="simple"
    /// WWW-Authenticate: Newauth realm="apps", type=1
    /// Content-Length: 0
    /// ```
    pub WwwAuthenticateMultipleChallenges {
        id: "www-authenticate-multiple-challenges",
        section: spec::RFC9110_11_6_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::WWWAuthenticate, KnownField::ProxyAuthenticate] {
        for field in single_line(cx.message, name) {
            let (challenges, _) = auth::challenges(cx.text(field.value));
            let (Some(second), Some(last)) = (challenges.get(1), challenges.last()) else { continue };
            let n = challenges.len();
            cx.report(WwwAuthenticateMultipleChallenges, field.value.sub(second.span.0, last.span.1), format!("{} holds {n} challenges on one line", name.name()))
                .help(format!("Send each challenge in its own {} field line", name.name()));
        }
    }
}
