use crate::context::Context;
use crate::finding::Severity;
use crate::fields::coding::named_codings;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The alias `x-compress` in Content-Encoding or Accept-Encoding. The span is the
    /// coding.
    ///
    /// ## Why
    /// > A recipient SHOULD consider "x-compress" to be equivalent to "compress".
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: x-compress
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: compress
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The `compress` coding (UNIX LZW) is itself rarely supported today; gzip, br or zstd
    /// are better choices.
    pub ContentCodingXCompress {
        id: "content-coding-x-compress",
        section: spec::RFC9110_8_4_1_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (name, span) in named_codings(cx.message, cx.input) {
        if !cx.text(span).eq_ignore_ascii_case(b"x-compress") {
            continue;
        }
        cx.report(ContentCodingXCompress, span, format!("{} uses the alias \"x-compress\"", name.name()))
            .help("Write compress");
    }
}
