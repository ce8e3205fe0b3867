use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, vary};
use crate::finding::Severity;
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
    for field in single_line(cx.message, KnownField::Vary) {
        let v = cx.text(field.value);
        for m in vary::members(v).filter_map(Result::ok) {
            if !m.text(v).eq_ignore_ascii_case(b"authorization") {
                continue;
            }
            cx.report(VaryAuthorization, field.value.sub(m.start, m.end), "Vary lists Authorization, which it does not need")
                .help("Leave Authorization out of Vary");
        }
    }
}
