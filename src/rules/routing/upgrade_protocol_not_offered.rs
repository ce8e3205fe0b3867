use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::parse::message::Message;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 101 (Switching Protocols) response, to a request in the same input, that
    /// switches to a protocol the request's Upgrade header field did not offer. The span
    /// is the protocol in the response's Upgrade, or the status code when the request
    /// had no Upgrade at all; a label marks the request's Upgrade value.
    ///
    /// ## Why
    /// > A server MUST NOT switch to a protocol that was not indicated by the client in
    /// > the corresponding request's Upgrade header field.
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
    ///
    /// ## Notes
    /// Protocols compare case-insensitively (RFC 9110 §7.8). An offered protocol without
    /// a version matches any version of it. A 101 response without Upgrade is reported
    /// by the status rules.
    pub UpgradeProtocolNotOffered {
        id: "upgrade-protocol-not-offered",
        section: spec::RFC9110_7_8,
        severity: Severity::Error,
    }
}

/// `protocol = protocol-name ["/" protocol-version]`: the name and the optional version.
fn split_protocol(p: &[u8]) -> (&[u8], Option<&[u8]>) {
    match p.iter().position(|&b| b == b'/') {
        Some(i) => (p.get(..i).unwrap_or_default(), p.get(i + 1..)),
        None => (p, None),
    }
}

/// True when `offered` (from the request) covers `chosen` (from the response).
fn covers(offered: &[u8], chosen: &[u8]) -> bool {
    let (offered_name, offered_version) = split_protocol(offered);
    let (chosen_name, chosen_version) = split_protocol(chosen);
    offered_name.eq_ignore_ascii_case(chosen_name)
        && match (offered_version, chosen_version) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            (None, _) => true,
            (Some(_), None) => false,
        }
}

/// The non-empty protocols of a message's Upgrade fields, as spans.
fn protocols<'m>(cx: &'m Context<'_>, m: &'m Message) -> impl Iterator<Item = Span> + 'm {
    m.fields_named(KnownField::Upgrade).flat_map(move |f| {
        let value = cx.text(f.value);
        list::elements(value)
            .filter(|e| !e.is_empty())
            .map(move |e| f.value.sub(e.start, e.end))
    })
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if m.status_code != Some(101) {
        return;
    }
    let Some(status) = m.status_line().map(|s| s.status) else {
        return;
    };
    let Some(offered) = request.field(KnownField::Upgrade) else {
        cx.report(
            UpgradeProtocolNotOffered,
            status,
            "101 Switching Protocols answers a request that had no Upgrade header field",
        )
        .help("Switch protocols only when the request asks to, with Upgrade and Connection: upgrade");
        return;
    };
    let offers: Vec<&[u8]> = protocols(cx, request).map(|s| cx.text(s)).collect();
    let refused: Vec<Span> = protocols(cx, m)
        .filter(|&s| !offers.iter().any(|o| covers(o, cx.text(s))))
        .collect();
    for span in refused {
        let chosen = cx.quote(span);
        let shown = cx.quote(offered.value);
        cx.report(
            UpgradeProtocolNotOffered,
            span,
            format!("101 switches to \"{chosen}\", which the request's Upgrade (\"{shown}\") did not offer"),
        )
        .label(offered.value, "offered protocols")
        .help("Switch only to a protocol the request lists in Upgrade, or answer without switching");
    }
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn protocol_matching() {
        let table: &[(&str, &str, bool)] = &[
            ("websocket", "websocket", true),
            ("WebSocket", "websocket", true),
            ("HTTP/2.0", "HTTP/2.0", true),
            ("HTTP", "HTTP/2.0", true),
            ("HTTP/2.0", "HTTP", false),
            ("HTTP/2.0", "HTTP/3.0", false),
            ("h2c", "websocket", false),
        ];
        for (offered, chosen, want) in table {
            assert_eq!(covers(offered.as_bytes(), chosen.as_bytes()), *want, "{offered} {chosen}");
        }
    }
}
