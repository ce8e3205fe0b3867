use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A compression transfer coding (`gzip`, `x-gzip`, `deflate`, `compress`,
    /// `x-compress`) with parameters (`gzip;level=9`). The span is the parameters, from the
    /// first `;`.
    ///
    /// ## Why
    /// > The compression codings do not define any parameters. The presence of parameters
    /// > with any of these compression codings SHOULD be treated as an error.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: gzip;level=9, chunked
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// Transfer-Encoding: gzip, chunked
    /// ```
    ///
    /// ## Notes
    /// A recipient may reject the message for them.
    pub CompressionCodingWithParameters {
        id: "compression-coding-with-parameters",
        section: spec::RFC9112_7_2,
        severity: Severity::Warning,
    }
}

fn applies(name: &[u8]) -> bool {
    [b"gzip".as_slice(), b"x-gzip", b"deflate", b"compress", b"x-compress"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(name))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = CompressionCodingWithParameters;
    rules_support::coding_with_parameters(cx, rule, applies, "compression codings do not");
}
