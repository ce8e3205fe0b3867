use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An `s-maxage` directive with its argument in quoted-string form (`s-maxage="10"`).
    /// The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 's-maxage=10' not
    /// > 's-maxage="10"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: s-maxage="10"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: s-maxage=10
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub SMaxageQuoted {
        id: "s-maxage-quoted",
        section: spec::RFC9111_5_2_2_10,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::quoted_delta_seconds(cx, SMaxageQuoted, Directive::SMaxage);
}
