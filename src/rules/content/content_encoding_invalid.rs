use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{coding, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Encoding member that is not a token, such as a quoted name, a coding with
    /// parameters (`gzip;q=1`, which belongs in Accept-Encoding), or names separated by
    /// spaces instead of commas. The span is the first offending character.
    ///
    /// ## Why
    /// > Content-Encoding = #content-coding
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: gzip br
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Content-Encoding: gzip, br
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `content-coding = token` (RFC 9110 §8.4.1). A recipient that cannot read the
    /// codings cannot decode the content.
    pub ContentEncodingInvalid {
        id: "content-encoding-invalid",
        section: spec::RFC9110_8_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::ContentEncoding) {
        let v = cx.text(field.value);
        for err in coding::content_encoding(v).filter_map(Result::err) {
            let shown = cx.quote(field.value);
            cx.report(ContentEncodingInvalid, field.value.sub(err.start, err.end), format!("Content-Encoding \"{shown}\" is not a list of content codings: expected {}", err.expected))
                .help("List the codings in the order applied, separated by commas, e.g. Content-Encoding: gzip");
        }
    }
}
