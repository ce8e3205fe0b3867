use crate::context::Context;
use crate::exchange;
use crate::fields::allow;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 405 (Method Not Allowed) response whose Allow lists the very method of the
    /// request it rejects (compared case-sensitively, as methods are). Needs the request
    /// in the input.
    ///
    /// ## Why
    /// > The 405 (Method Not Allowed) status code indicates that the method received in the
    /// > request-line is known by the origin server but not supported by the target
    /// > resource.
    ///
    /// ## Example
    /// ```http
    /// PUT /items/1 HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    ///
    /// HTTP/1.1 405 Method Not Allowed
    /// Allow: GET, HEAD, PUT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// The client is told the method is both refused and supported. If the method is
    /// supported but refused for this request, another code fits: 403, 409 or 422.
    pub AllowListsRequestMethod {
        id: "allow-lists-request-method",
        section: spec::RFC9110_15_5_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(method) = exchange::method(cx.input, request) else { return };
    if exchange::status(m) != Some(405) {
        return;
    }
    for field in m.fields_named(KnownField::Allow) {
        let Some((a, b)) = allow::find(cx.text(field.value), method) else {
            continue;
        };
        let shown = crate::context::quote(method);
        cx.report(
            AllowListsRequestMethod,
            field.value.sub(a, b),
            format!("Allow lists {shown}, the method this 405 response rejects"),
        )
        .label(exchange::method_span(request), "rejected method")
        .help(format!("Remove {shown} from Allow, or answer the request with another status"));
    }
}
