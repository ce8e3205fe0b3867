use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An If-Match value that is neither `*` nor a list of entity tags: an unquoted tag
    /// (`If-Match: xyzzy`), a lower-case `w/`, a tag without its closing quote, or `*`
    /// next to other members, on the same line or on another If-Match line. The span is
    /// the offending part.
    ///
    /// ## Why
    /// > If-Match = "*" / #entity-tag
    ///
    /// ## Example
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-Match: xyzzy
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-Match: "xyzzy"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// "An If-Match header field with a list value containing "*" and other values
    /// (including other instances of "*") is syntactically invalid (therefore not allowed
    /// to be generated) and furthermore is unlikely to be interoperable." A server that
    /// cannot parse the condition may ignore it and overwrite a representation the client
    /// meant to protect. Empty list elements are `list-element-empty`'s.
    pub IfMatchInvalid {
        id: "if-match-invalid",
        section: spec::RFC9110_13_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::report_tag_list(cx, IfMatchInvalid, KnownField::IfMatch);
}
