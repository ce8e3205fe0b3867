use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Warning header field, which RFC 9111 obsoletes. The span is the field name.
    ///
    /// ## Why
    /// > This specification obsoletes it, as it is not widely generated or surfaced to
    /// > users.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 7200
    /// Warning: 110 - "Response is Stale"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 7200
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// "The information it carried can be gleaned from examining other header fields, such
    /// as Age" (RFC 9111 §5.5).
    pub WarningObsolete {
        id: "warning-obsolete",
        section: spec::RFC9111_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Warning) {
        cx.report(WarningObsolete, field.name, "Warning is obsoleted by RFC 9111")
            .help("Remove it; other fields, such as Age, carry the information");
    }
}
