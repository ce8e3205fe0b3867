use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::finding::Severity;
use crate::parse::message::Version;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 101 (Switching Protocols) response to an HTTP/1.1 request with both Upgrade and
    /// `Expect: 100-continue`, not preceded by a 100 (Continue) response to that request.
    /// Needs the request in the input.
    ///
    /// ## Why
    /// > If a server receives both an Upgrade and an Expect header field with the
    /// > "100-continue" expectation (Section 10.1.1), the server MUST send a 100 (Continue)
    /// > response before sending a 101 (Switching Protocols) response.
    ///
    /// ## Example
    /// ```http
    /// POST /upload HTTP/1.1
    /// Host: example.com
    /// Connection: upgrade
    /// Upgrade: h2c
    /// Expect: 100-continue
    /// Content-Length: 0
    ///
    /// HTTP/1.1 101 Switching Protocols
    /// Connection: upgrade
    /// Upgrade: h2c
    ///
    /// ```
    ///
    /// ## Notes
    /// The client is waiting for the 100 before it sends the content in HTTP/1.1; after the
    /// switch it would have to send it in the new protocol instead.
    pub SwitchingProtocolsBeforeContinue {
        id: "switching-protocols-before-continue",
        section: spec::RFC9110_7_8,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(index) = m.request else { return };
    if exchange::status(m) != Some(101) || !request.has(KnownField::Upgrade) {
        return;
    }
    // A server ignores both fields in an HTTP/1.0 request.
    if request.version.is_none_or(|v| v < Version::HTTP_1_1) {
        return;
    }
    let Some(expect) = request
        .fields_named(KnownField::Expect)
        .find(|f| list_contains(cx.text(f.value), b"100-continue"))
    else {
        return;
    };
    // The interim responses to the same request come right before this one.
    let continued = cx
        .messages
        .get(..m.index as usize)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|e| e.request == Some(index))
        .any(|e| exchange::status(e) == Some(100));
    if continued {
        return;
    }
    cx.report(
        SwitchingProtocolsBeforeContinue,
        exchange::status_span(m),
        "101 (Switching Protocols) without a 100 (Continue) first, to a request that expects one",
    )
    .label(expect.line, "Expect: 100-continue")
    .help("Send 100 (Continue), read the request content, then send 101");
}
