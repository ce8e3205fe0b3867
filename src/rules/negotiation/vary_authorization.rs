use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// `Authorization` listed in Vary. The span is the name.
    ///
    /// ## Why
    /// > There is no need to send the Authorization field name in Vary because reuse of
    /// > that response for a different user is prohibited by the field definition
    /// > (Section 11.6.2).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding, Authorization
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Shared caches do not reuse a response to an authenticated request unless it says
    /// they may (RFC 9111 §3.5); listing Authorization only splits the cache key further.
    pub VaryAuthorization {
        id: "vary-authorization",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::vary_lists(
        cx,
        VaryAuthorization,
        b"authorization",
        "Vary lists Authorization, which it does not need",
        "Leave Authorization out of Vary",
    );
}
