use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 303 (See Other) response without a Location header field. The span is empty, at
    /// the end of the header section.
    ///
    /// ## Why
    /// > The 303 (See Other) status code indicates that the server is redirecting the user
    /// > agent to a different resource, as indicated by a URI in the Location header field,
    /// > which is intended to provide an indirect response to the original request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 303 See Other
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 303 See Other
    /// Location: /orders/17
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Unlike 301, 302, 307 and 308, whose Location is a SHOULD, 303 is defined by its
    /// Location: without one the response points nowhere, hence an error.
    pub LocationMissingIn303 {
        id: "location-missing-in-303",
        section: spec::RFC9110_15_4_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        LocationMissingIn303,
        303,
        KnownField::Location,
        "Send the URI of the result, e.g. Location: /orders/17",
    );
}
