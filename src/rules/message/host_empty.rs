use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An empty Host field in a request whose target carries an authority: an absolute-form
    /// target with a host (`http://www.example.com/`) or a CONNECT target (`host:port`).
    /// The span is the empty value.
    ///
    /// ## Why
    /// > If the target URI includes an authority component, then a client MUST send a field
    /// > value for Host that is identical to that authority component, excluding any
    /// > userinfo subcomponent and its "@" delimiter (Section 4.2 of [HTTP]).
    ///
    /// ## Example
    /// ```http
    /// GET http://www.example.com/ HTTP/1.1
    /// Host:
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET http://www.example.com/ HTTP/1.1
    /// Host: www.example.com
    /// ```
    ///
    /// ## Notes
    /// An empty Host is right only when the target URI has no authority, such as
    /// `urn:…` in absolute-form: "If the authority component is missing or undefined for
    /// the target URI, then a client MUST send a Host header field with an empty field
    /// value." With an origin-form target the server takes the authority from Host, so an
    /// empty one leaves it to guess; this rule does not report that case.
    pub HostEmpty {
        id: "host-empty",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let Some(host) = m.field(KnownField::Host) else { return };
    if !host.value.is_empty() {
        return;
    }
    let target = cx.text(line.target);
    let authority = match request_target::form(target) {
        Form::Absolute => {
            let Some((a, b)) = request_target::absolute_form_authority(target) else { return };
            line.target.sub(a, b)
        }
        Form::Authority if cx.text(line.method) == b"CONNECT" => line.target,
        _ => return,
    };
    if authority.is_empty() {
        return;
    }
    let auth = cx.quote(authority);
    cx.report(HostEmpty, host.value, format!("Host is empty but the request-target's authority is \"{auth}\""))
        .label(authority, "authority of the request-target")
        .help(format!("Send Host: {auth}"));
}
