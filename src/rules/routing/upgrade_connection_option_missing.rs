use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::finding::Severity;
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
    let m = cx.message;
    let Some(upgrade) = m.field(KnownField::Upgrade) else {
        return;
    };
    let listed = m
        .fields_named(KnownField::Connection)
        .any(|f| list_contains(cx.text(f.value), b"upgrade"));
    if listed {
        return;
    }
    let connection = m.field(KnownField::Connection);
    let mut report = cx.report(
        UpgradeConnectionOptionMissing,
        upgrade.name,
        "Upgrade is sent, but Connection does not list upgrade",
    );
    if let Some(c) = connection {
        report = report.label(c.value, "no upgrade here");
    }
    report.help("Add upgrade to Connection, e.g. Connection: upgrade");
}
