use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An If-None-Match value that is neither `*` nor a list of entity tags: an unquoted
    /// tag (`If-None-Match: xyzzy`), a lower-case `w/`, a tag without its closing quote, or
    /// `*` next to other members, on the same line or on another If-None-Match line. The
    /// span is the offending part.
    ///
    /// ## Why
    /// > If-None-Match = "*" / #entity-tag
    ///
    /// ## Example
    /// ```http
    /// GET /doc HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "xyzzy", r2d2xxxx
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /doc HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "xyzzy", "r2d2xxxx"
    ///
    /// ```
    ///
    /// ## Notes
    /// "An If-None-Match header field with a list value containing "*" and other values
    /// (including other instances of "*") is syntactically invalid (therefore not allowed
    /// to be generated) and furthermore is unlikely to be interoperable." An unquoted tag
    /// usually echoes an ETag that was sent unquoted (`etag-invalid`); the server cannot
    /// match it, so every request transfers the whole representation again.
    pub IfNoneMatchInvalid {
        id: "if-none-match-invalid",
        section: spec::RFC9110_13_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::report_tag_list(cx, IfNoneMatchInvalid, KnownField::IfNoneMatch);
}
