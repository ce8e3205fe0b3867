use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field named `*`. The name is a valid token, but it is reserved.
    ///
    /// ## Why
    /// > The field name "*" is reserved because using that name as an HTTP header field
    /// > might conflict with its special semantics in the Vary header field (Section
    /// > 12.5.5).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Length: 0
    /// *: anything
    ///
    /// ```
    pub AsteriskFieldSent {
        id: "asterisk-field-sent",
        section: spec::RFC9110_18_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        if cx.text(field.name) != b"*" {
            continue;
        }
        cx.report(AsteriskFieldSent, field.name, "\"*\" is a reserved field name")
            .help("Give the field a real name; \"*\" means \"any field\" in Vary");
    }
}
