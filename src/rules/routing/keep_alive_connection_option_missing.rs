use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
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
    rules_support::connection_option_missing(
        cx,
        KeepAliveConnectionOptionMissing,
        KnownField::KeepAlive,
        "keep-alive",
        "Add keep-alive to Connection (Connection: keep-alive), or drop Keep-Alive",
    );
}
