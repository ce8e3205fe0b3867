use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 405 (Method Not Allowed) response without an Allow header field. An empty Allow
    /// is fine: it says the resource allows no method at the moment. The span is empty, at
    /// the end of the header section.
    ///
    /// ## Why
    /// > The origin server MUST generate an Allow header field in a 405 response containing
    /// > a list of the target resource's currently supported methods.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 405 Method Not Allowed
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 405 Method Not Allowed
    /// Allow: GET, HEAD
    /// Content-Length: 0
    ///
    /// ```
    pub AllowMissingIn405 {
        id: "allow-missing-in-405",
        section: spec::RFC9110_15_5_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(405) || m.has(KnownField::Allow) {
        return;
    }
    let request = cx.request;
    let mut report = cx
        .report(
            AllowMissingIn405,
            exchange::missing_field_span(m),
            "405 (Method Not Allowed) response has no Allow header field",
        )
        .label(exchange::status_span(m), "status code");
    if let Some(request) = request {
        report = report.label(exchange::method_span(request), "rejected method");
    }
    report.help("List the methods the resource supports, e.g. Allow: GET, HEAD");
}
