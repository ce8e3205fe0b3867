use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Length or Transfer-Encoding field in a 2xx response to CONNECT. Needs the
    /// request in the input. Each such field line is reported.
    ///
    /// ## Why
    /// > A server MUST NOT send any Transfer-Encoding or Content-Length header fields in a
    /// > 2xx (Successful) response to CONNECT.
    ///
    /// ## Example
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// HTTP/1.1 200 Connection Established
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// CONNECT server.example.com:443 HTTP/1.1
    /// Host: server.example.com:443
    ///
    /// HTTP/1.1 200 Connection Established
    ///
    /// ```
    ///
    /// ## Notes
    /// The connection becomes a tunnel right after the header section; a client must
    /// ignore these fields (RFC 9110 §9.3.6), and one that does not waits for content that
    /// never comes or eats the first tunnel bytes.
    pub FramingFieldInConnectResponse {
        id: "framing-field-in-connect-response",
        section: spec::RFC9110_9_3_6,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(code) = exchange::status(m).filter(|c| (200..300).contains(c)) else {
        return;
    };
    if !exchange::method_is(cx.input, request, "CONNECT") {
        return;
    }
    let framing = [KnownField::ContentLength, KnownField::TransferEncoding];
    for field in m.fields.iter().filter(|f| f.known.is_some_and(|k| framing.contains(&k))) {
        let name = cx.quote(field.name);
        cx.report(
            FramingFieldInConnectResponse,
            field.line,
            format!("{} response to CONNECT carries {name}", exchange::status_name(code)),
        )
        .label(exchange::method_span(request), "CONNECT request")
        .help(format!("Remove {name}: after a 2xx to CONNECT the connection is a tunnel"));
    }
}
