use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `max-age` request directive with its argument in quoted-string form
    /// (`max-age="0"`). The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 'max-age=5' not
    /// > 'max-age="5"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-age="0"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-age=0
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub RequestMaxAgeQuoted {
        id: "request-max-age-quoted",
        section: spec::RFC9111_5_2_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return; // max-age-quoted
    }
    rules_support::quoted_delta_seconds(cx, RequestMaxAgeQuoted, Directive::MaxAge);
}
