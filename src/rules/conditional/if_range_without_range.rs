use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request with If-Range but no Range header field. The span is the If-Range field
    /// line.
    ///
    /// ## Why
    /// > A client MUST NOT generate an If-Range header field in a request that does not
    /// > contain a Range header field.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// If-Range: "xyzzy"
    ///
    /// ```
    ///
    /// ## Notes
    /// If-Range only decides whether Range applies; on its own "a server MUST ignore" it.
    /// To make a request conditional on its own, use If-Match or If-None-Match.
    pub IfRangeWithoutRange {
        id: "if-range-without-range",
        section: spec::RFC9110_13_1_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() || m.has(KnownField::Range) {
        return;
    }
    for field in m.fields_named(KnownField::IfRange) {
        cx.report(
            IfRangeWithoutRange,
            field.line,
            "If-Range in a request without Range has no effect",
        )
        .help("Send If-Range only together with Range, or remove it");
    }
}
