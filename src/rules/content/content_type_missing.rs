use crate::context::Context;
use crate::fields::content::has_content;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message with content but no Content-Type header field. The span is empty, at the
    /// end of the header section; a label marks the content.
    ///
    /// ## Why
    /// > A sender that generates a message containing content SHOULD generate a
    /// > Content-Type header field in that message unless the intended media type of the
    /// > enclosed representation is unknown to the sender.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain; charset=utf-8
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// Without it, recipients assume `application/octet-stream` or sniff the content,
    /// which risks drawing the wrong, sometimes unsafe, conclusion.
    pub ContentTypeMissing {
        id: "content-type-missing",
        section: spec::RFC9110_8_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !has_content(m) || m.has(KnownField::ContentType) {
        return;
    }
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    let body = m.body.span;
    let content = body.sub(0, body.len().min(20));
    cx.report(ContentTypeMissing, Span { start: at, end: at }, "Message has content but no Content-Type header field")
        .label(content, "content")
        .help("Send the media type of the content, e.g. Content-Type: text/html; charset=utf-8");
}
