use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP/1.0 message with a Transfer-Encoding field.
    ///
    /// ## Why
    /// > A server or client that receives an HTTP/1.0 message containing a
    /// > Transfer-Encoding header field MUST treat the message as if the framing is faulty,
    /// > even if a Content-Length is present, and close the connection after processing the
    /// > message.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.0 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// Send HTTP/1.1, or frame an HTTP/1.0 message with Content-Length (or by closing the
    /// connection).
    ///
    /// ## Notes
    /// Transfer-Encoding was added in HTTP/1.1: "an HTTP/1.0 message received with a
    /// Transfer-Encoding is likely to have been forwarded without proper handling of the
    /// chunked transfer coding in transit."
    pub TransferEncodingInHttp10 {
        id: "transfer-encoding-in-http10",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if m.version != Some(Version::HTTP_1_0) {
        return;
    }
    let Some(te) = m.field(KnownField::TransferEncoding) else { return };
    let version = m.version_span().unwrap_or(m.start_line_span);
    cx.report(TransferEncodingInHttp10, te.line, "HTTP/1.0 message has Transfer-Encoding, which recipients must treat as faulty framing")
        .label(version, "HTTP/1.0")
        .help("Send HTTP/1.1 with Transfer-Encoding, or frame the HTTP/1.0 message with Content-Length");
}
