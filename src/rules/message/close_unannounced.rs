use crate::context::Context;
use crate::fields;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::{Framing, Version};
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An HTTP/1.1 response whose content ends only when the server closes the connection
    /// (neither Content-Length nor a final chunked coding), without `Connection: close`.
    /// The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > A sender SHOULD send a Connection header field (Section 7.6.1 of [HTTP]) containing
    /// > the "close" connection option when it intends to close a connection.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    /// or, if the length cannot be known, `Connection: close` (and `response-close-delimited`
    /// still suggests chunked).
    ///
    /// ## Notes
    /// An HTTP/1.1 connection is persistent unless one side says `close`; a server that
    /// delimits content by closing has to close, and should say so. HTTP/1.0 responses
    /// close by default and are not reported.
    pub CloseUnannounced {
        id: "close-unannounced",
        section: spec::RFC9112_9_6,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_response() || m.body.span.is_empty() {
        return;
    }
    if !matches!(m.body.framing, Framing::UntilClose | Framing::TransferEncodingNotChunked) {
        return;
    }
    if m.version.is_none_or(|v| v < Version::HTTP_1_1) {
        return;
    }
    let closes = m
        .fields_named(KnownField::Connection)
        .any(|f| fields::list_find(cx.text(f.value), b"close").is_some());
    if closes {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    cx.report(CloseUnannounced, Span { start: at, end: at }, "Response ends by closing the connection but does not send Connection: close")
        .label(m.body.span, "content delimited by the close")
        .help("Send Content-Length or Transfer-Encoding: chunked, or else Connection: close");
}
