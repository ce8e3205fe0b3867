use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response carrying a request context field: Expect, From, Referer or User-Agent.
    /// The span is the field name.
    ///
    /// ## Why
    /// > The request header fields below provide additional information about the request
    /// > context, including information about the user, user agent, and resource behind
    /// > the request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// User-Agent: ExampleServer/1.0
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Server: ExampleServer/1.0
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// These fields mean nothing in a response; a server naming itself uses Server. Seeing
    /// them often means request fields were copied into the response.
    pub RequestContextFieldInResponse {
        id: "request-context-field-in-response",
        section: spec::RFC9110_10_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    for field in &cx.message.fields {
        let Some(k) = field.known else { continue };
        if !matches!(k, KnownField::Expect | KnownField::From | KnownField::Referer | KnownField::UserAgent) {
            continue;
        }
        let help = if k == KnownField::UserAgent {
            "Use Server to identify the server software".to_string()
        } else {
            format!("Remove {} from the response", k.name())
        };
        cx.report(RequestContextFieldInResponse, field.name, format!("{} is a request field, sent here in a response", k.name()))
            .help(help);
    }
}
