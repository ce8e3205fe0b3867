use crate::context::Context;
use crate::fields::cache_control;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Age field value that is not a non-negative integer: a negative or fractional
    /// number, a unit, a date, or a list of values (`Age: 5, 6`) in one field line. The
    /// span is the field value.
    ///
    /// ## Why
    /// > Age = delta-seconds The Age field value is a non-negative integer, representing
    /// > time in seconds (see Section 1.2.2).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: -5
    /// Cache-Control: max-age=60
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 5
    /// Cache-Control: max-age=60
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// RFC 9111 §5.1 tells caches to use the first member of a list-based Age and to
    /// ignore an invalid one: either way the sender's estimate is lost. Several Age field
    /// lines are a repeated singleton field, reported by the generic field rules.
    pub AgeInvalid {
        id: "age-invalid",
        section: spec::RFC9111_5_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Age) {
        let value = cx.text(field.value);
        if cache_control::delta_seconds(value).is_some() {
            continue;
        }
        let shown = cx.quote(field.value);
        let message = if value.contains(&b',') {
            format!("Age \"{shown}\" is a list; Age is a single number of seconds")
        } else {
            format!("Age \"{shown}\" is not a non-negative integer number of seconds")
        };
        cx.report(AgeInvalid, field.value, message)
            .help("Send the response's age as whole seconds, e.g. Age: 120");
    }
}
