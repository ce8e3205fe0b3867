//! `Retry-After = HTTP-date / delay-seconds` (RFC 9110 §10.2.3), with
//! `delay-seconds = 1*DIGIT`.

use super::date::{self, DateError, HttpDate};
use super::tokens::{self, SyntaxError};

/// A Retry-After value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// An HTTP-date (or what tries to be one), with the date parser's result.
    Date(Result<HttpDate, DateError>),
    /// `delay-seconds`: the number, or `None` when it is too large for 64 bits.
    Delay(Option<u64>),
    /// Neither: the error points at the offending octet.
    Invalid(SyntaxError),
}

/// Parses a Retry-After value. A value that starts with a letter is taken to be an
/// HTTP-date (every form starts with a day name), anything else delay-seconds.
pub fn parse(s: &[u8]) -> RetryAfter {
    if s.first().is_some_and(u8::is_ascii_alphabetic) {
        return RetryAfter::Date(date::parse(s));
    }
    match tokens::digits(s) {
        Ok(()) => RetryAfter::Delay(s.iter().try_fold(0u64, |n, &d| {
            n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        })),
        Err(mut e) => {
            e.expected = "delay-seconds (digits) or an HTTP-date";
            RetryAfter::Invalid(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(parse(b"120"), RetryAfter::Delay(Some(120)));
        assert!(matches!(
            parse(b"Fri, 31 Dec 1999 23:59:59 GMT"),
            RetryAfter::Date(Ok(_))
        ));
        assert!(matches!(parse(b"Fri, 31 Dec 99"), RetryAfter::Date(Err(_))));
        assert_eq!(parse(&[b'9'; 30]), RetryAfter::Delay(None));
        for (input, start) in [("-1", 0), ("1.5", 1), ("120s", 3), ("", 0), (" 5", 0)] {
            let RetryAfter::Invalid(e) = parse(input.as_bytes()) else {
                panic!("{input}: not invalid");
            };
            assert_eq!(e.start, start, "{input}");
        }
    }
}
