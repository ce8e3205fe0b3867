use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, vary};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Vary member that is neither `*` nor a field name: a space inside a name, a
    /// colon, a quoted name. The span is the first offending character.
    ///
    /// ## Why
    /// > Vary = #( "*" / field-name )
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept Encoding
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A cache that cannot parse Vary cannot tell which requests the response fits.
    pub VaryInvalid {
        id: "vary-invalid",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Vary) {
        let v = cx.text(field.value);
        for err in vary::members(v).filter_map(Result::err) {
            let shown = cx.quote(field.value);
            cx.report(VaryInvalid, field.value.sub(err.start, err.end), format!("Vary \"{shown}\" is not a list of field names: expected {}", err.expected))
                .help("List request field names separated by commas, e.g. Vary: Accept-Encoding, Accept-Language");
        }
    }
}
