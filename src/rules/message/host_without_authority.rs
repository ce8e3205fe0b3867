use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::request_target::{self, Form};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request whose absolute-form target has no authority component (`urn:isbn:…`,
    /// `mailto:…`, a URI without `//`) but whose Host field is not empty.
    ///
    /// ## Why
    /// > If the authority component is missing or undefined for the target URI, then a
    /// > client MUST send a Host header field with an empty field value.
    ///
    /// ## Example
    /// ```http
    /// GET urn:isbn:0451450523 HTTP/1.1
    /// Host: books.example
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET urn:isbn:0451450523 HTTP/1.1
    /// Host:
    /// ```
    pub HostWithoutAuthority {
        id: "host-without-authority",
        section: spec::RFC9112_3_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(line) = m.request_line() else { return };
    let target = cx.text(line.target);
    // Only an absolute-form target can lack an authority; origin-form gets it from Host.
    if request_target::form(target) != Form::Absolute
        || request_target::absolute_form_authority(target).is_some()
    {
        return;
    }
    let Some(host) = m.field(KnownField::Host) else { return };
    if host.value.is_empty() {
        return;
    }
    let (value, shown) = (cx.quote(host.value), cx.quote(line.target));
    cx.report(
        HostWithoutAuthority,
        host.value,
        format!("Host is \"{value}\" but the request-target \"{shown}\" has no authority"),
    )
    .label(line.target, "target URI without authority")
    .help("Send Host with an empty value (\"Host:\") for a target URI without an authority");
}
