use crate::context::Context;
use crate::fields::range::{self, RangeSpec};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A byte Range with two int-ranges that overlap (`bytes=0-999, 500-1499`) or touch
    /// (`bytes=500-600, 601-999`): one range covering both asks for the same bytes more
    /// cheaply. Suffix ranges (`-500`) are not compared. The span is the later-listed range
    /// of the first such pair; a label marks the other.
    ///
    /// ## Why
    /// > A client SHOULD NOT request multiple ranges that are inherently less efficient to
    /// > process and transfer than a single range that encompasses the same data.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-999, 500-1499
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-1499
    ///
    /// ```
    ///
    /// ## Notes
    /// Each range becomes a body part of a multipart/byteranges response, with its own
    /// headers, and overlapping bytes are sent twice. RFC 9110 §14.1.2 calls
    /// `bytes=500-600,601-999` and `bytes=500-700,601-999` "valid (but not canonical)";
    /// a server may coalesce them, or ignore or reject "a ranges-specifier with more than
    /// two overlapping ranges" (§14.2).
    pub RangeOverlapping {
        id: "range-overlapping",
        section: spec::RFC9110_14_2,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, ranges) in range::byte_range_fields(cx.message, cx.input) {
        // (first, last, index in the list), sorted by first: one sweep finds a range that
        // starts at most one byte after the furthest end so far. O(n log n).
        let mut ints: Vec<(u64, u64, usize)> = ranges
            .specs
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match *s {
                RangeSpec::Int { first, last } => Some((first, last.unwrap_or(u64::MAX), i)),
                _ => None,
            })
            .collect();
        ints.sort_unstable();
        let mut reach: Option<(u64, usize)> = None;
        let mut pair = None;
        for &(first, last, i) in &ints {
            if let Some((end, j)) = reach.filter(|&(end, _)| first <= end.saturating_add(1)) {
                pair = Some((i.max(j), i.min(j), first <= end));
                break;
            }
            if reach.is_none_or(|(end, _)| last > end) {
                reach = Some((last, i));
            }
        }
        let Some((later, earlier, overlap)) = pair else { continue };
        let (Some(&a), Some(&b)) = (ranges.spans.get(later), ranges.spans.get(earlier)) else {
            continue;
        };
        let span = field.value.sub(a.0, a.1);
        let other = field.value.sub(b.0, b.1);
        let (this, that) = (cx.quote(span), cx.quote(other));
        let how = if overlap { "overlaps" } else { "is adjacent to" };
        cx.report(
            RangeOverlapping,
            span,
            format!("Range {this} {how} {that}: one range covering both is cheaper"),
        )
        .label(other, if overlap { "overlapping range" } else { "adjacent range" })
        .help("Merge overlapping and adjacent ranges into one");
    }
}
