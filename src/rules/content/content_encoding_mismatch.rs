use crate::context::Context;
use crate::fields::coding::{self, content_encoding};
use crate::fields::content::first_octets;
use crate::fields::known::KnownField;
use crate::fields::single_line;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content whose first octets cannot be the coding that Content-Encoding lists last
    /// (the one applied last): `gzip` content that does not start with the gzip signature
    /// `1F 8B`, `zstd` without its magic number, `compress` without `1F 9D`. The span is
    /// the coding; a label marks the content. Checked when the content is in the input,
    /// not for 206 (Partial Content) responses, and not for `deflate` (see
    /// `deflate-zlib-wrapper-missing`).
    ///
    /// ## Why
    /// > If one or more encodings have been applied to a representation, the sender that
    /// > applied the encodings MUST generate a Content-Encoding header field that lists the
    /// > content codings in the order in which they were applied.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: gzip
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A recipient decodes the content with the coding named: a field that names a coding
    /// that was not applied (often added by a server that compresses only some responses)
    /// makes the content undecodable. Codings without a signature, such as `br`, cannot
    /// be checked.
    pub ContentEncodingMismatch {
        id: "content-encoding-mismatch",
        section: spec::RFC9110_8_4,
        severity: Severity::Error,
    }
}

/// The coding applied last: the last one listed in the last Content-Encoding line.
pub(crate) fn outermost_coding(cx: &Context<'_>) -> Option<Span> {
    single_line(cx.message, KnownField::ContentEncoding)
        .filter_map(|f| {
            let v = cx.text(f.value);
            let (a, b) = content_encoding(v).last()?.ok()?;
            Some(f.value.sub(a, b))
        })
        .last()
}

/// True when the content is a part of the representation, not all of it.
pub(crate) fn partial(cx: &Context<'_>) -> bool {
    cx.message.status_code == Some(206) || cx.message.has(KnownField::ContentRange)
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if partial(cx) {
        return;
    }
    let Some(span) = outermost_coding(cx) else { return };
    let name = cx.text(span);
    if name.eq_ignore_ascii_case(b"deflate") {
        return;
    }
    let octets = first_octets(cx.message, cx.input);
    if coding::signature_matches(name, octets) != Some(false) {
        return;
    }
    let shown = cx.quote(span);
    let start = cx.message.body.span;
    let label = start.sub(0, start.len().min(8));
    cx.report(ContentEncodingMismatch, span, format!("Content-Encoding says \"{shown}\" but the content does not start like {shown} data"))
        .label(label, "content")
        .help(format!("Send Content-Encoding only for codings actually applied, or encode the content with {shown}"));
}
