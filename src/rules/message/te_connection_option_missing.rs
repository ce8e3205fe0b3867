use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
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
    rules_support::connection_option_missing(
        cx,
        TeConnectionOptionMissing,
        KnownField::TE,
        "TE",
        "Add TE to Connection, e.g. Connection: TE",
    );
}
