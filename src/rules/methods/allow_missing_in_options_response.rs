use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to OPTIONS that advertises no optional features: no Allow, and none
    /// of the fields other specifications use for it (Access-Control-Allow-*, DAV,
    /// Accept-Patch, Accept-Post). Needs the request in the input. The span is empty, at
    /// the end of the header section.
    ///
    /// ## Why
    /// > A server generating a successful response to OPTIONS SHOULD send any header that
    /// > might indicate optional features implemented by the server and applicable to the
    /// > target resource (e.g., Allow), including potential extensions not defined by this
    /// > specification.
    ///
    /// ## Example
    /// ```http
    /// OPTIONS /items HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 204 No Content
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// OPTIONS /items HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 204 No Content
    /// Allow: GET, HEAD, POST, OPTIONS
    ///
    /// ```
    pub AllowMissingInOptionsResponse {
        id: "allow-missing-in-options-response",
        section: spec::RFC9110_9_3_7,
        severity: Severity::Warning,
    }
}

/// Fields that advertise features, besides Allow.
fn advertises(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with(b"access-control-allow-")
        || matches!(lower.as_slice(), b"dav" | b"accept-patch" | b"accept-post")
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(code) = exchange::status(m).filter(|c| (200..300).contains(c)) else {
        return;
    };
    if !exchange::method_is(cx.input, request, "OPTIONS") || m.has(KnownField::Allow) {
        return;
    }
    if m.fields.iter().any(|f| advertises(cx.text(f.name))) {
        return;
    }
    cx.report(
        AllowMissingInOptionsResponse,
        exchange::missing_field_span(m),
        format!("{} response to OPTIONS has no Allow header field", exchange::status_name(code)),
    )
    .label(exchange::method_span(request), "OPTIONS request")
    .help("List the methods the resource supports, e.g. Allow: GET, HEAD, POST, OPTIONS");
}
