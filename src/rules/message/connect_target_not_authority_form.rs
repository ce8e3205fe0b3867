use crate::context::Context;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A CONNECT request whose request-target is not `host:port` (authority-form): a path,
    /// an absolute URI, `*`, or a host without a port.
    ///
    /// ## Why
    /// > When making a CONNECT request to establish a tunnel through one or more proxies, a
    /// > client MUST send only the host and port of the tunnel destination as the
    /// > request-target.
    ///
    /// ## Example
    /// ```http
    /// CONNECT https://www.example.com/ HTTP/1.1
    /// Host: www.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT www.example.com:443 HTTP/1.1
    /// Host: www.example.com:443
    /// ```
    ///
    /// ## Notes
    /// `authority-form = uri-host ":" port`. CONNECT has no default port: "a client MUST send
    /// the port number even if the CONNECT request is based on a URI reference that contains
    /// an authority component with an elided port" (RFC 9110 §9.3.6).
    pub ConnectTargetNotAuthorityForm {
        id: "connect-target-not-authority-form",
        section: spec::RFC9112_3_2_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    if cx.text(line.method) != b"CONNECT" {
        return;
    }
    let target = cx.text(line.target);
    // A missing target is request-target-missing's.
    if target.is_empty() {
        return;
    }
    let shown = cx.quote(line.target);
    let message = match request_target::form(target) {
        Form::Authority => {
            let Some((a, b)) = request_target::authority_form_port(target) else { return };
            if a < b {
                return;
            }
            let span = line.target.sub(a, b);
            cx.report(ConnectTargetNotAuthorityForm, span, format!("CONNECT target \"{shown}\" has an empty port"))
                .help("Send the port of the tunnel destination, e.g. CONNECT www.example.com:443");
            return;
        }
        Form::Origin => format!("CONNECT target \"{shown}\" is a path, not host:port"),
        Form::Absolute => format!("CONNECT target \"{shown}\" is a URI, not host:port"),
        Form::Asterisk => format!("CONNECT target is \"{shown}\", not host:port"),
        Form::Other => format!("CONNECT target \"{shown}\" has no port"),
    };
    cx.report(ConnectTargetNotAuthorityForm, line.target, message)
        .help("Send only the host and port of the tunnel destination, e.g. CONNECT www.example.com:443");
}
