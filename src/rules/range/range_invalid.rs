use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::range::{self, RangeProblem};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Range value that is not a valid ranges-specifier: no `=` after the unit
    /// (`Range: bytes 0-499`, the Content-Range syntax), no unit, no range after the `=`,
    /// a byte range that is not `first-last`, `first-` or `-suffix` (`bytes=0-1.5`), or an
    /// int-range whose last position is less than its first (`bytes=500-100`). The span is
    /// the offending part.
    ///
    /// ## Why
    /// > ranges-specifier = range-unit "=" range-set
    /// > range-set = 1#range-spec
    /// > range-spec = int-range / suffix-range / other-range
    ///
    /// ## Example
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=500-100
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /video HTTP/1.1
    /// Host: example.com
    /// Range: bytes=100-500
    ///
    /// ```
    ///
    /// ## Notes
    /// "An int-range is invalid if the last-pos value is present and less than the
    /// first-pos", and "a ranges-specifier is invalid if it contains any range-spec that
    /// is invalid or undefined for the indicated range-unit". A server may ignore or
    /// reject an invalid Range (RFC 9110 §14.2), so the client gets the whole
    /// representation or an error. For units other than `bytes`, any range-spec without a
    /// comma is accepted (other-range).
    pub RangeInvalid {
        id: "range-invalid",
        section: spec::RFC9110_14_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in cx.message.fields_named(KnownField::Range).filter(|f| !f.folded) {
        let Err(e) = range::check(cx.text(field.value)) else { continue };
        let span = field.value.sub(e.start, e.end);
        let shown = cx.quote(field.value);
        let part = cx.quote(span);
        let message = match e.problem {
            RangeProblem::NoEquals if field.value.is_empty() => "Range is empty".to_string(),
            RangeProblem::NoEquals => format!("Range \"{shown}\" has no \"=\" between the range unit and the ranges"),
            RangeProblem::UnitInvalid => format!("Range \"{shown}\" has no valid range unit before \"=\""),
            RangeProblem::Empty => format!("Range \"{shown}\" lists no range"),
            RangeProblem::SpecInvalid => format!("Range \"{shown}\": \"{part}\" is not a valid range"),
            RangeProblem::Backwards => format!("Range \"{shown}\": \"{part}\" ends before it starts"),
        };
        cx.report(RangeInvalid, span, message)
            .help("Send the unit, \"=\" and ranges of first-last, first- or -suffix, such as Range: bytes=0-499");
    }
}
