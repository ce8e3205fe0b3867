use crate::context::Context;
use crate::fields::etag::TagProblem;
use crate::fields::if_range::{self, IfRangeError};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An If-Range value that is neither an entity tag nor an HTTP-date: an unquoted tag
    /// (`If-Range: xyzzy`), a broken tag, a date in another format (a time zone other than
    /// GMT, ISO 8601…), or a list. The span is the offending part.
    ///
    /// ## Why
    /// > If-Range = entity-tag / HTTP-date
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=1000-
    /// If-Range: xyzzy
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=1000-
    /// If-Range: "xyzzy"
    ///
    /// ```
    ///
    /// ## Notes
    /// A recipient tells the two forms apart by "examining the first three characters for
    /// a DQUOTE"; a value that is neither cannot match, so the server sends the whole
    /// representation instead of the range.
    pub IfRangeInvalid {
        id: "if-range-invalid",
        section: spec::RFC9110_13_1_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::IfRange).filter(|f| !f.folded) {
        let Err(e) = if_range::check(cx.text(field.value)) else { continue };
        let shown = cx.quote(field.value);
        let (span, message) = match e {
            IfRangeError::Neither if field.value.is_empty() => {
                (field.value, "If-Range is empty".to_string())
            }
            IfRangeError::Neither => (
                field.value,
                format!("If-Range {shown} is neither an entity tag in double quotes nor an HTTP-date"),
            ),
            IfRangeError::Tag(t) => {
                let span = field.value.sub(t.start, t.end);
                let message = match t.problem {
                    TagProblem::BadChar => format!(
                        "If-Range {shown} {}: \"{}\"",
                        t.problem.describe(),
                        cx.quote(span)
                    ),
                    p => format!("If-Range {shown} {}", p.describe()),
                };
                (span, message)
            }
            IfRangeError::Date(d) => (
                field.value.sub(d.start, d.end),
                format!("If-Range \"{shown}\" is not an HTTP-date: expected {}", d.expected),
            ),
        };
        cx.report(IfRangeInvalid, span, message)
            .help("Send the strong entity tag in double quotes (If-Range: \"xyzzy\"), or the Last-Modified date as an IMF-fixdate");
    }
}
