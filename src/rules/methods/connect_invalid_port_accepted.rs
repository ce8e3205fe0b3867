use crate::context::Context;
use crate::exchange::{self, AuthorityPort};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 2xx response to a CONNECT request whose target has no port, an empty port, or an
    /// invalid one (not a number in 1–65535). Needs the request in the input.
    ///
    /// ## Why
    /// > A server MUST reject a CONNECT request that targets an empty or invalid port
    /// > number, typically by responding with a 400 (Bad Request) status code.
    ///
    /// ## Example
    /// ```http
    /// CONNECT server.example.com: HTTP/1.1
    /// Host: server.example.com
    ///
    /// HTTP/1.1 200 Connection Established
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT server.example.com: HTTP/1.1
    /// Host: server.example.com
    ///
    /// HTTP/1.1 400 Bad Request
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// A proxy that guesses a port opens tunnels the client did not ask for.
    pub ConnectInvalidPortAccepted {
        id: "connect-invalid-port-accepted",
        section: spec::RFC9110_9_3_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(line) = request.request_line() else { return };
    let ok = exchange::status(m).is_some_and(|c| (200..300).contains(&c));
    if !ok || !exchange::method_is(cx.input, request, "CONNECT") {
        return;
    }
    let target = cx.text(line.target);
    // Targets that are not host:port at all are connect-target-not-authority's.
    if !exchange::is_authority_form(target) {
        return;
    }
    if matches!(exchange::authority_port(target), AuthorityPort::Valid(_)) {
        return;
    }
    let code = exchange::status_name(exchange::status(m).unwrap_or(200));
    let shown = cx.quote(line.target);
    cx.report(
        ConnectInvalidPortAccepted,
        exchange::status_span(m),
        format!("{code} accepts a CONNECT to \"{shown}\", which has no valid port"),
    )
    .label(line.target, "CONNECT target")
    .help("Reject a CONNECT without a valid port with 400 (Bad Request)");
}
