use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A connection option that names a field meant for every recipient of the message:
    /// Cache-Control, Expires, Vary, the Content-* fields (Content-Type, Content-Length,
    /// Content-Encoding, Content-Language, Content-Location, Content-Range…), ETag,
    /// Last-Modified, Authorization or Host. The span is the option.
    ///
    /// ## Why
    /// > A sender MUST NOT send a connection option corresponding to a field that is
    /// > intended for all recipients of the content. For example, Cache-Control is never
    /// > appropriate as a connection option
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-store
    /// Connection: Cache-Control
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-store
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Every intermediary removes the fields that Connection names before forwarding the
    /// message (RFC 9110 §7.6.1), so the next recipient would lose them. The list covers
    /// fields about the content and its representation, caching, validators,
    /// credentials for the origin server, and Host; other fields are not judged.
    pub ConnectionOptionEndToEnd {
        id: "connection-option-end-to-end",
        section: spec::RFC9110_7_6_1,
        severity: Severity::Error,
    }
}

/// Fields whose definition makes them meaningful to every recipient of the message.
fn is_end_to_end(field: KnownField) -> bool {
    matches!(
        field,
        KnownField::Authorization
            | KnownField::CacheControl
            | KnownField::ContentDisposition
            | KnownField::ContentEncoding
            | KnownField::ContentLanguage
            | KnownField::ContentLength
            | KnownField::ContentLocation
            | KnownField::ContentMd5
            | KnownField::ContentRange
            | KnownField::ContentType
            | KnownField::ETag
            | KnownField::Expires
            | KnownField::Host
            | KnownField::LastModified
            | KnownField::Vary
    )
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Connection) {
        let value = cx.text(field.value);
        for element in list::elements(value) {
            let Some(known) = KnownField::lookup(element.text(value)) else {
                continue;
            };
            if !is_end_to_end(known) {
                continue;
            }
            let span = field.value.sub(element.start, element.end);
            let option = cx.quote(span);
            cx.report(
                ConnectionOptionEndToEnd,
                span,
                format!("Connection lists \"{option}\", but {} is meant for every recipient, not just the next hop", known.name()),
            )
            .help(format!("Remove {option} from Connection: intermediaries strip every field that Connection names"));
        }
    }
}
