use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Age header field in a request. Age is a response field: it tells how long ago a
    /// cached response was generated or validated. The span is the field name.
    ///
    /// ## Why
    /// > The "Age" response header field conveys the sender's estimate of the time since
    /// > the response was generated or successfully validated at the origin server.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Age: 0
    ///
    /// ```
    pub AgeInRequest {
        id: "age-in-request",
        section: spec::RFC9111_5_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return;
    }
    for field in cx.message.fields_named(KnownField::Age) {
        cx.report(AgeInRequest, field.name, "Age is a response field, but is sent in a request")
            .help("Remove Age from the request; to limit the age of the response, send Cache-Control: max-age=N");
    }
}
