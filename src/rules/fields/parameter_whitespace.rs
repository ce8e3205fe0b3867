use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::tokens::{self, SyntaxError};
use crate::fields::{expect, media_type, single_line};
use crate::finding::Severity;
use crate::parse::message::FieldLine;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Whitespace around the `=` of a parameter (`charset = utf-8`, `q= 0.5`) in
    /// Content-Type, Accept, Accept-Charset, Accept-Encoding, Accept-Language or Expect.
    /// The span is the whitespace.
    ///
    /// ## Why
    /// > Note: Parameters do not allow whitespace (not even "bad" whitespace) around the
    /// > "=" character.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html; charset = utf-8
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html; charset=utf-8
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Recipients that follow the grammar stop at the whitespace: the parameter, and
    /// everything after it, is lost. Authentication parameters are the exception (their
    /// grammar has BWS; see `auth-param-whitespace`).
    pub ParameterWhitespace {
        id: "parameter-whitespace",
        section: spec::RFC9110_5_6_6,
        severity: Severity::Error,
    }
}

/// The first syntax error of a value, for the fields with parameters.
fn first_error(cx: &Context<'_>, field: &FieldLine, v: &[u8]) -> Option<SyntaxError> {
    match field.known? {
        KnownField::ContentType => media_type::parse(v).err(),
        KnownField::Expect => expect::expectations(v).find_map(Result::err),
        // The negotiation fields, whose members were read once for all the rules.
        _ => cx
            .accept_members(field)?
            .iter()
            .find_map(|m| m.as_ref().err())
            .copied(),
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    const FIELDS: [KnownField; 6] = [
        KnownField::ContentType,
        KnownField::Accept,
        KnownField::AcceptCharset,
        KnownField::AcceptEncoding,
        KnownField::AcceptLanguage,
        KnownField::Expect,
    ];
    for name in FIELDS {
        for field in single_line(cx.message, name) {
            let v = cx.text(field.value);
            let Some(err) = first_error(cx, field, v) else { continue };
            let Some((a, b)) = tokens::parameter_whitespace(v, &err) else { continue };
            let shown = cx.quote(field.value);
            cx.report(ParameterWhitespace, field.value.sub(a, b), format!("{} \"{shown}\" has whitespace around a parameter's \"=\"", name.name()))
                .help("Write parameters as name=value, with no space around \"=\"");
        }
    }
}
