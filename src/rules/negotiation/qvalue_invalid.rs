use crate::context::Context;
use crate::fields::accept::QvalueError;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A weight (`q=`) in Accept, Accept-Charset, Accept-Encoding or Accept-Language whose
    /// value is not a number from 0 to 1: `q=1.5`, `q=-1`, `q=high`, a quoted `q="0.5"`.
    /// The span is the value.
    ///
    /// ## Why
    /// > qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Language: da, en-gb;q=8
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept-Language: da, en-gb;q=0.8
    /// ```
    ///
    /// ## Notes
    /// Weights are normalized to 0–1: 1 is most preferred and 0 means "not acceptable".
    /// Recipients that reject the value may drop the member or the whole field.
    pub QvalueInvalid {
        id: "qvalue-invalid",
        section: spec::RFC9110_12_4_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for &(name, value, w) in cx.accept_weights() {
        if w.qvalue != Err(QvalueError::Invalid) {
            continue;
        }
        let span = value.sub(w.param.value.0, w.param.value.1);
        let shown = cx.quote(span);
        cx.report(QvalueInvalid, span, format!("{} weight q={shown} is not a number from 0 to 1", name.name()))
            .help("Write q= and 0 to 1 with at most three decimals, e.g. q=0.8");
    }
}
