use crate::context::Context;
use crate::exchange;
use crate::fields::content_range::{self, ContentRangeProblem};
use crate::fields::range;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Content-Range value, in the header section or in a body part of a
    /// `multipart/byteranges` response, that is not `unit first-last/length`,
    /// `unit first-last/*` or `unit */length`: an `=` after the unit (`bytes=0-499/1234`,
    /// the Range syntax), no unit, no `/length`, a last position before the first, or a
    /// complete length not greater than the last position (`bytes 0-1234/1234`). The span
    /// is the offending part.
    ///
    /// ## Why
    /// > Content-Range = range-unit SP ( range-resp / unsatisfied-range )
    /// > range-resp = incl-range "/" ( complete-length / "*" )
    /// > incl-range = first-pos "-" last-pos
    /// > unsatisfied-range = "*/" complete-length
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes=0-4/10
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 206 Partial Content
    /// Content-Range: bytes 0-4/10
    /// Content-Length: 5
    ///
    /// hello
    /// ```
    ///
    /// ## Notes
    /// "A Content-Range field value is invalid if it contains a range-resp that has a
    /// last-pos value less than its first-pos value, or a complete-length value less than
    /// or equal to its last-pos value. The recipient of an invalid Content-Range MUST NOT
    /// attempt to recombine the received content with a stored representation." Positions
    /// count from 0: the last byte of a 1234-byte representation is 1233.
    ///
    /// After a unit other than `bytes`, only the unit and the space are checked: the
    /// RFC's own example of another unit (§14.6, `exampleunit 1.2-4.3/25`) does not match
    /// the ABNF, whose positions are digits.
    pub ContentRangeInvalid {
        id: "content-range-invalid",
        section: spec::RFC9110_14_4,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let values = exchange::content_range_values(cx.input, m);
    for value in values {
        let text = cx.text(value);
        let Err(e) = content_range::check(text) else { continue };
        // Past a unit other than bytes, only the unit is checked: see the notes.
        let sp = text.iter().position(|&b| b == b' ');
        let after_unit = sp.is_some_and(|sp| e.start > sp);
        let bytes = text.get(..6).is_some_and(|u| u.eq_ignore_ascii_case(b"bytes "));
        if after_unit && !bytes {
            continue;
        }
        let span = value.sub(e.start, e.end);
        let shown = cx.quote(value);
        let (message, help) = match e.problem {
            ContentRangeProblem::Equals => (
                format!("Content-Range \"{shown}\" separates the unit with \"=\", as Range does"),
                format!("Separate the unit with a space: Content-Range: {}", shown.replacen('=', " ", 1)),
            ),
            ContentRangeProblem::UnitMissing if value.is_empty() => (
                "Content-Range is empty".to_string(),
                "Send the unit, the range and the complete length, such as Content-Range: bytes 0-499/1234".to_string(),
            ),
            ContentRangeProblem::UnitMissing => (
                format!("Content-Range \"{shown}\" has no range unit"),
                format!("Start with the unit: Content-Range: bytes {shown}"),
            ),
            ContentRangeProblem::UnitInvalid => (
                format!("Content-Range \"{shown}\" has no valid range unit"),
                "Send the unit, the range and the complete length, such as Content-Range: bytes 0-499/1234".to_string(),
            ),
            ContentRangeProblem::Syntax(expected) => (
                format!("Content-Range \"{shown}\" is not valid: expected {expected}"),
                "Send the unit, the range and the complete length, such as Content-Range: bytes 0-499/1234".to_string(),
            ),
            ContentRangeProblem::Backwards => (
                format!("Content-Range \"{shown}\" ends before it starts"),
                "Give the first and last positions in order: first-last".to_string(),
            ),
            ContentRangeProblem::LengthNotAfterLast => (
                format!("Content-Range \"{shown}\" ends at or beyond its complete length"),
                match range::number(cx.text(span)).filter(|&n| n > 0) {
                    Some(n) => format!("Positions count from 0: the last byte of a {n}-byte representation is {}", n - 1),
                    None => "Positions count from 0: the last byte of a 1234-byte representation is 1233".to_string(),
                },
            ),
        };
        cx.report(ContentRangeInvalid, span, message).help(help);
    }
}
