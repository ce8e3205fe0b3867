use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::fields::media_type;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An OPTIONS request with content but no Content-Type, or with a Content-Type that is
    /// not a media type (`type/subtype`). A missing field is reported at the end of the
    /// header section.
    ///
    /// ## Why
    /// > A client that generates an OPTIONS request containing content MUST send a valid
    /// > Content-Type header field describing the representation media type.
    ///
    /// ## Example
    /// ```http
    /// OPTIONS /api HTTP/1.1
    /// Host: example.com
    /// Content-Length: 2
    ///
    /// {}
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// OPTIONS /api HTTP/1.1
    /// Host: example.com
    /// Content-Type: application/json
    /// Content-Length: 2
    ///
    /// {}
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 defines no use for content in an OPTIONS request; most clients send none.
    pub ContentTypeMissingInOptionsRequest {
        id: "content-type-missing-in-options-request",
        section: spec::RFC9110_9_3_7,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !exchange::method_is(cx.input, m, "OPTIONS") || !exchange::has_content(m) {
        return;
    }
    let what = exchange::describe_content(m);
    let Some(field) = m.field(KnownField::ContentType) else {
        cx.report(
            ContentTypeMissingInOptionsRequest,
            exchange::missing_field_span(m),
            format!("OPTIONS request has {what} but no Content-Type header field"),
        )
        .label(exchange::content_span(m), "content")
        .help("Describe the content with Content-Type, e.g. Content-Type: application/json, or send no content");
        return;
    };
    if media_type::parse(cx.text(field.value)).is_ok() {
        return;
    }
    let shown = cx.quote(field.value);
    cx.report(
        ContentTypeMissingInOptionsRequest,
        field.value,
        format!("OPTIONS request has {what} but Content-Type \"{shown}\" is not a media type"),
    )
    .help("Write the media type as type/subtype, e.g. Content-Type: application/json");
}
