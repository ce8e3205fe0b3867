use crate::context::Context;
use crate::fields::accept::QvalueError;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A weight with more than three digits after the decimal point, such as `q=0.3333`
    /// or `q=1.0000`. The span is the value.
    ///
    /// ## Why
    /// > A sender of qvalue MUST NOT generate more than three digits after the decimal
    /// > point.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html, text/plain;q=0.3333
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html, text/plain;q=0.333
    /// ```
    pub QvalueTooPrecise {
        id: "qvalue-too-precise",
        section: spec::RFC9110_12_4_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for &(name, value, w) in cx.accept_weights() {
        if w.qvalue != Err(QvalueError::TooPrecise) {
            continue;
        }
        let (a, b) = w.param.value;
        let span = value.sub(a, b);
        let shown = cx.quote(span);
        let cut = cx.quote(value.sub(a, (a + 5).min(b)));
        cx.report(QvalueTooPrecise, span, format!("{} weight q={shown} has more than three decimals", name.name()))
            .help(format!("Write q={cut}"));
    }
}
