use crate::context::Context;
use crate::exchange;
use crate::fields::request_target::{self, Form};
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

/// True when an authority-form-like target has no usable port: none (`host`), empty
/// (`host:`), 0, or above 65535. Other forms are connect-target-not-authority-form's.
fn port_invalid(target: &[u8]) -> bool {
    match request_target::form(target) {
        Form::Other => !target.is_empty(),
        Form::Authority => {
            let port = request_target::authority_form_port(target)
                .and_then(|(a, b)| target.get(a..b))
                .unwrap_or_default();
            // The form guarantees digits; an empty port folds to 0.
            let n = port.iter().try_fold(0u32, |n, &d| {
                n.checked_mul(10)?.checked_add(u32::from(d.wrapping_sub(b'0')))
            });
            !n.is_some_and(|n| (1..=65535).contains(&n))
        }
        Form::Origin | Form::Absolute | Form::Asterisk => false,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(line) = request.request_line() else { return };
    let Some(code) = exchange::status(m).filter(|c| (200..300).contains(c)) else {
        return;
    };
    if !exchange::method_is(cx.input, request, "CONNECT") || !port_invalid(cx.text(line.target)) {
        return;
    }
    let shown = cx.quote(line.target);
    cx.report(
        ConnectInvalidPortAccepted,
        exchange::status_span(m),
        format!(
            "{} accepts a CONNECT to \"{shown}\", which has no valid port",
            exchange::status_name(code)
        ),
    )
    .label(line.target, "CONNECT target")
    .help("Reject a CONNECT without a valid port with 400 (Bad Request)");
}
