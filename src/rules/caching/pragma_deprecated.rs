use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Pragma header field. Pragma was defined for HTTP/1.0 caches and is deprecated;
    /// Cache-Control does its job. The span is the field name.
    ///
    /// ## Why
    /// > As a result, this specification deprecates Pragma.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Pragma: no-cache
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: no-cache
    /// ```
    ///
    /// ## Notes
    /// Clients that must still reach HTTP/1.0 caches send `Pragma: no-cache` next to
    /// `Cache-Control: no-cache`; that is harmless. In a response, Pragma has no specified
    /// meaning (`pragma-no-cache-in-response`).
    pub PragmaDeprecated {
        id: "pragma-deprecated",
        section: spec::RFC9111_5_4,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Pragma) {
        cx.report(PragmaDeprecated, field.name, "Pragma is deprecated")
            .help("Use Cache-Control (e.g. Cache-Control: no-cache) instead");
    }
}
