use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 308 (Permanent Redirect) response without a Location header field. The span is
    /// empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server SHOULD generate a Location header field in the response containing a
    /// > preferred URI reference for the new permanent URI.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 308 Permanent Redirect
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 308 Permanent Redirect
    /// Location: https://example.com/v2/items
    /// Content-Length: 0
    ///
    /// ```
    pub LocationMissingIn308 {
        id: "location-missing-in-308",
        section: spec::RFC9110_15_4_9,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        LocationMissingIn308,
        308,
        KnownField::Location,
        "Send the new URI, e.g. Location: https://example.com/v2/items",
    );
}
