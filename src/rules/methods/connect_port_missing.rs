use crate::context::Context;
use crate::exchange::{self, AuthorityPort};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A CONNECT request whose target has no port, an empty port, or something other than
    /// a port number after the colon (`example.com`, `example.com:`,
    /// `example.com:https`).
    ///
    /// ## Why
    /// > There is no default port; a client MUST send the port number even if the CONNECT
    /// > request is based on a URI reference that contains an authority component with an
    /// > elided port (Section 4.1).
    ///
    /// ## Example
    /// ```http
    /// CONNECT server.example.com HTTP/1.1
    /// Host: server.example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// ```
    ///
    /// ## Notes
    /// A target that is not `host:port` at all (a path or an absolute URI) is
    /// `connect-target-not-authority`'s.
    pub ConnectPortMissing {
        id: "connect-port-missing",
        section: spec::RFC9110_9_3_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let target = cx.text(line.target);
    if !exchange::method_is(cx.input, m, "CONNECT") || !exchange::is_authority_form(target) {
        return;
    }
    let shown = cx.quote(line.target);
    let (span, message) = match exchange::authority_port(target) {
        AuthorityPort::Valid(_) => return,
        AuthorityPort::Missing => (line.target, format!("CONNECT target \"{shown}\" has no port")),
        AuthorityPort::Empty => (line.target, format!("CONNECT target \"{shown}\" has an empty port")),
        AuthorityPort::Invalid(a, b) => {
            let port = line.target.sub(a, b);
            let p = cx.quote(port);
            (port, format!("CONNECT target port \"{p}\" is not a port number"))
        }
    };
    cx.report(ConnectPortMissing, span, message)
        .help("Send host and numeric port, e.g. CONNECT server.example.com:443 (443 for https, 80 for http)");
}
