//! `Max-Forwards = 1*DIGIT` (RFC 9110 §7.6.2).

use super::tokens::{self, SyntaxError};

/// Parses a Max-Forwards value: the number (`None` when too large for 64 bits), or the
/// first octet that is not a digit.
pub fn parse(s: &[u8]) -> Result<Option<u64>, SyntaxError> {
    tokens::digits(s)?;
    Ok(s.iter().try_fold(0u64, |n, &d| {
        n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(parse(b"0"), Ok(Some(0)));
        assert_eq!(parse(b"10"), Ok(Some(10)));
        assert_eq!(parse(&[b'9'; 25]), Ok(None));
        for (input, start) in [("-1", 0), ("1.0", 1), ("ten", 0), ("", 0), ("5 ", 1)] {
            assert_eq!(parse(input.as_bytes()).unwrap_err().start, start, "{input}");
        }
    }
}
