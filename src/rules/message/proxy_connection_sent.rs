use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request with a Proxy-Connection header field, a non-standard field some HTTP/1.0
    /// clients sent to proxies in place of Connection. The span is the field name.
    ///
    /// ## Why
    /// > One attempted solution was the introduction of a Proxy-Connection header field,
    /// > targeted specifically at proxies. In practice, this was also unworkable, because
    /// > proxies are often deployed in multiple layers, bringing about the same problem
    /// > discussed above. As a result, clients are encouraged not to send the
    /// > Proxy-Connection header field in any requests.
    ///
    /// ## Example
    /// ```http
    /// GET http://example.com/ HTTP/1.1
    /// Host: example.com
    /// Proxy-Connection: keep-alive
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET http://example.com/ HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// HTTP/1.1 connections are persistent by default. Intermediaries remove
    /// Proxy-Connection before forwarding (RFC 9110 §7.6.1).
    pub ProxyConnectionSent {
        id: "proxy-connection-sent",
        section: spec::RFC9112_C_2_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if m.is_response() {
        return;
    }
    let Some(field) = m.field(KnownField::ProxyConnection) else {
        return;
    };
    cx.report(
        ProxyConnectionSent,
        field.name,
        format!("Request sends the non-standard {} field", cx.quote(field.name)),
    )
    .help("Remove Proxy-Connection; use Connection for connection options");
}
