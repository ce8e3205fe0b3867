use crate::context::Context;
use crate::finding::Severity;
use crate::parse::grammar::is_tchar;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field name, in the header or trailer section, that is not a token
    /// (`field-name = token`, RFC 9110 §5.1): it holds whitespace, a delimiter such as
    /// `"(),/:;<=>?@[\]{}`, a control character or a non-ASCII octet, or it is empty.
    /// The span covers the first run of characters a token does not allow.
    ///
    /// ## Why
    /// > Tokens are short textual identifiers that do not include whitespace or delimiters.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// X Forwarded Proto: https
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// X-Forwarded-Proto: https
    /// ```
    ///
    /// ## Notes
    /// Recipients disagree on such names: some reject the message, some cut the name at
    /// the bad character, some keep it whole. A line without a colon is reported by
    /// `field-line-invalid` instead, and whitespace right before the colon by
    /// `field-name-whitespace`.
    pub FieldNameInvalid {
        id: "field-name-invalid",
        section: spec::RFC9110_5_6_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        let name = cx.text(field.name);
        if name.is_empty() {
            cx.report(FieldNameInvalid, field.name, "Field line has an empty field name")
                .label(field.line, "field line")
                .help("Start each field line with its name, e.g. X-Example: value");
            continue;
        }
        let Some(bad) = name.iter().position(|&b| !is_tchar(b)) else {
            continue;
        };
        let run = name
            .get(bad..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| !is_tchar(b))
            .count();
        let span = field.name.sub(bad, bad + run);
        let what = cx.quote(span);
        let shown = cx.quote(field.name);
        cx.report(
            FieldNameInvalid,
            span,
            format!("Field name \"{shown}\" contains \"{what}\", which a token does not allow"),
        )
        .help("Use only letters, digits and !#$%&'*+-.^_`|~ in a field name, e.g. X-Forwarded-Proto");
    }
}
