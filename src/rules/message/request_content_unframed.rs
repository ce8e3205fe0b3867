use crate::context::Context;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request followed by content although it has neither Content-Length nor
    /// Transfer-Encoding. Such a request has no content (RFC 9112 §6.3): what follows its
    /// header section is read as the next request. The span is that content.
    ///
    /// ## Why
    /// > A user agent that sends a request that contains a message body MUST send either a
    /// > valid Content-Length header field or use the chunked transfer coding.
    ///
    /// ## Example
    /// ```http
    /// POST /api HTTP/1.1
    /// Host: example.com
    /// Content-Type: application/json
    ///
    /// {"a": 1}
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /api HTTP/1.1
    /// Host: example.com
    /// Content-Type: application/json
    /// Content-Length: 8
    ///
    /// {"a": 1}
    /// ```
    pub RequestContentUnframed {
        id: "request-content-unframed",
        section: spec::RFC9112_6_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() || m.body.framing != Framing::Zero {
        return;
    }
    let Some(excess) = m.body.excess else { return };
    let n = excess.len();
    let help = format!("Send {}, or use Transfer-Encoding: chunked", cx.length_hint(excess));
    cx.report(RequestContentUnframed, excess, format!("Request has {n} octets of content but neither Content-Length nor Transfer-Encoding: \"{}\"", cx.quote(excess)))
        .help(help);
}
