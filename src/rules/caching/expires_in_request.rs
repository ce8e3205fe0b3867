use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Expires header field in a request. Expires is a response field: it gives the time
    /// after which a response is stale. The span is the field name.
    ///
    /// ## Why
    /// > The "Expires" response header field gives the date/time after which the response is
    /// > considered stale.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Expires: Thu, 01 Dec 1994 16:00:00 GMT
    ///
    /// ```
    pub ExpiresInRequest {
        id: "expires-in-request",
        section: spec::RFC9111_5_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return;
    }
    for field in cx.message.fields_named(KnownField::Expires) {
        cx.report(ExpiresInRequest, field.name, "Expires is a response field, but is sent in a request")
            .help("Remove Expires from the request; to ask for a fresher response, send Cache-Control: max-age=N or min-fresh=N");
    }
}
