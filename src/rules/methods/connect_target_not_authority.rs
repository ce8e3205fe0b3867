use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A CONNECT request whose target is not in authority-form (`host:port`): a path, an
    /// absolute URI, `*`, or an authority with userinfo.
    ///
    /// ## Why
    /// > When making a CONNECT request to establish a tunnel through one or more proxies,
    /// > a client MUST send only the host and port of the tunnel destination as the
    /// > request-target.
    ///
    /// ## Example
    /// ```http
    /// CONNECT https://server.example.com/ HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// ```
    pub ConnectTargetNotAuthority {
        id: "connect-target-not-authority",
        section: spec::RFC9112_3_2_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    // An empty target is a start-line syntax error, reported elsewhere.
    if !exchange::method_is(cx.input, m, "CONNECT") || line.target.is_empty() {
        return;
    }
    if exchange::is_authority_form(cx.text(line.target)) {
        return;
    }
    let shown = cx.quote(line.target);
    cx.report(
        ConnectTargetNotAuthority,
        line.target,
        format!("CONNECT target \"{shown}\" is not host:port"),
    )
    .help("Send only the tunnel's host and port, e.g. CONNECT server.example.com:443 HTTP/1.1");
}
