use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Max-Forwards in a request whose method is neither TRACE nor OPTIONS, or in a
    /// response. The span is the field name.
    ///
    /// ## Why
    /// > A recipient MAY ignore a Max-Forwards header field received with any other request
    /// > methods.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Max-Forwards: 5
    ///
    /// ```
    ///
    /// ## Notes
    /// Max-Forwards limits how far TRACE and OPTIONS travel through proxies; with other
    /// methods intermediaries may ignore it, so it does not prevent forwarding loops.
    pub MaxForwardsIgnored {
        id: "max-forwards-ignored",
        section: spec::RFC9110_7_6_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(field) = cx.message.field(KnownField::MaxForwards) else { return };
    let method = cx.message.request_line().map(|l| cx.text(l.method));
    let message = match method {
        Some(b"TRACE" | b"OPTIONS") => return,
        Some(m) => format!("Max-Forwards is only defined for TRACE and OPTIONS, not {}", crate::context::quote(m)),
        None if cx.message.is_response() => "Max-Forwards is a request field, sent here in a response".to_string(),
        None => return,
    };
    cx.report(MaxForwardsIgnored, field.name, message)
        .help("Send Max-Forwards only with TRACE or OPTIONS");
}
