use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request with more than one Host field line. Each line after the first is a
    /// finding, labelled with the first.
    ///
    /// ## Why
    /// > A server MUST respond with a 400 (Bad Request) status code to any HTTP/1.1 request
    /// > message that lacks a Host header field and to any request message that contains
    /// > more than one Host header field line or a Host header field with an invalid field
    /// > value.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Host: attacker.example
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// Recipients that pick different Host lines route the request differently, which is
    /// used for cache poisoning and to get past access controls. The request must be
    /// rejected even when both lines are equal.
    pub HostRepeated {
        id: "host-repeated",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !m.is_request() {
        return;
    }
    let mut hosts = m.fields_named(KnownField::Host);
    let Some(first) = hosts.next() else { return };
    for again in hosts {
        let (a, b) = (cx.quote(first.value), cx.quote(again.value));
        cx.report(HostRepeated, again.line, format!("Second Host field line \"{b}\" after Host \"{a}\""))
            .label(first.line, "first Host")
            .help("Send exactly one Host field line");
    }
}
