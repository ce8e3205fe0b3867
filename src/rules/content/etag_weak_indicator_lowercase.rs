use crate::context::Context;
use crate::fields::etag::{self, TagProblem};
use crate::fields::known::KnownField;
use crate::fields::single_line_with_trailers;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An ETag whose weakness indicator is written `w/` instead of `W/`. The span is the
    /// `w/`.
    ///
    /// ## Why
    /// > If an origin server provides an entity tag for a representation and the
    /// > generation of that entity tag does not satisfy all of the characteristics of a
    /// > strong validator (Section 8.8.1), then the origin server MUST mark the entity tag
    /// > as weak by prefixing its opaque value with "W/" (case-sensitive).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// ETag: w/"xyzzy"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// ETag: W/"xyzzy"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `w/"xyzzy"` is not an entity-tag at all: recipients either reject it or take the
    /// whole text for an opaque value, and then never match it against the tag they get
    /// back in If-None-Match.
    pub EtagWeakIndicatorLowercase {
        id: "etag-weak-indicator-lowercase",
        section: spec::RFC9110_8_8_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line_with_trailers(cx.message, KnownField::ETag) {
        let Err(e) = etag::check(cx.text(field.value)) else { continue };
        if e.problem != TagProblem::LowercaseWeak {
            continue;
        }
        let span = field.value.sub(e.start, e.end);
        let shown = cx.quote(field.value);
        cx.report(
            EtagWeakIndicatorLowercase,
            span,
            format!("ETag {shown} marks weakness with \"w/\", but the indicator is case-sensitive"),
        )
        .help("Write the weakness indicator in upper case: W/\"…\"");
    }
}
