use crate::context::Context;
use crate::fields::etag::{self, TagList};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A weak entity tag (`W/"…"`) in If-Match. The span is the first weak tag of each
    /// If-Match line; the message counts the others.
    ///
    /// ## Why
    /// > An origin server MUST use the strong comparison function when comparing entity
    /// > tags for If-Match (Section 8.8.3.2), since the client intends this precondition
    /// > to prevent the method from being applied if there have been any changes to the
    /// > representation data.
    ///
    /// ## Example
    /// ```http
    /// PUT /doc HTTP/1.1
    /// Host: example.com
    /// If-Match: W/"xyzzy"
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
    /// Under strong comparison "two entity tags are equivalent if both are not weak": a
    /// weak tag in If-Match matches nothing, so a list of only weak tags makes the
    /// condition false whatever the representation, and the request fails with 412
    /// (Precondition Failed). A server that only has weak tags for a resource cannot
    /// protect it with If-Match; If-Unmodified-Since is the alternative. If-None-Match
    /// compares weakly and takes weak tags.
    pub IfMatchWeak {
        id: "if-match-weak",
        section: spec::RFC9110_13_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::IfMatch) {
        let Some(TagList::Tags(tags)) = etag::list(cx.text(field.value)) else {
            continue;
        };
        let mut weak = tags.iter().filter(|t| t.weak);
        let Some(first) = weak.next() else { continue };
        let more = weak.count();
        let span = field.value.sub(first.start, first.end);
        let tag = cx.quote(span);
        let also = match more {
            0 => String::new(),
            1 => " (and 1 more)".to_string(),
            n => format!(" (and {n} more)"),
        };
        let message = if more + 1 == tags.len() {
            format!("If-Match lists only weak entity tags, {tag}{also}, which never match: If-Match compares strongly")
        } else {
            format!("If-Match lists the weak entity tag {tag}{also}, which never matches: If-Match compares strongly")
        };
        cx.report(IfMatchWeak, span, message)
            .help("Send the strong entity tag of the representation, or If-Unmodified-Since when only a weak tag is known");
    }
}
