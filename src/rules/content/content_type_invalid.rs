use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{media_type, single_line, tokens};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Type value that is not a media type: no `/`, a missing subtype,
    /// characters outside tokens, a list of types, or a parameter without `=value`. The
    /// span is where the value stops matching the grammar.
    ///
    /// ## Why
    /// > media-type = type "/" subtype parameters
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html charset=utf-8
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html; charset=utf-8
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A recipient that cannot parse the type may sniff the content instead, with the
    /// security risks RFC 9110 §8.3 describes. Whitespace around a parameter's `=` is
    /// reported by `parameter-whitespace`.
    pub ContentTypeInvalid {
        id: "content-type-invalid",
        section: spec::RFC9110_8_3_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentType) {
        let v = cx.text(field.value);
        let Err(err) = media_type::parse(v) else { continue };
        if tokens::parameter_whitespace(v, &err).is_some() {
            continue;
        }
        let shown = cx.quote(field.value);
        cx.report(ContentTypeInvalid, field.value.sub(err.start, err.end), format!("Content-Type \"{shown}\" is not a media type: expected {}", err.expected))
            .help("Send type/subtype and then ;name=value parameters, e.g. text/html; charset=utf-8");
    }
}
