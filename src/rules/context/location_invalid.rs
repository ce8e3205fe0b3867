use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Location value that is not a URI reference: a space or other character that must
    /// be percent-encoded, a malformed `%` escape, an invalid scheme or port, a second `#`.
    /// The span is the offending characters.
    ///
    /// ## Why
    /// > Location = URI-reference
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 303 See Other
    /// Location: /People.html#tim smith
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 303 See Other
    /// Location: /People.html#tim%20smith
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Some recipients try to repair an invalid Location; RFC 9110 allows it but does not
    /// define how, so they disagree on where the redirect goes.
    pub LocationInvalid {
        id: "location-invalid",
        section: spec::RFC9110_10_2_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Location) {
        let Err(err) = uri::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(LocationInvalid, field.value.sub(err.start, err.end), format!("Location \"{shown}\" is not a URI reference: expected {}", err.expected))
            .help("Percent-encode characters that URIs do not allow, e.g. a space as %20 and é as %C3%A9");
    }
}
