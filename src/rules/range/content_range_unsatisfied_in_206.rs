use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::{self, ContentRange};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response whose Content-Range, in the header section or in a
    /// body part of `multipart/byteranges` content, is an unsatisfied-range (`bytes
    /// */1234`): that form belongs in a 416 (Range Not Satisfiable) response and encloses
    /// no range. The span is the value.
    ///
    /// ## Why
    /// > The "Content-Range" header field is sent in a single part 206 (Partial Content)
    /// > response to indicate the partial range of the selected representation enclosed
    /// > as the message content, sent in each part of a multipart 206 response to
    /// > indicate the range enclosed within each body part (Section 14.6), and sent in 416
    /// > (Range Not Satisfiable) responses to provide information about the selected
    /// > representation.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes */10
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-4/10
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// A client cannot tell where the enclosed bytes go, so it cannot use them.
    pub ContentRangeUnsatisfiedIn206 {
        id: "content-range-unsatisfied-in-206",
        section: spec::RFC9110_14_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(206) {
        return;
    }
    let values = exchange::content_range_values(cx.input, m);
    for value in values {
        let Some(parsed) = content_range::parse(cx.text(value)) else { continue };
        let ContentRange::Unsatisfied { complete } = parsed.range else { continue };
        let shown = cx.quote(value);
        cx.report(
            ContentRangeUnsatisfiedIn206,
            value,
            format!("206 (Partial Content) with Content-Range \"{shown}\", which encloses no range"),
        )
        .help(format!("Give the range the content encloses, as first-last/{complete}; \"*/length\" belongs in a 416 response"));
    }
}
