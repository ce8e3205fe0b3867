use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 201 (Created) response to a POST request without a Location header field. Needs
    /// the request in the input: a 201 to PUT identifies the created resource by the target
    /// URI and needs no Location. The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > If one or more resources has been created on the origin server as a result of
    /// > successfully processing a POST request, the origin server SHOULD send a 201
    /// > (Created) response containing a Location header field that provides an
    /// > identifier for the primary resource created (Section 10.2.2) and a representation
    /// > that describes the status of the request while referring to the new resource(s).
    ///
    /// ## Example
    /// ```http
    /// POST /articles HTTP/1.1
    /// Host: example.com
    /// Content-Length: 2
    ///
    /// {}
    /// HTTP/1.1 201 Created
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 201 Created
    /// Location: /articles/17
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Without Location, RFC 9110 §15.3.2 says the created resource is the target URI,
    /// which for a POST is the collection, not the new item.
    pub LocationMissingIn201 {
        id: "location-missing-in-201",
        section: spec::RFC9110_9_3_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(201)
        || !exchange::method_is(cx.input, request, "POST")
        || exchange::has_value(m, KnownField::Location)
    {
        return;
    }
    cx.report(
        LocationMissingIn201,
        exchange::missing_field_span(m),
        "201 (Created) response to POST has no Location header field",
    )
    .label(exchange::method_span(request), "POST request")
    .help("Send Location with the URI of the created resource, e.g. Location: /articles/17");
}
