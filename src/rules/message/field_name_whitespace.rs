use crate::context::Context;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Whitespace between a field name and the colon that follows it (`Host : a`), in
    /// the header or trailer section. The span covers the whitespace.
    ///
    /// ## Why
    /// > No whitespace is allowed between the field name and colon.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host : example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// Such whitespace has led to request smuggling and response splitting, as
    /// implementations disagree on the field's name. A server must reject such a request
    /// with 400 (Bad Request), and a proxy must remove the whitespace from a response
    /// before forwarding it (RFC 9112 §5.1).
    pub FieldNameWhitespace {
        id: "field-name-whitespace",
        section: spec::RFC9112_5_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        // The parser cut the name at the first colon and trimmed the whitespace before
        // it: whatever lies between the name and that colon is that whitespace.
        let after = Span::new(field.name.end as usize, field.line.end as usize);
        let Some(colon) = cx.text(after).iter().position(|&b| b == b':') else {
            continue;
        };
        if colon == 0 {
            continue;
        }
        let span = after.sub(0, colon);
        let name = cx.quote(field.name);
        let ws = cx.quote(span);
        cx.report(
            FieldNameWhitespace,
            span,
            format!("Whitespace \"{ws}\" between the field name {name} and the colon"),
        )
        .help(format!("Write the colon right after the name: {name}:"));
    }
}
