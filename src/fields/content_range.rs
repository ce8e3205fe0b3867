//! The Content-Range field (RFC 9110 §14.4).
//!
//! ```text
//! Content-Range     = range-unit SP ( range-resp / unsatisfied-range )
//! range-resp        = incl-range "/" ( complete-length / "*" )
//! incl-range        = first-pos "-" last-pos
//! unsatisfied-range = "*/" complete-length
//! ```

use super::range::number;
use crate::parse::grammar::is_token;

/// What a Content-Range value describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentRange {
    /// `first-last/complete` (or `/*` when the complete length is unknown).
    Range {
        /// First position.
        first: u64,
        /// Last position, inclusive.
        last: u64,
        /// The complete length, when known.
        complete: Option<u64>,
    },
    /// `*/complete`: the current length, in a 416 response.
    Unsatisfied {
        /// The complete length.
        complete: u64,
    },
}

impl ContentRange {
    /// The number of units the range encloses (`last - first + 1`), for a range.
    pub fn length(&self) -> Option<u64> {
        match *self {
            ContentRange::Range { first, last, .. } => (last - first).checked_add(1),
            ContentRange::Unsatisfied { .. } => None,
        }
    }

    /// The complete length, when known.
    pub fn complete(&self) -> Option<u64> {
        match *self {
            ContentRange::Range { complete, .. } => complete,
            ContentRange::Unsatisfied { complete } => Some(complete),
        }
    }
}

/// A parsed Content-Range value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parsed {
    /// Offsets of the range unit in the value.
    pub unit: (usize, usize),
    /// The range or unsatisfied-range.
    pub range: ContentRange,
}

impl Parsed {
    /// True when the unit is `bytes` (case-insensitive).
    pub fn is_bytes(&self, value: &[u8]) -> bool {
        value
            .get(self.unit.0..self.unit.1)
            .is_some_and(|u| u.eq_ignore_ascii_case(b"bytes"))
    }
}

/// What is wrong with a Content-Range value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentRangeProblem {
    /// `bytes=0-9/10`: the `=` of a Range value where Content-Range has SP (the span is
    /// the `=`).
    Equals,
    /// No range unit before the range (the span is empty, at the start).
    UnitMissing,
    /// The range unit is not a token (the span is the unit).
    UnitInvalid,
    /// The text after the unit is neither a range-resp nor an unsatisfied-range; the
    /// string says what was expected there.
    Syntax(&'static str),
    /// last-pos is less than first-pos (the span is the incl-range).
    Backwards,
    /// complete-length is not greater than last-pos (the span is the complete-length).
    LengthNotAfterLast,
}

/// Where a Content-Range value goes wrong, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentRangeError {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// What is wrong there.
    pub problem: ContentRangeProblem,
}

/// Reads a Content-Range value, saying where it goes wrong: where the grammar is broken,
/// or where it is invalid ("a range-resp that has a last-pos value less than its
/// first-pos value, or a complete-length value less than or equal to its last-pos value").
pub fn check(value: &[u8]) -> Result<Parsed, ContentRangeError> {
    use ContentRangeProblem::*;
    let err = |start: usize, end: usize, problem| ContentRangeError {
        start,
        end,
        problem,
    };
    let Some(sp) = value.iter().position(|&b| b == b' ') else {
        if let Some(eq) = value.iter().position(|&b| b == b'=') {
            return Err(err(eq, eq + 1, Equals));
        }
        if value
            .first()
            .is_some_and(|&b| b == b'*' || b.is_ascii_digit())
        {
            return Err(err(0, 0, UnitMissing));
        }
        return Err(err(0, value.len(), Syntax("a range unit, SP and a range")));
    };
    let unit = value.get(..sp).unwrap_or_default();
    if unit.is_empty() {
        return Err(err(0, 0, UnitMissing));
    }
    if !is_token(unit) {
        return Err(err(0, sp, UnitInvalid));
    }
    let base = sp + 1;
    let rest = value.get(base..).unwrap_or_default();
    let Some(slash) = rest.iter().position(|&b| b == b'/') else {
        let expected = "\"/\" and the complete length (or \"*\") after the range";
        return Err(err(value.len(), value.len(), Syntax(expected)));
    };
    let (range, complete) = (
        rest.get(..slash).unwrap_or_default(),
        rest.get(slash + 1..).unwrap_or_default(),
    );
    let complete_at = (base + slash + 1, value.len());
    let bad_complete = |expected| err(complete_at.0, complete_at.1, Syntax(expected));
    if range == b"*" {
        let complete = number(complete).ok_or(bad_complete("the complete length (digits)"))?;
        return Ok(Parsed {
            unit: (0, sp),
            range: ContentRange::Unsatisfied { complete },
        });
    }
    let range_at = (base, base + slash);
    let numbers = range
        .iter()
        .position(|&b| b == b'-')
        .and_then(|dash| Some((number(range.get(..dash)?)?, number(range.get(dash + 1..)?)?)));
    let Some((first, last)) = numbers else {
        let expected = "first-pos \"-\" last-pos, or \"*\"";
        return Err(err(range_at.0, range_at.1, Syntax(expected)));
    };
    let complete = if complete == b"*" {
        None
    } else {
        Some(number(complete).ok_or(bad_complete("the complete length (digits) or \"*\""))?)
    };
    if last < first {
        return Err(err(range_at.0, range_at.1, Backwards));
    }
    if complete.is_some_and(|c| c <= last) {
        return Err(err(complete_at.0, complete_at.1, LengthNotAfterLast));
    }
    Ok(Parsed {
        unit: (0, sp),
        range: ContentRange::Range {
            first,
            last,
            complete,
        },
    })
}

/// Parses a Content-Range value; `None` when it does not match the grammar or is invalid
/// (see [`check`]).
pub fn parse(value: &[u8]) -> Option<Parsed> {
    check(value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let table: &[(&str, Option<ContentRange>)] = &[
            (
                "bytes 42-1233/1234",
                Some(ContentRange::Range {
                    first: 42,
                    last: 1233,
                    complete: Some(1234),
                }),
            ),
            (
                "bytes 42-1233/*",
                Some(ContentRange::Range {
                    first: 42,
                    last: 1233,
                    complete: None,
                }),
            ),
            (
                "bytes */1234",
                Some(ContentRange::Unsatisfied { complete: 1234 }),
            ),
            ("bytes 5-4/10", None),
            ("bytes 0-9/9", None),
            ("bytes 0-9", None),
            ("bytes=0-9/10", None),
            ("bytes */*", None),
            ("bytes  0-9/10", None),
            ("0-9/10", None),
        ];
        for (input, want) in table {
            assert_eq!(parse(input.as_bytes()).map(|p| p.range), *want, "{input:?}");
        }
        let p = parse(b"bytes 0-499/1234").unwrap();
        assert_eq!(p.unit, (0, 5));
        assert_eq!(p.range.length(), Some(500));
        assert!(p.is_bytes(b"bytes 0-499/1234"));
    }

    #[test]
    fn problems() {
        use ContentRangeProblem::*;
        let table: &[(&str, (usize, usize, ContentRangeProblem))] = &[
            ("bytes=0-9/10", (5, 6, Equals)),
            ("0-9/10", (0, 0, UnitMissing)),
            ("*/10", (0, 0, UnitMissing)),
            (" 0-9/10", (0, 0, UnitMissing)),
            ("by(tes 0-9/10", (0, 6, UnitInvalid)),
            ("bytes", (0, 5, Syntax("a range unit, SP and a range"))),
            ("bytes 5-4/10", (6, 9, Backwards)),
            ("bytes 0-9/9", (10, 11, LengthNotAfterLast)),
            ("bytes 0-9/5", (10, 11, LengthNotAfterLast)),
        ];
        for &(input, (start, end, problem)) in table {
            let got = check(input.as_bytes()).err();
            assert_eq!(
                got,
                Some(ContentRangeError {
                    start,
                    end,
                    problem
                }),
                "{input:?}"
            );
        }
        let syntax: &[(&str, (usize, usize))] = &[
            ("bytes 0-9", (9, 9)),
            ("bytes  0-9/10", (6, 10)),
            ("bytes */*", (8, 9)),
            ("bytes 0-9/x", (10, 11)),
            ("bytes 0-9/ 10", (10, 13)),
            ("bytes 0-/10", (6, 8)),
        ];
        for &(input, (start, end)) in syntax {
            let got = check(input.as_bytes()).err().map(|e| (e.start, e.end));
            assert_eq!(got, Some((start, end)), "{input:?}");
        }
    }
}
