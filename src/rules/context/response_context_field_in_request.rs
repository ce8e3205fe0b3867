use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request carrying a response context field: Location, Retry-After or Server. The
    /// span is the field name.
    ///
    /// ## Why
    /// > The response header fields below provide additional information about the
    /// > response, beyond what is implied by the status code, including information about
    /// > the server, about the target resource, or about related resources.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Server: ExampleClient/1.0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: ExampleClient/1.0
    /// ```
    ///
    /// ## Notes
    /// Allow, also a response context field, is left to the method rules.
    pub ResponseContextFieldInRequest {
        id: "response-context-field-in-request",
        section: spec::RFC9110_10_2,
        severity: Severity::Info,
    }
}

const FIELDS: [KnownField; 3] = [
    KnownField::Location,
    KnownField::RetryAfter,
    KnownField::Server,
];

fn help(field: KnownField) -> String {
    if field == KnownField::Server {
        "Use User-Agent to identify the client software".to_string()
    } else {
        format!("Remove {} from the request", field.name())
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let rule = ResponseContextFieldInRequest;
    rules_support::field_in_wrong_message(cx, rule, true, &FIELDS, help);
}
