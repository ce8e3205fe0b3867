use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::finding::Severity;
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
    for field in cx.message.fields_named(KnownField::TransferEncoding) {
        let value = cx.text(field.value);
        for c in transfer_encoding::codings(value) {
            let name = c.name(value);
            // Only a coding followed by parameters; other junk is transfer-encoding-invalid's.
            let Some(semi) = value.get(c.name_end..c.end).and_then(|r| r.iter().position(|&b| b == b';')) else {
                continue;
            };
            if !applies(name) {
                continue;
            }
            let span = field.value.sub(c.name_end + semi, c.end);
            let coding = cx.quote(field.value.sub(c.start, c.end));
            cx.report(ChunkedWithParameters, span, format!("Transfer coding \"{coding}\" has parameters, which chunked does not define"))
                .help(format!("Send {} without parameters", String::from_utf8_lossy(name)));
        }
    }
}
