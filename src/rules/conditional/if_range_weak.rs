use crate::context::Context;
use crate::fields::if_range::{self, IfRange};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An If-Range holding a weak entity tag (`W/"…"`). The span is the tag.
    ///
    /// ## Why
    /// > A client MUST NOT generate an If-Range header field containing an entity tag
    /// > that is marked as weak.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=1000-
    /// If-Range: W/"xyzzy"
    ///
    /// ```
    ///
    /// ## Notes
    /// If-Range compares with the strong function, so a weak tag never matches: the
    /// server always sends the whole representation. Resuming a download needs a strong
    /// validator; without one, request the range with If-Match or without a condition.
    pub IfRangeWeak {
        id: "if-range-weak",
        section: spec::RFC9110_13_1_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::IfRange) {
        let Ok(IfRange::Tag(tag)) = if_range::check(cx.text(field.value)) else { continue };
        if !tag.weak {
            continue;
        }
        let shown = cx.quote(field.value);
        cx.report(
            IfRangeWeak,
            field.value,
            format!("If-Range {shown} is a weak entity tag, which never matches"),
        )
        .help("Send a strong entity tag in If-Range, or leave If-Range out when only a weak one is known");
    }
}
