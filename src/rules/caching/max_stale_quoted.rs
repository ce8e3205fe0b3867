use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `max-stale` directive with its argument in quoted-string form (`max-stale="10"`).
    /// The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 'max-stale=10' not
    /// > 'max-stale="10"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-stale="10"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-stale=10
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub MaxStaleQuoted {
        id: "max-stale-quoted",
        section: spec::RFC9111_5_2_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::quoted_delta_seconds(cx, MaxStaleQuoted, Directive::MaxStale);
}
