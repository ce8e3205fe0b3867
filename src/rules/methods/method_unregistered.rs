use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::iana::Registration;
use crate::method;
use crate::parse::grammar::is_token;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request method that is not in the IANA HTTP Method Registry (see
    /// `wirelint::method::ALL`), or the reserved name `*`. Methods that differ from a
    /// registered one only in case, and methods that are not tokens, are left to the
    /// start-line rules.
    ///
    /// ## Why
    /// > Additional methods, outside the scope of this specification, have been specified
    /// > for use in HTTP. All such methods ought to be registered within the "Hypertext
    /// > Transfer Protocol (HTTP) Method Registry", as described in Section 16.1.
    ///
    /// ## Example
    /// ```http
    /// FETCH /items HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// A server answers a method it does not recognize with 501 (Not Implemented), and
    /// intermediaries cannot know whether an unknown method is safe or idempotent, so they
    /// will not retry it or cache its responses.
    pub MethodUnregistered {
        id: "method-unregistered",
        section: spec::RFC9110_9_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(name) = exchange::method(cx.input, m) else { return };
    // Invalid tokens and case variants of registered methods are other rules' subjects.
    if !is_token(name) {
        return;
    }
    let shown = crate::context::quote(name);
    let message = match method::lookup(name) {
        Some(r) if r.registration == Registration::Reserved => {
            format!("Method \"{shown}\" is reserved and cannot be used")
        }
        Some(_) => return,
        None if method::lookup_ignoring_case(name).is_some() => return,
        None => format!("Method \"{shown}\" is not registered"),
    };
    cx.report(MethodUnregistered, exchange::method_span(m), message)
        .help("Use a registered method such as GET, POST, PUT, PATCH or DELETE; servers answer unknown methods with 501 (Not Implemented)");
}
