use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::{self, ContentRange};
use crate::fields::range::Ranges;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 206 (Partial Content) response whose Content-Range (or, for multipart content,
    /// the Content-Range of a body part) encloses bytes outside every range the request
    /// asked for. Coalescing is allowed: a part may span the gap between requested ranges.
    /// Needs the request in the input; byte ranges only, and at most 64 of them.
    ///
    /// ## Why
    /// > If all of the preconditions are true, the server supports the Range header field
    /// > for the target resource, the received Range field-value contains a valid
    /// > ranges-specifier with a range-unit supported for that target resource, and that
    /// > ranges-specifier is satisfiable with respect to the selected representation, the
    /// > server SHOULD send a 206 (Partial Content) response with content containing one or
    /// > more partial representations that correspond to the satisfiable range-spec(s)
    /// > requested.
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=0-9
    ///
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 10-19/1000
    /// Content-Length: 10
    ///
    /// 0123456789
    /// ```
    pub ContentRangeOutsideRequest {
        id: "content-range-outside-request",
        section: spec::RFC9110_14_2,
        severity: Severity::Warning,
    }
}

/// Ranges beyond this many are not compared, so that a hostile Range and body cannot make
/// the check quadratic.
const MAX_SPECS: usize = 64;

/// True when `first..=last` lies within the requested ranges (or the gaps between them)
/// and overlaps at least one. `None` when a range cannot be resolved (a suffix range and
/// no complete length).
fn within(ranges: &Ranges, first: u64, last: u64, complete: Option<u64>) -> Option<bool> {
    let mut hull: Option<(u64, u64)> = None;
    let mut overlaps = false;
    for spec in &ranges.specs {
        // Without a complete length, a suffix range cannot be placed at all.
        let Some((a, b)) = spec.bounds(complete) else {
            if complete.is_some() {
                continue;
            }
            return None;
        };
        overlaps |= a <= last && first <= b;
        hull = Some(hull.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
    }
    let (lo, hi) = hull?;
    Some(overlaps && lo <= first && last <= hi)
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some((range_span, ranges)) = exchange::requested_byte_ranges(cx) else { return };
    if ranges.specs.len() > MAX_SPECS {
        return;
    }
    // The Content-Range values to check: the header's, or each body part's.
    let values: Vec<Span> = match exchange::content_range(cx.input, m) {
        Some((span, _)) => vec![span],
        None => exchange::body_part_content_ranges(cx.input, m),
    };
    for span in values {
        let value = cx.text(span);
        let Some(parsed) = content_range::parse(value).filter(|p| p.is_bytes(value)) else {
            continue;
        };
        let ContentRange::Range { first, last, complete } = parsed.range else { continue };
        if within(&ranges, first, last, complete) != Some(false) {
            continue;
        }
        let (shown, asked) = (cx.quote(span), cx.quote(range_span));
        cx.report(
            ContentRangeOutsideRequest,
            span,
            format!("Content-Range {shown} is outside the requested {asked}"),
        )
        .label(range_span, "requested range")
        .help("Send the bytes the request asked for, or 200 with the whole representation");
    }
}
