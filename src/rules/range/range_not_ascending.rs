use crate::context::Context;
use crate::fields::range::{self, RangeSpec};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A byte Range whose int-ranges are not in ascending order of first position
    /// (`bytes=500-999, 0-499`). Suffix ranges (`-500`), which count from the end, are not
    /// compared. The span is the first range that starts before the one listed ahead of it,
    /// which a label marks.
    ///
    /// ## Why
    /// > A client that is requesting multiple ranges SHOULD list those ranges in ascending
    /// > order (the order in which they would typically be received in a complete
    /// > representation) unless there is a specific need to request a later part earlier.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=500-999, 0-499
    ///
    /// ```
    ///
    /// ## Notes
    /// A server may ignore or reject "a set of many small ranges that are not listed in
    /// ascending order, since these are indications of either a broken client or a
    /// deliberate denial-of-service attack" (RFC 9110 §14.2). A client with a real need for
    /// a later part first (pages stored in reverse order) can ignore this finding.
    pub RangeNotAscending {
        id: "range-not-ascending",
        section: spec::RFC9110_14_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, ranges) in range::byte_range_fields(cx.message, cx.input) {
        let mut previous: Option<(u64, (usize, usize))> = None;
        let mut out_of_order = None;
        for (spec, &at) in ranges.specs.iter().zip(&ranges.spans) {
            let RangeSpec::Int { first, .. } = *spec else { continue };
            if let Some((before, before_at)) = previous.filter(|&(p, _)| first < p) {
                out_of_order = Some((at, before_at, before));
                break;
            }
            previous = Some((first, at));
        }
        let Some((at, before_at, _)) = out_of_order else { continue };
        let span = field.value.sub(at.0, at.1);
        let before = field.value.sub(before_at.0, before_at.1);
        let (this, that) = (cx.quote(span), cx.quote(before));
        cx.report(
            RangeNotAscending,
            span,
            format!("Range lists {this} after {that}, out of ascending order"),
        )
        .label(before, "listed earlier")
        .help("List the ranges in the order of their first byte");
    }
}
