use crate::context::Context;
use crate::fields::content::first_octets;
use crate::fields::known::KnownField;
use crate::fields::{coding, media_type, single_line};
use crate::finding::Severity;
use crate::rules::content::content_encoding_mismatch::partial;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content of a textual media type (`text/*`, JSON, XML, JavaScript) that starts with
    /// the gzip or zstd signature while the message has no Content-Encoding: a coding was
    /// applied but not declared. The span is empty, at the end of the header section; a
    /// label marks the content.
    ///
    /// ## Why
    /// > If one or more encodings have been applied to a representation, the sender that
    /// > applied the encodings MUST generate a Content-Encoding header field that lists the
    /// > content codings in the order in which they were applied.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Length: 4
    ///
    /// \x1f\x8b\x08\x00
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Encoding: gzip
    /// Content-Length: 4
    /// ```
    ///
    /// ## Notes
    /// A gzip file served as itself (`application/gzip`) is not reported: there the
    /// compression is the media type's own format.
    pub ContentEncodingMissing {
        id: "content-encoding-missing",
        section: spec::RFC9110_8_4,
        severity: Severity::Error,
    }
}

/// Media types whose content is text, which a compressed signature cannot start.
fn textual(v: &[u8]) -> bool {
    let Ok(m) = media_type::parse(v) else { return false };
    let (ty, sub) = (m.type_name(v), m.subtype_name(v));
    let ends = |suffix: &[u8]| {
        sub.len() >= suffix.len()
            && sub
                .get(sub.len() - suffix.len()..)
                .is_some_and(|s| s.eq_ignore_ascii_case(suffix))
    };
    ty.eq_ignore_ascii_case(b"text")
        || (ty.eq_ignore_ascii_case(b"application")
            && (ends(b"json") || ends(b"xml") || sub.eq_ignore_ascii_case(b"javascript")))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if partial(cx) || m.has(KnownField::ContentEncoding) {
        return;
    }
    let Some(ct) = single_line(m, KnownField::ContentType).next() else { return };
    if !textual(cx.text(ct.value)) {
        return;
    }
    let Some(found) = coding::sniff(first_octets(m, cx.input)) else { return };
    let at = m.fields.last().map_or(m.start_line_span.end, |f| f.line.end);
    let shown = cx.quote(ct.value);
    cx.report(ContentEncodingMissing, Span { start: at, end: at }, format!("Content looks {found}-encoded but there is no Content-Encoding for {shown}"))
        .label(m.body.span.sub(0, 4), format!("{found} signature"))
        .label(ct.value, "declared type")
        .help(format!("Send Content-Encoding: {found}"));
}
