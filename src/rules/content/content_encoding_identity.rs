use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{coding, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// `identity` listed in Content-Encoding. The span is the coding.
    ///
    /// ## Why
    /// > Note that the coding named "identity" is reserved for its special role in
    /// > Accept-Encoding and thus SHOULD NOT be included.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: identity
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Content without a coding has no Content-Encoding field at all.
    pub ContentEncodingIdentity {
        id: "content-encoding-identity",
        section: spec::RFC9110_8_4,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentEncoding) {
        let v = cx.text(field.value);
        for (a, b) in coding::content_encoding(v).filter_map(Result::ok) {
            if !v.get(a..b).is_some_and(|c| c.eq_ignore_ascii_case(b"identity")) {
                continue;
            }
            cx.report(ContentEncodingIdentity, field.value.sub(a, b), "Content-Encoding lists \"identity\"")
                .help("Leave identity out; send no Content-Encoding when no coding was applied");
        }
    }
}
