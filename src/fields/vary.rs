//! `Vary = #( "*" / field-name )` (RFC 9110 §12.5.5).

use super::list;
use super::tokens::SyntaxError;
use crate::parse::grammar::{is_tchar, is_token};

/// One member of a Vary value, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// True for the wildcard `*`.
    pub wildcard: bool,
}

impl Member {
    /// The member's octets.
    pub fn text<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.start..self.end).unwrap_or_default()
    }
}

/// The members of a Vary value; empty list elements are skipped.
pub fn members(value: &[u8]) -> impl Iterator<Item = Result<Member, SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| {
            let text = e.text(value);
            if is_token(text) {
                return Ok(Member {
                    start: e.start,
                    end: e.end,
                    wildcard: text == b"*",
                });
            }
            let bad = text.iter().position(|&b| !is_tchar(b)).unwrap_or(0);
            Err(SyntaxError::at(
                value,
                e.start + bad,
                "a field name (token) or \"*\"",
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let s = b"accept-encoding, accept-language";
        let got: Vec<&[u8]> = members(s).map(|m| m.unwrap().text(s)).collect();
        assert_eq!(got, [&b"accept-encoding"[..], b"accept-language"]);
        assert!(members(b"*").next().unwrap().unwrap().wildcard);
        assert_eq!(
            members(b"Accept Encoding")
                .next()
                .unwrap()
                .unwrap_err()
                .start,
            6
        );
        assert_eq!(members(b"a, b:c").nth(1).unwrap().unwrap_err().start, 4);
    }
}
