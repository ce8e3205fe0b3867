use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{max_forwards, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Max-Forwards value that is not a decimal integer: a sign, a fraction, a word.
    /// The span is the first offending character.
    ///
    /// ## Why
    /// > Max-Forwards = 1*DIGIT
    ///
    /// ## Example
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: www.example.com
    /// Max-Forwards: -1
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: www.example.com
    /// Max-Forwards: 0
    /// ```
    pub MaxForwardsInvalid {
        id: "max-forwards-invalid",
        section: spec::RFC9110_7_6_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::MaxForwards) {
        let Err(err) = max_forwards::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(MaxForwardsInvalid, field.value.sub(err.start, err.end), format!("Max-Forwards \"{shown}\" is not a number of hops"))
            .help("Send the remaining number of forwards as digits, e.g. Max-Forwards: 10");
    }
}
