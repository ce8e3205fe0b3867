use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{media_type, single_line};
use crate::finding::Severity;
use crate::rules::content::content_encoding_mismatch::outermost_coding;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Encoding that repeats the compression a media type already has, such as
    /// `Content-Encoding: gzip` on `application/gzip`. The span is the coding; a label
    /// marks the media type.
    ///
    /// ## Why
    /// > If the media type includes an inherent encoding, such as a data format that is
    /// > always compressed, then that encoding would not be restated in Content-Encoding
    /// > even if it happens to be the same algorithm as one of the content codings.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: application/gzip
    /// Content-Encoding: gzip
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: application/gzip
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Either the file was compressed twice, or (more often) a server labels a `.gz`
    /// download with Content-Encoding, and the browser decompresses it and saves a file
    /// that is no longer gzip.
    pub ContentEncodingRestatesMediaType {
        id: "content-encoding-restates-media-type",
        section: spec::RFC9110_8_4,
        severity: Severity::Info,
    }
}

/// The content coding that a compressed media type's format already is.
fn inherent_coding(ty: &[u8], sub: &[u8]) -> Option<&'static str> {
    if !ty.eq_ignore_ascii_case(b"application") {
        return None;
    }
    let sub = sub.to_ascii_lowercase();
    Some(match sub.as_slice() {
        b"gzip" | b"x-gzip" | b"gzip-compressed" | b"x-gzip-compressed" => "gzip",
        b"zstd" => "zstd",
        b"x-compress" => "compress",
        b"zlib" => "deflate",
        b"x-brotli" | b"brotli" => "br",
        _ => return None,
    })
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(ct) = single_line(cx.message, KnownField::ContentType).next() else { return };
    let v = cx.text(ct.value);
    let Ok(m) = media_type::parse(v) else { return };
    let Some(inherent) = inherent_coding(m.type_name(v), m.subtype_name(v)) else { return };
    let Some(span) = outermost_coding(cx) else { return };
    let name = cx.text(span).to_ascii_lowercase();
    let same = name == inherent.as_bytes() || name.strip_prefix(b"x-") == Some(inherent.as_bytes());
    if !same {
        return;
    }
    let ty = ct.value.sub(m.type_.0, m.subtype.1);
    let shown = cx.quote(ty);
    cx.report(ContentEncodingRestatesMediaType, span, format!("Content-Encoding {inherent} restates the compression of {shown}"))
        .label(ty, "already compressed")
        .help(format!("Drop Content-Encoding unless the {shown} file was compressed a second time"));
}
