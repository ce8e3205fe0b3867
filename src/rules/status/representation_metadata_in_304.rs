use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content-Type, Content-Encoding or Content-Language in a 304 (Not Modified)
    /// response: metadata of a representation the client already has. Each such field
    /// line is reported.
    ///
    /// ## Why
    /// > Since the goal of a 304 response is to minimize information transfer when the
    /// > recipient already has one or more cached representations, a sender SHOULD NOT
    /// > generate representation metadata other than the above listed fields unless said
    /// > metadata exists for the purpose of guiding cache updates (e.g., Last-Modified
    /// > might be useful if the response does not have an ETag field).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 304 Not Modified
    /// ETag: "v7"
    /// Content-Type: text/html
    ///
    /// ```
    ///
    /// ## Notes
    /// Last-Modified and Content-Length are left alone: the first can guide cache updates,
    /// and RFC 9110 §8.6 lets a 304 carry the second.
    pub RepresentationMetadataIn304 {
        id: "representation-metadata-in-304",
        section: spec::RFC9110_15_4_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(304) {
        return;
    }
    let metadata = [
        KnownField::ContentType,
        KnownField::ContentEncoding,
        KnownField::ContentLanguage,
    ];
    for field in m.fields.iter().filter(|f| f.known.is_some_and(|k| metadata.contains(&k))) {
        let name = cx.quote(field.name);
        cx.report(
            RepresentationMetadataIn304,
            field.line,
            format!("304 (Not Modified) response carries {name}, which the client already has"),
        )
        .help(format!("Leave {name} out of a 304"));
    }
}
