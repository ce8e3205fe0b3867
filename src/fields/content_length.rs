//! `Content-Length = 1*DIGIT` (RFC 9110 §8.6).

use super::list;
use crate::parse::grammar::is_digit;

/// Why a Content-Length value is invalid, with the offending offsets in the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// The value is empty.
    Empty,
    /// A character that is not a digit, at these offsets.
    NotDigit(usize, usize),
    /// More than fits in 64 bits.
    Overflow,
    /// A list of different values (`5, 6`), at the offsets of the first that differs.
    Differing(usize, usize),
}

/// The parsed value of one Content-Length field line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentLength {
    /// A single valid decimal number.
    Valid(u64),
    /// A comma-separated list of identical valid numbers (`5, 5`), which RFC 9112 §6.3
    /// lets a recipient accept as that one number.
    RepeatedList(u64),
    /// Not a valid value.
    Invalid(Invalid),
}

/// Parses `1*DIGIT`, without signs, whitespace or overflow.
///
/// # Errors
/// [`Invalid`] says why the text is not a number.
pub fn parse_number(s: &[u8]) -> Result<u64, Invalid> {
    if s.is_empty() {
        return Err(Invalid::Empty);
    }
    if let Some(i) = s.iter().position(|&b| !is_digit(b)) {
        return Err(Invalid::NotDigit(i, i + 1));
    }
    s.iter().try_fold(0u64, |n, &d| {
        n.checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or(Invalid::Overflow)
    })
}

/// Parses a Content-Length field value.
pub fn parse(value: &[u8]) -> ContentLength {
    if !value.contains(&b',') {
        return match parse_number(value) {
            Ok(n) => ContentLength::Valid(n),
            Err(e) => ContentLength::Invalid(e),
        };
    }
    let mut first: Option<u64> = None;
    for el in list::elements(value) {
        let n = match parse_number(el.text(value)) {
            Ok(n) => n,
            Err(Invalid::NotDigit(a, b)) => {
                return ContentLength::Invalid(Invalid::NotDigit(el.start + a, el.start + b))
            }
            Err(Invalid::Empty) => {
                return ContentLength::Invalid(Invalid::NotDigit(el.start, el.start))
            }
            Err(e) => return ContentLength::Invalid(e),
        };
        match first {
            None => first = Some(n),
            Some(f) if f != n => {
                return ContentLength::Invalid(Invalid::Differing(el.start, el.end))
            }
            Some(_) => {}
        }
    }
    first.map_or(
        ContentLength::Invalid(Invalid::Empty),
        ContentLength::RepeatedList,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        use ContentLength::*;
        let table: &[(&str, ContentLength)] = &[
            ("0", Valid(0)),
            ("1234", Valid(1234)),
            ("007", Valid(7)),
            ("18446744073709551615", Valid(u64::MAX)),
            ("18446744073709551616", Invalid(super::Invalid::Overflow)),
            ("", Invalid(super::Invalid::Empty)),
            ("-1", Invalid(super::Invalid::NotDigit(0, 1))),
            ("+5", Invalid(super::Invalid::NotDigit(0, 1))),
            ("12a", Invalid(super::Invalid::NotDigit(2, 3))),
            ("0x10", Invalid(super::Invalid::NotDigit(1, 2))),
            ("1 2", Invalid(super::Invalid::NotDigit(1, 2))),
            ("5, 5", RepeatedList(5)),
            ("5,5,5", RepeatedList(5)),
            ("5, 6", Invalid(super::Invalid::Differing(3, 4))),
            ("5,", Invalid(super::Invalid::NotDigit(2, 2))),
        ];
        for (input, want) in table {
            assert_eq!(parse(input.as_bytes()), *want, "{input:?}");
        }
    }
}
