use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request with Transfer-Encoding whose final transfer coding is not `chunked`
    /// (`Transfer-Encoding: gzip`, or `chunked, gzip`). The span is the final coding (or the
    /// empty value of an empty Transfer-Encoding).
    ///
    /// ## Why
    /// > If any transfer coding other than chunked is applied to a request's content, the
    /// > sender MUST apply chunked as the final transfer coding to ensure that the message is
    /// > properly framed.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: gzip
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: gzip, chunked
    /// ```
    ///
    /// ## Notes
    /// The server cannot tell where such a request ends: it "MUST respond with the 400
    /// (Bad Request) status code and then close the connection" (RFC 9112 §6.3). A response
    /// may instead end by closing the connection; that is `response-close-delimited`.
    pub ChunkedNotFinal {
        id: "chunked-not-final",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() {
        return;
    }
    let mut last: Option<(Span, bool)> = None;
    for field in m.fields_named(KnownField::TransferEncoding) {
        let value = cx.text(field.value);
        match transfer_encoding::codings(value).last() {
            Some(c) => last = Some((field.value.sub(c.start, c.end), c.is_chunked(value))),
            None => last = last.or(Some((field.value, false))),
        }
    }
    let Some((span, chunked)) = last else { return };
    if chunked {
        return;
    }
    let message = if span.is_empty() {
        "Request has an empty Transfer-Encoding: its body cannot be framed".to_string()
    } else {
        format!("Request's final transfer coding is \"{}\", not chunked: its body cannot be framed", cx.quote(span))
    };
    cx.report(ChunkedNotFinal, span, message)
        .help("Apply chunked last, e.g. Transfer-Encoding: gzip, chunked");
}
