use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A TRACE request carrying credentials or cookies: Authorization,
    /// Proxy-Authorization or Cookie. Each such field line is reported.
    ///
    /// ## Why
    /// > A client MUST NOT generate fields in a TRACE request containing sensitive data
    /// > that might be disclosed by the response.
    ///
    /// ## Example
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    /// Cookie: session=8f3a1c
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// TRACE / HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// The final recipient echoes the request as the response content, where a script
    /// could read it: RFC 9110 §9.3.8 calls sending "stored user credentials (Section 11)
    /// or cookies" in a TRACE request foolish. This is the cross-site tracing (XST)
    /// attack.
    pub SensitiveFieldInTraceRequest {
        id: "sensitive-field-in-trace-request",
        section: spec::RFC9110_9_3_8,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !exchange::method_is(cx.input, m, "TRACE") {
        return;
    }
    let sensitive = [
        KnownField::Authorization,
        KnownField::ProxyAuthorization,
        KnownField::Cookie,
    ];
    for field in m.fields.iter().filter(|f| f.known.is_some_and(|k| sensitive.contains(&k))) {
        let name = cx.quote(field.name);
        cx.report(
            SensitiveFieldInTraceRequest,
            field.line,
            format!("TRACE request carries {name}, which the response would echo"),
        )
        .label(exchange::method_span(m), "method")
        .help(format!("Remove {name} from the TRACE request"));
    }
}
