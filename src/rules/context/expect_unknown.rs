use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{expect, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Expect member other than `100-continue`, the only expectation RFC 9110 defines
    /// (and it has no parameters). The span is the member.
    ///
    /// ## Why
    /// > A server that receives an Expect field value containing a member other than
    /// > 100-continue MAY respond with a 417 (Expectation Failed) status code to indicate
    /// > that the unexpected expectation cannot be met.
    ///
    /// ## Example
    /// ```http
    /// PUT /somewhere/fun HTTP/1.1
    /// Host: origin.example.com
    /// Content-Length: 5
    /// Expect: 200-ok
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// The name is case-insensitive: `100-Continue` is the same expectation.
    pub ExpectUnknown {
        id: "expect-unknown",
        section: spec::RFC9110_10_1_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return;
    }
    for field in single_line(cx.message, KnownField::Expect) {
        let v = cx.text(field.value);
        for e in expect::expectations(v).filter_map(Result::ok) {
            if e.is_100_continue(v) {
                continue;
            }
            let span = field.value.sub(e.span.0, e.span.1);
            let shown = cx.quote(span);
            cx.report(ExpectUnknown, span, format!("Expect \"{shown}\" is not an expectation HTTP defines; a server may answer 417"))
                .help("Expect only 100-continue, with no value or parameters");
        }
    }
}
