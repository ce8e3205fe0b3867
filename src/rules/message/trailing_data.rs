use crate::context::Context;
use crate::finding::Severity;
use crate::parse::message::{Framing, MessageKind};
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Data after the end of a message that does not start another message: after the last
    /// chunk and trailer section of a chunked body, or after a message without a start line.
    /// The span is that data. Other cases have their own rules: `content-length-mismatch`,
    /// `request-content-unframed`, and `content-in-*-response` for responses that cannot
    /// have content.
    ///
    /// ## Why
    /// > HTTP-message = start-line CRLF *( field-line CRLF ) CRLF [ message-body ]
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 0
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A recipient reads the data as the start of the next message on the connection. After
    /// a response, a client "MUST NOT process, cache, or forward such extra data as a
    /// separate response, since such behavior would be vulnerable to cache poisoning"
    /// (RFC 9112 §6.3).
    pub TrailingData {
        id: "trailing-data",
        section: spec::RFC9112_2_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(excess) = m.body.excess else { return };
    // The cases other rules explain better.
    match m.body.framing {
        Framing::ContentLength(_) | Framing::NoContent => return,
        Framing::Zero if m.kind == MessageKind::Request => return,
        _ => {}
    }
    let after = match m.body.framing {
        Framing::Chunked => "the end of the chunked body",
        Framing::Zero => "a header section with neither Content-Length nor Transfer-Encoding",
        _ => "the end of the message",
    };
    let n = excess.len();
    cx.report(TrailingData, excess, format!("{n} octets after {after} do not start a message: \"{}\"", cx.quote(excess)))
        .help("Remove the data, or frame it as part of the message");
}
