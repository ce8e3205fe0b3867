use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `no-cache` response directive whose field-name list is in token form
    /// (`no-cache=Set-Cookie`) instead of quoted-string form (`no-cache="Set-Cookie"`). The
    /// span is the argument.
    ///
    /// ## Why
    /// > This directive uses the quoted-string form of the argument syntax. A sender SHOULD
    /// > NOT generate the token form (even if quoting appears not to be needed for
    /// > single-entry lists).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache=Set-Cookie
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache="Set-Cookie"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A list of more than one name cannot be sent in token form at all: the comma would
    /// end the directive.
    pub QualifiedNoCacheUnquoted {
        id: "qualified-no-cache-unquoted",
        section: spec::RFC9111_5_2_2_4,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::unquoted_field_names(cx, QualifiedNoCacheUnquoted, Directive::NoCache);
}
