use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 426 (Upgrade Required) response without an Upgrade header field naming the
    /// protocol the client must switch to. The span is empty, at the end of the header section.
    ///
    /// ## Why
    /// > The server MUST send an Upgrade header field in a 426 response to indicate the
    /// > required protocol(s) (Section 7.8).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 426 Upgrade Required
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 426 Upgrade Required
    /// Upgrade: HTTP/3.0
    /// Connection: Upgrade
    /// Content-Length: 0
    ///
    /// ```
    pub UpgradeMissingIn426 {
        id: "upgrade-missing-in-426",
        section: spec::RFC9110_15_5_22,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        UpgradeMissingIn426,
        426,
        KnownField::Upgrade,
        "Name the required protocol, e.g. Upgrade: HTTP/3.0 (with Connection: Upgrade)",
    );
}
