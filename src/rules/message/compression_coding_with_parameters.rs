use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::finding::Severity;
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
            cx.report(CompressionCodingWithParameters, span, format!("Transfer coding \"{coding}\" has parameters, which compression codings do not define"))
                .help(format!("Send {} without parameters", String::from_utf8_lossy(name)));
        }
    }
}
