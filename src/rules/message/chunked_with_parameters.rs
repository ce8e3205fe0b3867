use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `chunked` transfer coding with parameters (`chunked;ext=1`). The span is the
    /// parameters, from the first `;`.
    ///
    /// ## Why
    /// > The chunked coding does not define any parameters. Their presence SHOULD be treated
    /// > as an error.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Transfer-Encoding: chunked;v=1
    ///
    /// 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// Transfer-Encoding: chunked
    /// ```
    ///
    /// ## Notes
    /// Recipients that reject the parameter and recipients that ignore it disagree on
    /// whether the message is chunked at all. Chunk extensions go on each chunk-size line
    /// instead (RFC 9112 §7.1.1).
    pub ChunkedWithParameters {
        id: "chunked-with-parameters",
        section: spec::RFC9112_7_1,
        severity: Severity::Warning,
    }
}

fn applies(name: &[u8]) -> bool {
    name.eq_ignore_ascii_case(b"chunked")
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::coding_with_parameters(cx, ChunkedWithParameters, applies, "chunked does not");
}
