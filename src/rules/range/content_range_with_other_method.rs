use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Range header field in a request whose method is not PUT. The span is the
    /// field line; a label marks the method.
    ///
    /// ## Why
    /// > A server MUST ignore a Content-Range header field received in a request with a
    /// > method for which Content-Range support is not defined.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Content-Range: bytes 0-4/10
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 only describes Content-Range in a request for a partial PUT (§14.5), and
    /// even that depends on "private agreements between client and origin server". A
    /// client that sends a part with POST gets it stored, or processed, as a whole.
    /// PATCH with a patch format is the interoperable way to update part of a resource.
    pub ContentRangeWithOtherMethod {
        id: "content-range-with-other-method",
        section: spec::RFC9110_14_4,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::field_with_other_method(
        cx,
        ContentRangeWithOtherMethod,
        KnownField::ContentRange,
        &["PUT"],
        "only a partial PUT defines it",
        "Remove Content-Range, or update part of a resource with PATCH",
    );
}
