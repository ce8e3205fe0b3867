use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 401 (Unauthorized) response without a WWW-Authenticate header field, or with
    /// only empty ones. The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server generating a 401 response MUST send a WWW-Authenticate header field
    /// > (Section 11.6.1) containing at least one challenge applicable to the target
    /// > resource.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 401 Unauthorized
    /// WWW-Authenticate: Bearer realm="api"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Without a challenge the client cannot know how to authenticate. An application that
    /// rejects a login form without offering HTTP authentication answers 403 or 400 instead.
    pub WwwAuthenticateMissingIn401 {
        id: "www-authenticate-missing-in-401",
        section: spec::RFC9110_15_5_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        WwwAuthenticateMissingIn401,
        401,
        KnownField::WWWAuthenticate,
        "Send a challenge, e.g. WWW-Authenticate: Bearer realm=\"api\"",
    );
}
