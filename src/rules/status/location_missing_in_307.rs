use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 307 (Temporary Redirect) response without a Location header field. The span is
    /// empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server SHOULD generate a Location header field in the response containing a URI
    /// > reference for the different URI.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 307 Temporary Redirect
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 307 Temporary Redirect
    /// Location: https://eu.example.com/upload
    /// Content-Length: 0
    ///
    /// ```
    pub LocationMissingIn307 {
        id: "location-missing-in-307",
        section: spec::RFC9110_15_4_8,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        LocationMissingIn307,
        307,
        KnownField::Location,
        "Send the temporary URI, e.g. Location: https://eu.example.com/upload",
    );
}
