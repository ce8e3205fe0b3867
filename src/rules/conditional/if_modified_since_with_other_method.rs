use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// If-Modified-Since in a request whose method is neither GET nor HEAD. The span is
    /// the field line; a label marks the method.
    ///
    /// ## Why
    /// > A recipient MUST ignore the If-Modified-Since header field if the received field
    /// > value is not a valid HTTP-date, the field value has more than one member, or if
    /// > the request method is neither GET nor HEAD.
    ///
    /// ## Example
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-Modified-Since: Sat, 29 Oct 1994 19:43:31 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-Unmodified-Since: Sat, 29 Oct 1994 19:43:31 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A client that meant to protect a write against lost updates gets no protection:
    /// the condition is dropped and the method performed. If-Unmodified-Since (or
    /// If-Match) is the precondition for state-changing methods.
    pub IfModifiedSinceWithOtherMethod {
        id: "if-modified-since-with-other-method",
        section: spec::RFC9110_13_1_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::field_with_other_method(
        cx,
        IfModifiedSinceWithOtherMethod,
        KnownField::IfModifiedSince,
        &["GET", "HEAD"],
        "it applies only to GET and HEAD",
        "Use If-Unmodified-Since or If-Match to make a state-changing request conditional",
    );
}
