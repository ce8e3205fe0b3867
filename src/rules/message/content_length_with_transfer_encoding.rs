use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message with both Content-Length and Transfer-Encoding. Transfer-Encoding wins,
    /// but a recipient that reads Content-Length instead sees a different message boundary:
    /// the classic request smuggling vector.
    ///
    /// ## Why
    /// > A sender MUST NOT send a Content-Length header field in any message that contains a
    /// > Transfer-Encoding header field.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Content-Length: 11
    /// Transfer-Encoding: chunked
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// Send only `Transfer-Encoding: chunked`, or only `Content-Length`.
    pub ContentLengthWithTransferEncoding {
        id: "content-length-with-transfer-encoding",
        section: spec::RFC9112_6_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(te) = m.field(KnownField::TransferEncoding) else { return };
    for cl in m.fields_named(KnownField::ContentLength) {
        let te_value = cx.quote(te.value);
        cx.report(
            ContentLengthWithTransferEncoding,
            cl.line,
            format!("Content-Length is sent together with Transfer-Encoding: {te_value}"),
        )
        .label(te.line, "Transfer-Encoding overrides Content-Length")
        .help("Remove Content-Length; the chunked coding already frames the body");
    }
}
