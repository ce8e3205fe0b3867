use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A message whose Transfer-Encoding names `chunked` more than once, in one field line
    /// or across several. Each repetition is a finding, labelled with the first.
    ///
    /// ## Why
    /// > A sender MUST NOT apply the chunked transfer coding more than once to a message
    /// > body (i.e., chunking an already chunked message is not allowed).
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: chunked, chunked
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: chunked
    /// ```
    pub ChunkedAppliedTwice {
        id: "chunked-applied-twice",
        section: spec::RFC9112_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let mut first: Option<Span> = None;
    for field in cx.message.fields_named(KnownField::TransferEncoding) {
        let value = cx.text(field.value);
        for c in transfer_encoding::codings(value).filter(|c| c.is_chunked(value)) {
            let span = field.value.sub(c.start, c.name_end);
            let Some(prev) = first else {
                first = Some(span);
                continue;
            };
            cx.report(ChunkedAppliedTwice, span, "Transfer-Encoding applies chunked more than once")
                .label(prev, "chunked first applied here")
                .help("Name chunked once, as the final coding");
        }
    }
}
