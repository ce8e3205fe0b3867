use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::parse::grammar::is_token;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An element of the Connection header field that is not a token: a connection
    /// option with whitespace, a quoted string, parameters (`;`) or another delimiter.
    /// The span is the element.
    ///
    /// ## Why
    /// > Connection = #connection-option connection-option = token
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: "close"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: close
    /// ```
    ///
    /// ## Notes
    /// A connection option names a field (or a reserved name) that is only meant for the
    /// current connection, so it has the syntax of a field name. Empty elements are
    /// `list-element-empty`'s.
    pub ConnectionOptionInvalid {
        id: "connection-option-invalid",
        section: spec::RFC9110_7_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Connection) {
        let value = cx.text(field.value);
        for element in list::elements(value) {
            let option = element.text(value);
            if option.is_empty() || is_token(option) {
                continue;
            }
            let span = field.value.sub(element.start, element.end);
            cx.report(
                ConnectionOptionInvalid,
                span,
                format!("\"{}\" is not a connection option (a token)", cx.quote(span)),
            )
            .help("List connection options as bare field names separated by commas, e.g. Connection: close");
        }
    }
}
