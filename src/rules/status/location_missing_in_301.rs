use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 301 (Moved Permanently) response without a Location header field. The span is
    /// empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server SHOULD generate a Location header field in the response containing a
    /// > preferred URI reference for the new permanent URI.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 301 Moved Permanently
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 301 Moved Permanently
    /// Location: https://example.com/new
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Without Location a user agent cannot follow the redirect; it shows the content, if
    /// any.
    pub LocationMissingIn301 {
        id: "location-missing-in-301",
        section: spec::RFC9110_15_4_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        LocationMissingIn301,
        301,
        KnownField::Location,
        "Send the new URI, e.g. Location: https://example.com/new",
    );
}
