use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `min-fresh` directive with its argument in quoted-string form (`min-fresh="20"`).
    /// The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 'min-fresh=20' not
    /// > 'min-fresh="20"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: min-fresh="20"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: min-fresh=20
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub MinFreshQuoted {
        id: "min-fresh-quoted",
        section: spec::RFC9111_5_2_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::quoted_delta_seconds(cx, MinFreshQuoted, Directive::MinFresh);
}
