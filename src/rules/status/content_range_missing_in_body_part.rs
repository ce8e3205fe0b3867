use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A body part of a 206 (Partial Content) `multipart/byteranges` response without a
    /// Content-Range field. Read only when the body is one contiguous span of the input
    /// (not chunked). The span is empty, at the end of the part's header area.
    ///
    /// ## Why
    /// > Within the header area of each body part in the multipart content, the server MUST
    /// > generate a Content-Range header field corresponding to the range being enclosed in
    /// > that body part.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges; boundary=SEP
    ///
    /// --SEP
    /// Content-Type: text/plain
    ///
    /// hello
    /// --SEP
    /// Content-Type: text/plain
    /// Content-Range: bytes 90-99/100
    ///
    /// abcdefghij
    /// --SEP--
    /// ```
    pub ContentRangeMissingInBodyPart {
        id: "content-range-missing-in-body-part",
        section: spec::RFC9110_15_3_7_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) {
        return;
    }
    let Some((body, multipart)) = exchange::byterange_parts(cx.input, m) else {
        return;
    };
    let content = cx.text(body);
    for (n, part) in multipart.parts.iter().enumerate() {
        if part.field(content, "content-range").is_some() {
            continue;
        }
        let at = part.fields.last().map_or(part.delimiter.1, |f| f.line.1);
        let at = body.start as usize + at;
        let delimiter = body.sub(part.delimiter.0, part.delimiter.1);
        cx.report(
            ContentRangeMissingInBodyPart,
            Span::empty(at),
            format!("Body part {} of the multipart/byteranges content has no Content-Range", n + 1),
        )
        .label(delimiter, "body part")
        .help("Give each body part a Content-Range, e.g. Content-Range: bytes 0-499/1234");
    }
}
