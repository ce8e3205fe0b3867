use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Range header field in a 206 (Partial Content) response whose content is
    /// `multipart/byteranges`. Each part carries its own Content-Range instead.
    ///
    /// ## Why
    /// > To avoid confusion with single-part responses, a server MUST NOT generate a
    /// > Content-Range header field in the HTTP header section of a multiple part response
    /// > (this field will be sent in each part instead).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges; boundary=SEP
    /// Content-Range: bytes 0-9/100
    /// Content-Length: 0
    ///
    /// ```
    pub ContentRangeInMultipart206 {
        id: "content-range-in-multipart-206",
        section: spec::RFC9110_15_3_7_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) {
        return;
    }
    let Some((content_type, _)) = exchange::byteranges_type(cx.input, m) else {
        return;
    };
    for field in m.fields_named(KnownField::ContentRange) {
        cx.report(
            ContentRangeInMultipart206,
            field.line,
            "Content-Range in the header section of a multipart/byteranges response",
        )
        .label(content_type, "multipart content")
        .help("Remove this Content-Range; put one in the header area of each body part");
    }
}
