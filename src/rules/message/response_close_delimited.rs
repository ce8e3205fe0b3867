use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response with content whose end is marked only by the server closing the
    /// connection: it has neither Content-Length nor Transfer-Encoding (the span is empty,
    /// at the end of the header section), or a Transfer-Encoding whose final coding is not
    /// chunked (the span is that coding).
    ///
    /// ## Why
    /// > Since there is no way to distinguish a successfully completed, close-delimited
    /// > response message from a partially received message interrupted by network failure,
    /// > a server SHOULD generate encoding or length-delimited messages whenever possible.
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
    ///
    /// ## Notes
    /// A close-delimited response also ends the connection, so it cannot be reused. "The
    /// close-delimiting feature exists primarily for backwards compatibility with HTTP/1.0."
    pub ResponseCloseDelimited {
        id: "response-close-delimited",
        section: spec::RFC9112_6_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_response() || m.body.span.is_empty() {
        return;
    }
    let n = m.body.span.len();
    match m.body.framing {
        Framing::UntilClose => {
            let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
            let hint = cx.length_hint(m.body.span);
            cx.report(ResponseCloseDelimited, Span { start: at, end: at }, format!("Response has {n} octets of content but neither Content-Length nor Transfer-Encoding: only closing the connection ends it"))
                .label(m.body.span, "content")
                .help(format!("Send {hint}, or Transfer-Encoding: chunked"));
        }
        Framing::TransferEncodingNotChunked => {
            let Some(te) = m.fields_named(KnownField::TransferEncoding).last() else { return };
            cx.report(ResponseCloseDelimited, te.value, format!("Transfer-Encoding \"{}\" does not end in chunked: only closing the connection ends the content", cx.quote(te.value)))
                .label(m.body.span, "content")
                .help("Apply chunked as the final transfer coding");
        }
        _ => {}
    }
}
