use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field named `Close`: a reserved field name, almost always meant as
    /// `Connection: close`.
    ///
    /// ## Why
    /// > Note that the field name "Close" is reserved, since using that name as a header
    /// > field might conflict with the "close" connection option.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Close: true
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: close
    /// ```
    pub CloseFieldSent {
        id: "close-field-sent",
        section: spec::RFC9112_9_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        if !cx.text(field.name).eq_ignore_ascii_case(b"close") {
            continue;
        }
        let shown = cx.quote(field.name);
        cx.report(CloseFieldSent, field.name, format!("\"{shown}\" is a reserved field name"))
            .help("To close the connection after this message, send Connection: close");
    }
}
