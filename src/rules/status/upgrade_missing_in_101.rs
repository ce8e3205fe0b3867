use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 101 (Switching Protocols) response without an Upgrade header field saying which
    /// protocol the connection switches to. The span is empty, at the end of the header
    /// section.
    ///
    /// ## Why
    /// > The server MUST generate an Upgrade header field in the response that indicates
    /// > which protocol(s) will be in effect after this response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 101 Switching Protocols
    /// Connection: upgrade
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 101 Switching Protocols
    /// Connection: upgrade
    /// Upgrade: websocket
    ///
    /// ```
    pub UpgradeMissingIn101 {
        id: "upgrade-missing-in-101",
        section: spec::RFC9110_15_2_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::require_field(
        cx,
        UpgradeMissingIn101,
        101,
        KnownField::Upgrade,
        "Name the protocol switched to, e.g. Upgrade: websocket (with Connection: upgrade)",
    );
}
