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

/// Parses a Content-Range value; `None` when it does not match the grammar or is invalid
/// ("a range-resp that has a last-pos value less than its first-pos value, or a
/// complete-length value less than or equal to its last-pos value").
pub fn parse(value: &[u8]) -> Option<Parsed> {
    let sp = value.iter().position(|&b| b == b' ')?;
    let unit = value.get(..sp)?;
    if !is_token(unit) {
        return None;
    }
    let rest = value.get(sp + 1..)?;
    let slash = rest.iter().position(|&b| b == b'/')?;
    let (range, complete) = (rest.get(..slash)?, rest.get(slash + 1..)?);
    let range = if range == b"*" {
        ContentRange::Unsatisfied {
            complete: number(complete)?,
        }
    } else {
        let dash = range.iter().position(|&b| b == b'-')?;
        let first = number(range.get(..dash)?)?;
        let last = number(range.get(dash + 1..)?)?;
        let complete = if complete == b"*" {
            None
        } else {
            Some(number(complete)?)
        };
        if last < first || complete.is_some_and(|c| c <= last) {
            return None;
        }
        ContentRange::Range {
            first,
            last,
            complete,
        }
    };
    Some(Parsed {
        unit: (0, sp),
        range,
    })
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
        assert_eq!(p.range.length(), Some(500));
        assert!(p.is_bytes(b"bytes 0-499/1234"));
    }
}
