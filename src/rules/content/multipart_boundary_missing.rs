use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{media_type, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A multipart Content-Type (`multipart/form-data`, `multipart/byteranges`…) without a
    /// `boundary` parameter. The span is the media type.
    ///
    /// ## Why
    /// > All multipart types share a common syntax, as defined in Section 5.1.1 of
    /// > [RFC2046], and include a boundary parameter as part of the media type value.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: www.example.com
    /// Content-Type: multipart/form-data
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: www.example.com
    /// Content-Type: multipart/form-data; boundary=AaB03x
    /// ```
    ///
    /// ## Notes
    /// RFC 2046 §5.1.1 makes the parameter required: without it the body parts cannot
    /// be told apart.
    pub MultipartBoundaryMissing {
        id: "multipart-boundary-missing",
        section: spec::RFC9110_8_3_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentType) {
        let v = cx.text(field.value);
        let Ok(m) = media_type::parse(v) else { continue };
        if !m.type_name(v).eq_ignore_ascii_case(b"multipart") || m.param(v, "boundary").is_some() {
            continue;
        }
        let span = field.value.sub(m.type_.0, m.subtype.1);
        let shown = cx.quote(span);
        cx.report(MultipartBoundaryMissing, span, format!("{shown} has no boundary parameter"))
            .help(format!("Send {shown}; boundary=… with the delimiter the body parts use"));
    }
}
