use crate::context::Context;
use crate::fields::coding;
use crate::fields::content::first_octets;
use crate::finding::Severity;
use crate::rules::content::content_encoding_mismatch::{outermost_coding, partial};
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Content labelled `Content-Encoding: deflate` (as the coding applied last) whose
    /// first two octets are not a zlib header: usually a raw deflate stream sent without
    /// the zlib wrapper. The span is the coding; a label marks the content.
    ///
    /// ## Why
    /// > The "deflate" coding is a "zlib" data format [RFC1950] containing a "deflate"
    /// > compressed data stream [RFC1951] that uses a combination of the Lempel-Ziv (LZ77)
    /// > compression algorithm and Huffman coding.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: deflate
    /// Content-Length: 4
    ///
    /// \xcbH\xcd\xc9
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 §8.4.1.2 notes that "some non-conformant implementations send the
    /// "deflate" compressed data without the zlib wrapper". Recipients guess differently;
    /// `gzip` avoids the ambiguity.
    pub DeflateZlibWrapperMissing {
        id: "deflate-zlib-wrapper-missing",
        section: spec::RFC9110_8_4_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if partial(cx) {
        return;
    }
    let Some(span) = outermost_coding(cx) else { return };
    if !cx.text(span).eq_ignore_ascii_case(b"deflate") {
        return;
    }
    let octets = first_octets(cx.message, cx.input);
    if coding::signature_matches(b"deflate", octets) != Some(false) {
        return;
    }
    let body = cx.message.body.span;
    cx.report(DeflateZlibWrapperMissing, span, "Content-Encoding is deflate but the content has no zlib header")
        .label(body.sub(0, 2), "not a zlib header")
        .help("Wrap the deflate stream in zlib format (RFC 1950), or use gzip");
}
