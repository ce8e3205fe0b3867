use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Referer value that is not a URI: a space or other character that must be
    /// percent-encoded, a malformed `%` escape, an invalid scheme or port. The span is the
    /// offending characters. A fragment is reported by `referer-fragment`.
    ///
    /// ## Why
    /// > Referer = absolute-URI / partial-URI
    ///
    /// ## Example
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: http://www.example.org/search?q=http semantics
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: http://www.example.org/search?q=http%20semantics
    /// ```
    pub RefererInvalid {
        id: "referer-invalid",
        section: spec::RFC9110_10_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Referer) {
        let Err(err) = uri::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(RefererInvalid, field.value.sub(err.start, err.end), format!("Referer \"{shown}\" is not a URI: expected {}", err.expected))
            .help("Percent-encode characters that URIs do not allow, e.g. a space as %20");
    }
}
