use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{auth, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A WWW-Authenticate or Proxy-Authenticate value that is not a list of challenges:
    /// parameters before any scheme, a parameter after a token68, a tab or comma where
    /// the space after the scheme belongs, a value that is neither token nor quoted
    /// string, an unterminated quoted string. The span is where the value stops matching.
    ///
    /// ## Why
    /// > challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Basic, realm="simple"
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
    /// `auth-param = token BWS "=" BWS ( token / quoted-string )` and `token68` is a
    /// base64-like string (RFC 9110 §11.2). A user agent that cannot parse the challenges
    /// cannot authenticate.
    pub ChallengeInvalid {
        id: "challenge-invalid",
        section: spec::RFC9110_11_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::WWWAuthenticate, KnownField::ProxyAuthenticate] {
        for field in single_line(cx.message, name) {
            let (_, Some(err)) = auth::challenges(cx.text(field.value)) else { continue };
            let shown = cx.quote(field.value);
            cx.report(ChallengeInvalid, field.value.sub(err.start, err.end), format!("{} \"{shown}\" is not a list of challenges: expected {}", name.name(), err.expected))
                .help("Send each challenge as a scheme, a space, then name=\"value\" parameters separated by commas");
        }
    }
}
