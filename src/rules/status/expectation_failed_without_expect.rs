use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 417 (Expectation Failed) response to a request without an Expect header field.
    /// Needs the request in the input.
    ///
    /// ## Why
    /// > The 417 (Expectation Failed) status code indicates that the expectation given in
    /// > the request's Expect header field (Section 10.1.1) could not be met by at least
    /// > one of the inbound servers.
    ///
    /// ## Example
    /// ```http
    /// PUT /video HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    ///
    /// HTTP/1.1 417 Expectation Failed
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A client retries a 417 without its expectation; with none to drop, it cannot
    /// recover.
    pub ExpectationFailedWithoutExpect {
        id: "expectation-failed-without-expect",
        section: spec::RFC9110_15_5_18,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::status_without_request_field(
        cx,
        ExpectationFailedWithoutExpect,
        417,
        KnownField::Expect,
        "Answer with the status that describes the actual problem, such as 400 or 413",
    );
}
