use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request whose TE header field lists the `chunked` transfer coding. The span is
    /// the coding name.
    ///
    /// ## Why
    /// > A client MUST NOT send the chunked transfer coding name in TE; chunked is always
    /// > acceptable for HTTP/1.1 recipients.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: TE
    /// TE: trailers, chunked
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: TE
    /// TE: trailers
    /// ```
    pub TeChunked {
        id: "te-chunked",
        section: spec::RFC9112_7_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    // TE is a request field; a response cannot be from a client.
    if m.is_response() {
        return;
    }
    for field in m.fields_named(KnownField::TE) {
        let value = cx.text(field.value);
        for coding in transfer_encoding::codings(value) {
            if !coding.is_chunked(value) {
                continue;
            }
            let span = field.value.sub(coding.start, coding.name_end);
            cx.report(
                TeChunked,
                span,
                format!("TE lists \"{}\", which every HTTP/1.1 recipient accepts anyway", cx.quote(span)),
            )
            .help("Remove chunked from TE; list only other transfer codings and trailers");
        }
    }
}
