use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{mailbox, single_line};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A From value that is not an email address in RFC 5322 `mailbox` form
    /// (`user@example.org` or `Name <user@example.org>`), such as a URL or a bare name.
    /// The span is where the value stops matching.
    ///
    /// ## Why
    /// > mailbox = <mailbox, see [RFC5322], Section 3.4>
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// From: http://www.example.org/bot.html
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// From: spider-admin@example.org
    /// ```
    ///
    /// ## Notes
    /// The address "ought to be machine-usable": whoever runs the robot should be reachable
    /// when it misbehaves. A URL about the robot belongs in a User-Agent comment.
    pub FromInvalid {
        id: "from-invalid",
        section: spec::RFC9110_10_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::From) {
        let Err(err) = mailbox::parse(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        cx.report(FromInvalid, field.value.sub(err.start, err.end), format!("From \"{shown}\" is not an email address: expected {}", err.expected))
            .help("Send the address of the person responsible, e.g. From: spider-admin@example.org");
    }
}
