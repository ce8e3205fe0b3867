use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{expect, single_line, tokens};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Expect member that does not follow the grammar: a quoted expectation, a space
    /// around `=`, parameters without a value before them. The span is where the member
    /// stops matching.
    ///
    /// ## Why
    /// > expectation = token [ "=" ( token / quoted-string ) parameters ]
    ///
    /// ## Example
    /// ```http
    /// PUT /somewhere/fun HTTP/1.1
    /// Host: origin.example.com
    /// Content-Length: 5
    /// Expect: "100-continue"
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// PUT /somewhere/fun HTTP/1.1
    /// Host: origin.example.com
    /// Content-Length: 5
    /// Expect: 100-continue
    /// ```
    pub ExpectInvalid {
        id: "expect-invalid",
        section: spec::RFC9110_10_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Expect) {
        let v = cx.text(field.value);
        for err in expect::expectations(v).filter_map(Result::err) {
            if tokens::parameter_whitespace(v, &err).is_some() {
                continue;
            }
            let shown = cx.quote(field.value);
            cx.report(ExpectInvalid, field.value.sub(err.start, err.end), format!("Expect \"{shown}\" is not a list of expectations: expected {}", err.expected))
                .help("Send Expect: 100-continue, the only expectation HTTP defines");
        }
    }
}
