use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Upgrade header field, in a request or a response, in a message whose Connection
    /// header field does not list `upgrade`. The span is the Upgrade field name; a label
    /// marks the Connection value when there is one.
    ///
    /// ## Why
    /// > A sender of Upgrade MUST also send an "Upgrade" connection option in the
    /// > Connection header field (Section 7.6.1) to inform intermediaries not to forward
    /// > this field.
    ///
    /// ## Example
    /// ```http
    /// GET /chat HTTP/1.1
    /// Host: example.com
    /// Upgrade: websocket
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /chat HTTP/1.1
    /// Host: example.com
    /// Connection: upgrade
    /// Upgrade: websocket
    /// ```
    ///
    /// ## Notes
    /// Without the option, an intermediary forwards Upgrade to a next hop that did not
    /// negotiate it, and servers commonly ignore an Upgrade that Connection does not list.
    pub UpgradeConnectionOptionMissing {
        id: "upgrade-connection-option-missing",
        section: spec::RFC9110_7_8,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::connection_option_missing(
        cx,
        UpgradeConnectionOptionMissing,
        KnownField::Upgrade,
        "upgrade",
        "Add upgrade to Connection, e.g. Connection: upgrade",
    );
}
