use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::fields::upgrade;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 101 (Switching Protocols) response to a request without an Upgrade header field,
    /// or whose Upgrade names a protocol the request did not offer. Protocol names are
    /// compared ignoring case; versions must match when both sides give one. Needs the
    /// request in the input.
    ///
    /// ## Why
    /// > A server MUST NOT switch to a protocol that was not indicated by the client in the
    /// > corresponding request's Upgrade header field.
    ///
    /// ## Example
    /// ```http
    /// GET /chat HTTP/1.1
    /// Host: example.com
    /// Connection: upgrade
    /// Upgrade: websocket
    ///
    /// HTTP/1.1 101 Switching Protocols
    /// Connection: upgrade
    /// Upgrade: h2c
    ///
    /// ```
    pub SwitchingProtocolsNotOffered {
        id: "switching-protocols-not-offered",
        section: spec::RFC9110_7_8,
        severity: Severity::Error,
    }
}

/// Protocols beyond this many on either side are not compared, so that hostile Upgrade
/// lists cannot make the check quadratic.
const MAX_PROTOCOLS: usize = 64;

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if exchange::status(m) != Some(101) {
        return;
    }
    let offers: Vec<_> = request.fields_named(KnownField::Upgrade).collect();
    if offers.is_empty() {
        cx.report(
            SwitchingProtocolsNotOffered,
            exchange::status_span(m),
            "101 (Switching Protocols) response to a request without Upgrade",
        )
        .label(request.start_line_span, "request without Upgrade")
        .help("Switch protocols only when the request asks for it with Upgrade; otherwise send the final response");
        return;
    }
    // The offered protocols, each with the value it was read from.
    let offered: Vec<_> = offers
        .iter()
        .flat_map(|o| upgrade::protocols(cx.text(o.value)).into_iter().map(|p| (o.value, p)))
        .take(MAX_PROTOCOLS)
        .collect();
    let asked = offers.first().map_or(request.start_line_span, |o| o.value);
    for field in m.fields_named(KnownField::Upgrade) {
        let value = cx.text(field.value);
        for p in upgrade::protocols(value).into_iter().take(MAX_PROTOCOLS) {
            if offered.iter().any(|(ov, q)| p.matches(value, q, cx.text(*ov))) {
                continue;
            }
            let span = field.value.sub(p.span.0, p.span.1);
            let (shown, asked_text) = (cx.quote(span), cx.quote(asked));
            cx.report(
                SwitchingProtocolsNotOffered,
                span,
                format!("101 switches to {shown}, which the request's Upgrade ({asked_text}) did not offer"),
            )
            .label(asked, "offered protocols")
            .help("Switch only to a protocol listed in the request's Upgrade, or answer without switching");
        }
    }
}
