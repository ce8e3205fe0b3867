use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 1xx (Informational) response to an HTTP/1.0 request. Needs the request in the
    /// input.
    ///
    /// ## Why
    /// > Since HTTP/1.0 did not define any 1xx status codes, a server MUST NOT send a 1xx
    /// > response to an HTTP/1.0 client.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.0
    /// Content-Length: 0
    ///
    /// HTTP/1.1 100 Continue
    ///
    /// HTTP/1.1 204 No Content
    ///
    /// ```
    ///
    /// ## Notes
    /// An HTTP/1.0 client reads the 100 as its final response and the real one as garbage.
    /// This covers 101 too: a server must ignore Upgrade in an HTTP/1.0 request (RFC 9110
    /// §7.8).
    pub InformationalResponseToHttp10 {
        id: "informational-response-to-http10",
        section: spec::RFC9110_15_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(code) = exchange::status(m).filter(|c| (100..200).contains(c)) else {
        return;
    };
    let Some(version) = request.version.filter(|&v| v < Version::HTTP_1_1) else {
        return;
    };
    let name = exchange::version_name(version);
    cx.report(
        InformationalResponseToHttp10,
        exchange::status_span(m),
        format!("{} response to an {name} request", exchange::status_name(code)),
    )
    .label(request.version_span().unwrap_or(request.start_line_span), "request version")
    .help("Send only the final response to an HTTP/1.0 client");
}
