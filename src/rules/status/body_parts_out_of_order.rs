use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::{self, ContentRange};
use crate::fields::range::RangeSpec;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) `multipart/byteranges` response whose parts come in another
    /// order than the byte ranges of the request's Range. Each part is matched to the first
    /// requested range it overlaps; a part matched to an earlier range than the part before
    /// it is reported. Needs the request in the input, and a contiguous (not chunked) body.
    ///
    /// ## Why
    /// > A server that generates a multipart response SHOULD send the parts in the same
    /// > order that the corresponding range-spec appeared in the received Range header
    /// > field, excluding those ranges that were deemed unsatisfiable or that were
    /// > coalesced into other ranges.
    ///
    /// ## Example
    /// ```http
    /// GET /doc HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-4, 90-99
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Type: multipart/byteranges; boundary=SEP
    ///
    /// --SEP
    /// Content-Range: bytes 90-99/100
    ///
    /// abcdefghij
    /// --SEP
    /// Content-Range: bytes 0-4/100
    ///
    /// hello
    /// --SEP--
    /// ```
    ///
    /// ## Notes
    /// A client may have asked for a later part first on purpose (RFC 9110 §14.2); it reads
    /// the parts in the order it asked for them. A Range with more than 64 ranges is not
    /// checked (a server may reject it, §14.2).
    pub BodyPartsOutOfOrder {
        id: "body-parts-out-of-order",
        section: spec::RFC9110_15_3_7_2,
        severity: Severity::Warning,
    }
}

/// Ranges beyond this many are not matched to parts, so that a hostile Range and body
/// cannot make the check quadratic.
const MAX_SPECS: usize = 64;

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some((range_span, ranges)) = exchange::requested_byte_ranges(cx) else { return };
    if !(2..=MAX_SPECS).contains(&ranges.specs.len()) {
        return;
    }
    let Some((body, multipart)) = exchange::byterange_parts(cx.input, m) else { return };
    let content = cx.text(body);
    let mut latest = 0;
    for part in &multipart.parts {
        let Some(field) = part.field(content, "content-range") else { continue };
        let value = content.get(field.value.0..field.value.1).unwrap_or_default();
        let Some(parsed) = content_range::parse(value) else { continue };
        let ContentRange::Range { first, last, complete } = parsed.range else { continue };
        let overlaps = |s: &RangeSpec| s.bounds(complete).is_some_and(|(a, b)| a <= last && first <= b);
        let Some(index) = ranges.specs.iter().position(overlaps) else { continue };
        if index >= latest {
            latest = index;
            continue;
        }
        let span = body.sub(field.value.0, field.value.1);
        let shown = cx.quote(span);
        cx.report(
            BodyPartsOutOfOrder,
            span,
            format!("Part {shown} comes after a part for a range requested later"),
        )
        .label(range_span, "requested order")
        .help("Send the parts in the order of the ranges in the request's Range");
    }
}
