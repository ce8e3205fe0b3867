use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Range header field in a request whose method is not GET (HEAD, POST, PUT…). The
    /// span is the field line; a label marks the method.
    ///
    /// ## Why
    /// > A server MUST ignore a Range header field received with a request method that is
    /// > unrecognized or for which range handling is not defined. For this specification,
    /// > GET is the only method for which range handling is defined.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-499
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A server that answers such a request with 206 anyway is `range-response-to-non-get`.
    /// To write part of a resource, some servers accept Content-Range on PUT (RFC 9110
    /// §14.5) or a PATCH format.
    pub RangeWithOtherMethod {
        id: "range-with-other-method",
        section: spec::RFC9110_14_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::field_with_other_method(
        cx,
        RangeWithOtherMethod,
        KnownField::Range,
        &["GET"],
        "range handling is defined only for GET",
        "Send Range only with GET",
    );
}
