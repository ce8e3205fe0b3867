use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) or 416 (Range Not Satisfiable) response to a request with
    /// Range whose method is not GET. Range is defined only for GET, so the server should
    /// have ignored it. Needs the request in the input.
    ///
    /// ## Why
    /// > A server MUST ignore a Range header field received with a request method that is
    /// > unrecognized or for which range handling is not defined. For this specification,
    /// > GET is the only method for which range handling is defined.
    ///
    /// ## Example
    /// ```http
    /// HEAD /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-9
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-9/1000
    /// Content-Length: 10
    ///
    /// ```
    ///
    /// ## Notes
    /// For HEAD, answer as a GET without Range would: 200 with the full Content-Length.
    pub RangeResponseToNonGet {
        id: "range-response-to-non-get",
        section: spec::RFC9110_14_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(method) = exchange::method(cx.input, request) else { return };
    let Some(code) = exchange::status(m).filter(|&c| c == 206 || c == 416) else {
        return;
    };
    if method == b"GET" || !request.has(KnownField::Range) {
        return;
    }
    let shown = crate::context::quote(method);
    cx.report(
        RangeResponseToNonGet,
        exchange::status_span(m),
        format!("{} response to a {shown} request: Range applies only to GET", exchange::status_name(code)),
    )
    .label(exchange::method_span(request), "method")
    .help("Ignore Range for methods other than GET and answer as if it were absent");
}
