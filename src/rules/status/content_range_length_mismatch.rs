use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::ContentRange;
use crate::finding::Severity;
use crate::parse::message::Framing;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A single-part 206 (Partial Content) response whose content length (Content-Length,
    /// or the chunk sizes of a complete chunked body) differs from the number of bytes its
    /// Content-Range encloses (`last - first + 1`).
    ///
    /// ## Why
    /// > If a single part is being transferred, the server generating the 206 response
    /// > MUST generate a Content-Range header field, describing what range of the selected
    /// > representation is enclosed, and a content consisting of the range.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-499/1234
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A client stores the content at the offsets Content-Range gives; with the wrong
    /// length it corrupts its copy.
    pub ContentRangeLengthMismatch {
        id: "content-range-length-mismatch",
        section: spec::RFC9110_15_3_7_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) {
        return;
    }
    // Only an explicit length counts: a response to HEAD has none, and a body running to
    // the end of the input may have been cut when pasted.
    let explicit = match m.body.framing {
        Framing::ContentLength(_) => true,
        Framing::Chunked => m.body.complete,
        _ => false,
    };
    if !explicit {
        return;
    }
    let Some(octets) = exchange::content_octets(m) else { return };
    let Some((span, parsed)) = exchange::content_range(cx.input, m) else { return };
    let ContentRange::Range { .. } = parsed.range else { return };
    let Some(enclosed) = parsed.range.length().filter(|&n| n != octets) else {
        return;
    };
    if !parsed.is_bytes(cx.text(span)) {
        return;
    }
    let shown = cx.quote(span);
    cx.report(
        ContentRangeLengthMismatch,
        span,
        format!("Content-Range {shown} encloses {enclosed} octets but the content has {octets}"),
    )
    .label(exchange::content_span(m), "content")
    .help("Make the content exactly the range that Content-Range describes");
}
