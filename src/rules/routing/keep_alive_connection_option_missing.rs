use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Keep-Alive header field in a message whose Connection header field does not list
    /// `keep-alive`. The span is the Keep-Alive field name; a label marks the Connection
    /// value when there is one.
    ///
    /// ## Why
    /// > When a field aside from Connection is used to supply control information for or
    /// > about the current connection, the sender MUST list the corresponding field name
    /// > within the Connection header field.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Keep-Alive: timeout=5, max=100
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Connection: keep-alive
    /// Keep-Alive: timeout=5, max=100
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Keep-Alive (RFC 2068 §19.7.1) carries parameters of the current connection. A
    /// connection-specific field without its connection option has usually been
    /// forwarded by mistake, and recipients ought to ignore it (RFC 9110 §7.6.1).
    /// HTTP/1.1 connections are persistent by default and need neither field.
    pub KeepAliveConnectionOptionMissing {
        id: "keep-alive-connection-option-missing",
        section: spec::RFC9110_7_6_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(keep_alive) = m.field(KnownField::KeepAlive) else {
        return;
    };
    let listed = m
        .fields_named(KnownField::Connection)
        .any(|f| list_contains(cx.text(f.value), b"keep-alive"));
    if listed {
        return;
    }
    let connection = m.field(KnownField::Connection);
    let mut report = cx.report(
        KeepAliveConnectionOptionMissing,
        keep_alive.name,
        "Keep-Alive is sent, but Connection does not list keep-alive",
    );
    if let Some(c) = connection {
        report = report.label(c.value, "no keep-alive here");
    }
    report.help("Add keep-alive to Connection (Connection: keep-alive), or drop Keep-Alive");
}
