use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;
use crate::status::{self, Class};

crate::declare_rule! {
    /// ## What it checks
    /// A status code in 100–599 that is not in the IANA HTTP Status Code Registry (see
    /// `wirelint::status::ALL`). The message names the code a client falls back to. Codes
    /// outside 100–599 are the start-line rules' subject.
    ///
    /// ## Why
    /// > However, a client MUST understand the class of any status code, as indicated by
    /// > the first digit, and treat an unrecognized status code as being equivalent to the
    /// > x00 status code of that class.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 299 Mostly Fine
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// An unregistered code is not an error, but most clients only see its class: a 299 is
    /// a 200 to them, and a 460 a 400. RFC 9110 §15.1 asks that new codes be registered.
    pub StatusCodeUnregistered {
        id: "status-code-unregistered",
        section: spec::RFC9110_15,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(code) = exchange::status(m) else { return };
    let Some(class) = Class::of(code) else { return };
    if status::lookup(code).is_some() {
        return;
    }
    let fallback = exchange::status_name(class.fallback());
    cx.report(
        StatusCodeUnregistered,
        exchange::status_span(m),
        format!("{code} is not a registered status code: clients treat it as {fallback}"),
    )
    .help(format!(
        "Use a registered {} ({}) code, or register this one with IANA",
        class.label(),
        class.name()
    ));
}
