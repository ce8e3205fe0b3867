use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 418 response: a reserved code, the "I'm a teapot" joke of RFC 2324.
    ///
    /// ## Why
    /// > Therefore, the 418 status code is reserved in the IANA HTTP Status Code Registry.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 418 I'm a teapot
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Clients treat it as 400 (Bad Request). Servers that send it to refuse automated
    /// clients are better served by 403 or 429.
    pub StatusCode418Unused {
        id: "status-code-418-unused",
        section: spec::RFC9110_15_5_19,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(418) {
        return;
    }
    cx.report(StatusCode418Unused, exchange::status_span(m), "418 is reserved and has no meaning")
        .help("Send a registered 4xx code, such as 403 (Forbidden) or 429 (Too Many Requests)");
}
