use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request whose Host field line is not the first field line of its header section.
    ///
    /// ## Why
    /// > A user agent that sends Host SHOULD send it as the first field in the header
    /// > section of a request.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// User-Agent: demo/1.0
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// User-Agent: demo/1.0
    /// ```
    ///
    /// ## Notes
    /// Servers and intermediaries route on Host; sending it first lets them decide before
    /// reading the rest of the header section.
    pub HostNotFirst {
        id: "host-not-first",
        section: spec::RFC9110_7_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() {
        return;
    }
    let Some(first) = m.fields.first() else { return };
    if first.known == Some(KnownField::Host) {
        return;
    }
    let Some(host) = m.field(KnownField::Host) else { return };
    let shown = cx.quote(first.name);
    cx.report(HostNotFirst, host.line, format!("Host comes after {shown} instead of first in the header section"))
        .label(first.line, "first field line")
        .help("Send Host as the first field line after the request-line");
}
