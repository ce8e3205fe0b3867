use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
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

const FIELDS: [KnownField; 4] = [
    KnownField::Expect,
    KnownField::From,
    KnownField::Referer,
    KnownField::UserAgent,
];

fn help(field: KnownField) -> String {
    if field == KnownField::UserAgent {
        "Use Server to identify the server software".to_string()
    } else {
        format!("Remove {} from the response", field.name())
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = RequestContextFieldInResponse;
    rules_support::field_in_wrong_message(cx, rule, false, &FIELDS, help);
}
