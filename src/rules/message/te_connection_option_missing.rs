use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A TE header field in a message whose Connection header field does not list `TE`.
    /// The span is the TE field name; a label marks the Connection value when there is
    /// one.
    ///
    /// ## Why
    /// > Since the TE header field only applies to the immediate connection, a sender of
    /// > TE MUST also send a "TE" connection option within the Connection header field
    /// > (Section 7.6.1 of [HTTP]) in order to prevent the TE header field from being
    /// > forwarded by intermediaries that do not support its semantics.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// TE: trailers
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Connection: TE
    /// TE: trailers
    /// ```
    pub TeConnectionOptionMissing {
        id: "te-connection-option-missing",
        section: spec::RFC9112_7_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(te) = m.field(KnownField::TE) else {
        return;
    };
    let listed = m
        .fields_named(KnownField::Connection)
        .any(|f| list_contains(cx.text(f.value), b"te"));
    if listed {
        return;
    }
    let connection = m.field(KnownField::Connection);
    let mut report = cx.report(
        TeConnectionOptionMissing,
        te.name,
        "TE is sent, but Connection does not list TE",
    );
    if let Some(c) = connection {
        report = report.label(c.value, "no TE here");
    }
    report.help("Add TE to Connection, e.g. Connection: TE");
}
