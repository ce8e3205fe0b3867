use crate::context::Context;
use crate::fields::coding::named_codings;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The alias `x-gzip` in Content-Encoding or Accept-Encoding. The span is the coding.
    ///
    /// ## Why
    /// > A recipient SHOULD consider "x-gzip" to be equivalent to "gzip".
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: x-gzip
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: gzip
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The alias survives from early HTTP; the registry keeps it for compatibility. Only
    /// a recipient is asked to treat it as gzip, so a sender gains nothing by using it.
    pub ContentCodingXGzip {
        id: "content-coding-x-gzip",
        section: spec::RFC9110_8_4_1_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (name, span) in named_codings(cx.message, cx.input) {
        if !cx.text(span).eq_ignore_ascii_case(b"x-gzip") {
            continue;
        }
        cx.report(ContentCodingXGzip, span, format!("{} uses the alias \"x-gzip\"", name.name()))
            .help("Write gzip");
    }
}
