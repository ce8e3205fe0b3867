//! The Range request field (RFC 9110 §14.2) and its range specifiers (§14.1.1, §14.1.2).
//!
//! ```text
//! Range            = ranges-specifier
//! ranges-specifier = range-unit "=" range-set
//! range-set        = 1#range-spec
//! range-spec       = int-range / suffix-range / other-range
//! int-range        = first-pos "-" [ last-pos ]
//! suffix-range     = "-" suffix-length
//! ```

use super::known::KnownField;
use super::list;
use crate::parse::grammar::{is_digit, is_token};
use crate::parse::message::{FieldLine, Message};

/// One range-spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeSpec {
    /// `first-pos "-" [ last-pos ]`.
    Int {
        /// First position.
        first: u64,
        /// Last position, inclusive; `None` for "through the end".
        last: Option<u64>,
    },
    /// `"-" suffix-length`: the last N units.
    Suffix(u64),
    /// Any other form, for range units other than bytes.
    Other,
}

impl RangeSpec {
    /// The inclusive byte offsets this spec selects in a representation of `length`
    /// octets, or `None` when it is unsatisfiable (RFC 9110 §14.1.2).
    pub fn resolve(&self, length: u64) -> Option<(u64, u64)> {
        let end = length.checked_sub(1)?;
        match *self {
            RangeSpec::Int { first, last } if first < length => {
                Some((first, last.map_or(end, |l| l.min(end))))
            }
            RangeSpec::Suffix(n) if n > 0 => Some((length.saturating_sub(n), end)),
            _ => None,
        }
    }

    /// The inclusive byte offsets this spec selects, as [`RangeSpec::resolve`] gives them
    /// when the representation's complete length is known, else as written (an open end
    /// reaching `u64::MAX`); `None` for a suffix range without a length, or one that is
    /// unsatisfiable.
    pub fn bounds(&self, complete: Option<u64>) -> Option<(u64, u64)> {
        match (complete, *self) {
            (Some(length), _) => self.resolve(length),
            (None, RangeSpec::Int { first, last }) => Some((first, last.unwrap_or(u64::MAX))),
            (None, _) => None,
        }
    }
}

/// A parsed Range value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranges {
    /// Offsets of the range unit in the value.
    pub unit: (usize, usize),
    /// The range specs, in order (empty list elements left out).
    pub specs: Vec<RangeSpec>,
    /// The offsets of each range spec in the value, parallel to `specs`.
    pub spans: Vec<(usize, usize)>,
}

impl Ranges {
    /// True when the range unit is `bytes` (case-insensitive, RFC 9110 §14.1).
    pub fn is_bytes(&self, value: &[u8]) -> bool {
        value
            .get(self.unit.0..self.unit.1)
            .is_some_and(|u| u.eq_ignore_ascii_case(b"bytes"))
    }
}

/// The header field lines of a message whose Range value is a valid `bytes` range set,
/// parsed; folded lines are left to `obs-fold`.
pub fn byte_range_fields<'m>(
    m: &'m Message,
    input: &'m [u8],
) -> impl Iterator<Item = (&'m FieldLine, Ranges)> + 'm {
    m.fields_named(KnownField::Range)
        .filter(|f| !f.folded)
        .filter_map(move |f| {
            let value = f.value.slice(input);
            parse(value).filter(|r| r.is_bytes(value)).map(|r| (f, r))
        })
}

/// True for a range unit in the HTTP Range Unit Registry (RFC 9110 §16.5): `bytes`, and
/// `none`, which is reserved for `Accept-Ranges: none` (§14.3). Case-insensitive (§14.1).
pub fn unit_registered(unit: &[u8]) -> bool {
    unit.eq_ignore_ascii_case(b"bytes") || unit.eq_ignore_ascii_case(b"none")
}

/// What is wrong with a Range value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeProblem {
    /// No `=` after the range unit (the span is the whole value).
    NoEquals,
    /// The range unit is empty or not a token (the span is the unit, or the `=`).
    UnitInvalid,
    /// No range-spec after the `=` (the span is the `=`).
    Empty,
    /// A range-spec the unit does not allow, such as `0-1.5` or `abc` for bytes.
    SpecInvalid,
    /// An int-range whose last-pos is less than its first-pos.
    Backwards,
}

/// Where a Range value goes wrong, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeError {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// What is wrong there.
    pub problem: RangeProblem,
}

/// `1*DIGIT`, saturating: RFC 9110 §14.1.2 asks recipients to "anticipate potentially
/// large decimal numerals", and any such number is beyond every representation.
pub fn number(s: &[u8]) -> Option<u64> {
    if s.is_empty() || !s.iter().all(|&b| is_digit(b)) {
        return None;
    }
    Some(s.iter().fold(0u64, |n, &d| {
        n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    }))
}

fn spec(s: &[u8], bytes: bool) -> Result<RangeSpec, RangeProblem> {
    let dash = s.iter().position(|&b| b == b'-');
    let parsed = match dash {
        Some(0) => s
            .get(1..)
            .and_then(number)
            .map(RangeSpec::Suffix)
            .ok_or(RangeProblem::SpecInvalid),
        Some(d) => {
            let first = s.get(..d).and_then(number);
            let rest = s.get(d + 1..).unwrap_or_default();
            let last = if rest.is_empty() {
                Some(None)
            } else {
                number(rest).map(Some)
            };
            match (first, last) {
                // "An int-range is invalid if the last-pos value is present and less
                // than the first-pos."
                (Some(first), Some(last)) if last.is_none_or(|l| l >= first) => {
                    Ok(RangeSpec::Int { first, last })
                }
                (Some(_), Some(_)) => Err(RangeProblem::Backwards),
                _ => Err(RangeProblem::SpecInvalid),
            }
        }
        None => Err(RangeProblem::SpecInvalid),
    };
    match parsed {
        Ok(p) => Ok(p),
        // other-range = 1*( %x21-2B / %x2D-7E ); bytes does not use it.
        Err(_) if !bytes && !s.is_empty() && s.iter().all(|&b| (0x21..=0x7e).contains(&b)) => {
            Ok(RangeSpec::Other)
        }
        Err(e) => Err(e),
    }
}

/// Reads a Range value, saying where it goes wrong.
pub fn check(value: &[u8]) -> Result<Ranges, RangeError> {
    let err = |start: usize, end: usize, problem| RangeError {
        start,
        end,
        problem,
    };
    let Some(eq) = value.iter().position(|&b| b == b'=') else {
        return Err(err(0, value.len(), RangeProblem::NoEquals));
    };
    let unit = value.get(..eq).unwrap_or_default();
    if unit.is_empty() {
        return Err(err(eq, eq + 1, RangeProblem::UnitInvalid));
    }
    if !is_token(unit) {
        return Err(err(0, eq, RangeProblem::UnitInvalid));
    }
    let bytes = unit.eq_ignore_ascii_case(b"bytes");
    let set = value.get(eq + 1..).unwrap_or_default();
    let mut specs = Vec::new();
    let mut spans = Vec::new();
    for el in list::elements(set).filter(|e| !e.is_empty()) {
        let (start, end) = (eq + 1 + el.start, eq + 1 + el.end);
        specs.push(spec(el.text(set), bytes).map_err(|p| err(start, end, p))?);
        spans.push((start, end));
    }
    if specs.is_empty() {
        return Err(err(eq, eq + 1, RangeProblem::Empty));
    }
    Ok(Ranges {
        unit: (0, eq),
        specs,
        spans,
    })
}

/// Parses a Range value; `None` when it is not a valid ranges-specifier.
pub fn parse(value: &[u8]) -> Option<Ranges> {
    check(value).ok()
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        use RangeSpec::*;
        let table: &[(&str, Option<&[RangeSpec]>)] = &[
            (
                "bytes=0-499",
                Some(&[Int {
                    first: 0,
                    last: Some(499),
                }]),
            ),
            (
                "bytes=9500-",
                Some(&[Int {
                    first: 9500,
                    last: None,
                }]),
            ),
            ("bytes=-500", Some(&[Suffix(500)])),
            (
                "bytes= 0-999, 4500-5499, -1000",
                Some(&[
                    Int {
                        first: 0,
                        last: Some(999),
                    },
                    Int {
                        first: 4500,
                        last: Some(5499),
                    },
                    Suffix(1000),
                ]),
            ),
            (
                "BYTES=0-0,-1",
                Some(&[
                    Int {
                        first: 0,
                        last: Some(0),
                    },
                    Suffix(1),
                ]),
            ),
            (
                "bytes=99999999999999999999999-",
                Some(&[Int {
                    first: u64::MAX,
                    last: None,
                }]),
            ),
            ("pages=1.2-4", Some(&[Other])),
            ("bytes=5-4", None),
            ("bytes=a-b", None),
            ("bytes=", None),
            ("bytes", None),
            ("=0-1", None),
            ("bytes=-", None),
            ("bytes=1.2-4", None),
        ];
        for (input, want) in table {
            let got = parse(input.as_bytes()).map(|r| r.specs);
            assert_eq!(got.as_deref(), *want, "{input:?}");
        }
        assert!(parse(b"Bytes=0-1").unwrap().is_bytes(b"Bytes=0-1"));
        assert_eq!(parse(b"bytes= 0-1, -5").unwrap().spans, [(7, 10), (12, 14)]);
    }

    #[test]
    fn problems() {
        use RangeProblem::*;
        let table: &[(&str, (usize, usize, RangeProblem))] = &[
            ("bytes 0-99", (0, 10, NoEquals)),
            ("0-99", (0, 4, NoEquals)),
            ("=0-99", (0, 1, UnitInvalid)),
            ("by tes=0-99", (0, 6, UnitInvalid)),
            ("bytes=", (5, 6, Empty)),
            ("bytes= , ", (5, 6, Empty)),
            ("bytes=0-1, 5-4", (11, 14, Backwards)),
            ("bytes=0-1.5", (6, 11, SpecInvalid)),
            ("bytes=-", (6, 7, SpecInvalid)),
            ("bytes=abc", (6, 9, SpecInvalid)),
        ];
        for &(input, (start, end, problem)) in table {
            let got = check(input.as_bytes()).err();
            assert_eq!(
                got,
                Some(RangeError {
                    start,
                    end,
                    problem
                }),
                "{input:?}"
            );
        }
        assert!(unit_registered(b"Bytes") && unit_registered(b"none"));
        assert!(!unit_registered(b"pages"));
    }

    #[test]
    fn resolve() {
        let table: &[(RangeSpec, u64, Option<(u64, u64)>)] = &[
            (
                RangeSpec::Int {
                    first: 0,
                    last: Some(499),
                },
                10000,
                Some((0, 499)),
            ),
            (
                RangeSpec::Int {
                    first: 0,
                    last: Some(20000),
                },
                10000,
                Some((0, 9999)),
            ),
            (
                RangeSpec::Int {
                    first: 9500,
                    last: None,
                },
                10000,
                Some((9500, 9999)),
            ),
            (
                RangeSpec::Int {
                    first: 10000,
                    last: None,
                },
                10000,
                None,
            ),
            (RangeSpec::Suffix(500), 10000, Some((9500, 9999))),
            (RangeSpec::Suffix(50000), 10000, Some((0, 9999))),
            (RangeSpec::Suffix(0), 10000, None),
            (RangeSpec::Suffix(5), 0, None),
            (RangeSpec::Other, 10, None),
        ];
        for (spec, len, want) in table {
            assert_eq!(spec.resolve(*len), *want, "{spec:?} of {len}");
        }
    }
}
