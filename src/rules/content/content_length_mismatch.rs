use crate::context::Context;
use crate::fields::content_length::{self, ContentLength};
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message whose content does not have as many octets as its Content-Length says:
    /// the input ends first, or data that does not start a message follows the announced
    /// length. The span is the Content-Length value, labelled with the content or the
    /// extra data.
    ///
    /// ## Why
    /// > As a result, a sender MUST NOT forward a message with a Content-Length header field
    /// > value that is known to be incorrect.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 3
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// Too few octets: "If the sender closes the connection or the recipient times out
    /// before the indicated number of octets are received, the recipient MUST consider the
    /// message to be incomplete and close the connection" (RFC 9112 §6.3). Too many: the
    /// rest is read as the start of the next message, the basis of request smuggling and
    /// response splitting.
    ///
    /// In pasted text without CRs (line endings `auto`), a line break in the content may
    /// have been one octet (LF) or two (CRLF) when it was sent. wirelint tries both and
    /// keeps the count that ends where the input ends or another message starts; the
    /// message says which count it used. Choose strict line endings to count exact bytes.
    /// When only the header section was pasted, the content is simply missing. A request
    /// with `Expect: 100-continue` may also end after its header section, or be followed
    /// right away by its response: its client waits for 100 (Continue) before sending the
    /// content, and the server may answer first (RFC 9110 §10.1.1).
    pub ContentLengthMismatch {
        id: "content-length-mismatch",
        section: spec::RFC9110_8_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Framing::ContentLength(n) = m.body.framing else { return };
    let Some(cl) = m.fields_named(KnownField::ContentLength).find(|f| {
        matches!(
            content_length::parse(cx.text(f.value)),
            ContentLength::Valid(_) | ContentLength::RepeatedList(_)
        )
    }) else {
        return;
    };
    let body = m.body.span;
    let raw = body.len() as u64;
    let lf = cx.lf_as_crlf();
    let lfs = if lf { cx.text(body).iter().filter(|&&b| b == b'\n').count() as u64 } else { 0 };
    if !m.body.complete {
        // Pasted text that ends right after the header section is a header section
        // copied on its own (as DevTools shows it), not a message cut short.
        if lf && raw == 0 {
            return;
        }
        // A client that sends `Expect: 100-continue` waits for 100 (Continue) before
        // sending the content (RFC 9110 §10.1.1): a request that ends after its header
        // section, or is answered right after it, is where such a client stands, not a
        // message cut short.
        if raw == 0 && awaits_continue(cx) {
            return;
        }
        let counted = if lf && lfs > 0 {
            format!("{raw} octets of content ({} counting each line break as CRLF)", raw + lfs)
        } else {
            format!("{raw} octets of content")
        };
        cx.report(ContentLengthMismatch, cl.value, format!("Content-Length is {n} but the input ends after {counted}"))
            .label(body, "content")
            .help("Send exactly as many octets of content as Content-Length says (if only the header section was pasted, the content is missing)");
        return;
    }
    let Some(excess) = m.body.excess else { return };
    let extra = excess.len();
    let reading = if !lf || lfs == 0 {
        String::new()
    } else if raw == n {
        " (line breaks in the content counted as LF, one octet each)".to_string()
    } else {
        " (line breaks in the content counted as CRLF, two octets each)".to_string()
    };
    let hint = cx.length_hint(body.to(excess));
    cx.report(ContentLengthMismatch, cl.value, format!("Content-Length is {n} but {extra} more octets follow the content{reading}"))
        .label(excess, "after the content")
        .help(format!("Send {hint} to cover all the content, or remove the extra data"));
}

/// True for a request with a `100-continue` expectation.
fn awaits_continue(cx: &Context<'_>) -> bool {
    cx.message.is_request()
        && cx
            .message
            .fields_named(KnownField::Expect)
            .any(|f| list_contains(cx.text(f.value), b"100-continue"))
}
