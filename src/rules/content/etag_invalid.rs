use crate::context::Context;
use crate::fields::etag::{self, TagProblem};
use crate::fields::known::KnownField;
use crate::fields::single_line_with_trailers;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An ETag value that is not an entity-tag: not in double quotes (`ETag: abc`, the
    /// classic mistake, or `'abc'`), without its closing quote, with a character an
    /// opaque-tag cannot hold (SP, a DQUOTE, a control), with text after the closing quote
    /// (two tags), or empty. The span is the offending part; headers and trailers are
    /// read.
    ///
    /// ## Why
    /// > ETag = entity-tag
    /// > entity-tag = [ weak ] opaque-tag
    /// > weak = %s"W/"
    /// > opaque-tag = DQUOTE *etagc DQUOTE
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// ETag: 686897696a7c876b7e
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// ETag: "686897696a7c876b7e"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The quotes are part of the tag: a client sends it back verbatim in If-None-Match
    /// or If-Match, where an unquoted tag is just as invalid, so the condition is never
    /// evaluated and caching or lost-update protection silently stops working. A
    /// lower-case `w/` is `etag-weak-indicator-lowercase`'s; a value on obs-fold lines is
    /// `obs-fold`'s.
    pub EtagInvalid {
        id: "etag-invalid",
        section: spec::RFC9110_8_8_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line_with_trailers(cx.message, KnownField::ETag) {
        let value = cx.text(field.value);
        let Err(e) = etag::check(value) else { continue };
        if e.problem == TagProblem::LowercaseWeak {
            continue;
        }
        let span = field.value.sub(e.start, e.end);
        let shown = cx.quote(field.value);
        let message = match e.problem {
            TagProblem::Empty => "ETag is empty".to_string(),
            TagProblem::BadChar => format!(
                "ETag {shown} {}: \"{}\"",
                e.problem.describe(),
                cx.quote(span)
            ),
            _ => format!("ETag {shown} {}", e.problem.describe()),
        };
        let help = if e.problem == TagProblem::Unquoted && etag::quotable(value) {
            format!("Put the tag in double quotes: ETag: \"{shown}\"")
        } else {
            "Send one opaque tag in double quotes, such as ETag: \"xyzzy\" (or W/\"xyzzy\" when weak)".to_string()
        };
        cx.report(EtagInvalid, span, message).help(help);
    }
}
