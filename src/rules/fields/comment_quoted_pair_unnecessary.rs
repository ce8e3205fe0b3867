use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::product::{self, Part};
use crate::fields::{single_line, tokens, via};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A backslash in a comment of User-Agent, Server or Via that escapes something other
    /// than `(`, `)` or `\`. The span is the backslash and the octet it escapes.
    ///
    /// ## Why
    /// > A sender SHOULD NOT generate a quoted-pair in a comment except where necessary to
    /// > quote parentheses ["(" and ")"] and backslash octets occurring within that comment.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: Example/1.0 (build\-42)
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// User-Agent: Example/1.0 (build-42)
    /// ```
    pub CommentQuotedPairUnnecessary {
        id: "comment-quoted-pair-unnecessary",
        section: spec::RFC9110_5_6_4,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for name in [KnownField::UserAgent, KnownField::Server, KnownField::Via] {
        for field in single_line(cx.message, name) {
            let v = cx.text(field.value);
            let found = if name == KnownField::Via {
                via::members(v)
                    .filter_map(|m| m.ok()?.comment)
                    .find_map(|(a, b)| tokens::comment_needless_escape(v, a, b))
            } else {
                product::parse(v).0.iter().find_map(|p| match *p {
                    Part::Comment((a, b)) => tokens::comment_needless_escape(v, a, b),
                    Part::Product { .. } => None,
                })
            };
            let Some(at) = found else { continue };
            let escaped = cx.quote(field.value.sub(at + 1, at + 2));
            cx.report(CommentQuotedPairUnnecessary, field.value.sub(at, at + 2), format!("{} escapes \"{escaped}\" in a comment without need", name.name()))
                .help(format!("Write \"{escaped}\" without the backslash; only (, ) and \\ need one in a comment"));
        }
    }
}
