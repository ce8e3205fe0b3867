use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Location value that is neither an absolute URI nor a partial URI
    /// (a relative reference without a fragment): a space or other character that must be
    /// percent-encoded, a malformed `%` escape, an invalid scheme or port, or a
    /// `#fragment`. The span is the offending characters.
    ///
    /// ## Why
    /// > Content-Location = absolute-URI / partial-URI
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Location: /docs/my page.html
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Location: /docs/my%20page.html
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The grammar comes from RFC 3986: non-ASCII characters are percent-encoded as UTF-8
    /// octets.
    pub ContentLocationInvalid {
        id: "content-location-invalid",
        section: spec::RFC9110_8_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentLocation) {
        let v = cx.text(field.value);
        let shown = cx.quote(field.value);
        match uri::parse(v) {
            Err(err) => {
                cx.report(ContentLocationInvalid, field.value.sub(err.start, err.end), format!("Content-Location \"{shown}\" is not a URI: expected {}", err.expected))
                    .help("Percent-encode characters that URIs do not allow, e.g. a space as %20");
            }
            Ok(u) => {
                let Some((a, b)) = u.fragment else { continue };
                cx.report(ContentLocationInvalid, field.value.sub(a, b), format!("Content-Location \"{shown}\" has a fragment, which it cannot carry"))
                    .help("Drop the #fragment: Content-Location identifies a whole resource");
            }
        }
    }
}
