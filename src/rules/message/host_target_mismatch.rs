use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request whose target carries an authority that differs from its Host field value:
    /// an absolute-form target (`http://a.example/`) whose authority, without any userinfo,
    /// is not the Host value; or a CONNECT target whose host is not Host's host. Case is
    /// ignored (host names are case-insensitive). An empty Host is `host-empty`.
    ///
    /// ## Why
    /// > If the target URI includes an authority component, then a client MUST send a field
    /// > value for Host that is identical to that authority component, excluding any
    /// > userinfo subcomponent and its "@" delimiter (Section 4.2 of [HTTP]).
    ///
    /// ## Example
    /// ```http
    /// GET http://www.example.com/index.html HTTP/1.1
    /// Host: internal.example
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET http://www.example.com/index.html HTTP/1.1
    /// Host: www.example.com
    /// ```
    ///
    /// ## Notes
    /// A server uses the absolute-form target and ignores Host (RFC 9112 §3.2.2), but a
    /// proxy or cache in front of it may use Host: the disagreement routes one request two
    /// ways. The ports must match too: `http://a.example:80/` needs `Host: a.example:80`.
    /// For CONNECT only the host is compared, since Host may omit a default port (as in the
    /// example of RFC 9112 §3.2.3).
    pub HostTargetMismatch {
        id: "host-target-mismatch",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let Some(host) = m.field(KnownField::Host) else { return };
    let host_value = cx.text(host.value);
    if host_value.is_empty() {
        return;
    }
    let target = cx.text(line.target);
    let connect = cx.text(line.method) == b"CONNECT";
    let (authority, compared) = match request_target::form(target) {
        Form::Absolute => {
            let Some((a, b)) = request_target::absolute_form_authority(target) else { return };
            (line.target.sub(a, b), host_value)
        }
        // Host may leave out the port of a CONNECT target: compare the hosts.
        Form::Authority if connect => {
            let Some(end) = request_target::authority_form_host_end(target) else { return };
            let host_only = match request_target::form(host_value) {
                Form::Authority => request_target::authority_form_host_end(host_value)
                    .and_then(|e| host_value.get(..e))
                    .unwrap_or(host_value),
                _ => host_value,
            };
            (line.target.sub(0, end), host_only)
        }
        _ => return,
    };
    let auth_text = cx.text(authority);
    if auth_text.is_empty() || auth_text.eq_ignore_ascii_case(compared) {
        return;
    }
    let shown = cx.quote(host.value);
    let auth = cx.quote(authority);
    let (message, help) = if connect {
        (format!("Host \"{shown}\" names another host than the CONNECT target \"{}\"", cx.quote(line.target)), format!("Send Host: {}", cx.quote(line.target)))
    } else {
        (format!("Host is \"{shown}\" but the request-target's authority is \"{auth}\""), format!("Send Host: {auth}"))
    };
    let label = if connect { "host of the CONNECT target" } else { "authority of the request-target" };
    cx.report(HostTargetMismatch, host.value, message)
        .label(authority, label)
        .help(help);
}
