//! `Transfer-Encoding = #transfer-coding` (RFC 9112 §6.1), with
//! `transfer-coding = token *( OWS ";" OWS transfer-parameter )` (RFC 9110 §10.1.4).

use super::list;
use super::tokens::{quoted_string, skip_ows, token_end};
use crate::parse::grammar::is_tchar;

/// One transfer coding of a Transfer-Encoding value, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coding {
    /// The whole list element, parameters included.
    pub start: usize,
    /// End of the whole element.
    pub end: usize,
    /// End of the coding name (the leading token).
    pub name_end: usize,
    /// True when the element is a valid `transfer-coding`.
    pub valid: bool,
}

impl Coding {
    /// The coding name.
    pub fn name<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.start..self.name_end).unwrap_or_default()
    }

    /// True when the coding is `chunked` (case-insensitive, RFC 9112 §7).
    pub fn is_chunked(&self, value: &[u8]) -> bool {
        self.name(value).eq_ignore_ascii_case(b"chunked")
    }
}

/// The non-empty codings of a Transfer-Encoding value, in order.
pub fn codings(value: &[u8]) -> impl Iterator<Item = Coding> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| {
            let text = e.text(value);
            let name_len = text.iter().take_while(|&&b| is_tchar(b)).count();
            let rest = text.get(name_len..).unwrap_or_default();
            let rest = rest.iter().skip_while(|&&b| b == b' ' || b == b'\t');
            let params_ok = rest.clone().next().is_none_or(|&b| b == b';');
            Coding {
                start: e.start,
                end: e.end,
                name_end: e.start + name_len,
                valid: name_len > 0 && params_ok,
            }
        })
}

/// Checks one list element against `transfer-coding = token *( OWS ";" OWS
/// transfer-parameter )`, `transfer-parameter = token BWS "=" BWS ( token / quoted-string )`
/// (RFC 9110 §10.1.4).
///
/// # Errors
/// `Err((start, end))` gives the offsets in `element` of the first octets that do not fit:
/// from there to the end of the element, or a zero-length range where something is missing.
pub fn check_coding(element: &[u8]) -> Result<(), (usize, usize)> {
    let len = element.len();
    let mut i = token_end(element, 0);
    if i == 0 {
        return Err((0, len));
    }
    while i < len {
        let semi = skip_ows(element, i);
        if element.get(semi) != Some(&b';') {
            return Err((i, len));
        }
        let name = skip_ows(element, semi + 1);
        let name_end = token_end(element, name);
        if name_end == name {
            return Err((name, len));
        }
        let eq = skip_ows(element, name_end);
        if element.get(eq) != Some(&b'=') {
            return Err((eq, len));
        }
        let val = skip_ows(element, eq + 1);
        i = if element.get(val) == Some(&b'"') {
            match quoted_string(element, val) {
                Ok(q) => q.end,
                Err(e) => return Err((e.start.max(val), len)),
            }
        } else {
            let end = token_end(element, val);
            if end == val {
                return Err((val, len));
            }
            end
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_coding_table() {
        type Case = (&'static str, Result<(), (usize, usize)>);
        let table: &[Case] = &[
            ("chunked", Ok(())),
            ("gzip;q=1", Ok(())),
            ("x ; a = \"b c\" ; d=e", Ok(())),
            ("\"chunked\"", Err((0, 9))),
            ("chu nked", Err((3, 8))),
            ("gzip;", Err((5, 5))),
            ("gzip;q", Err((6, 6))),
            ("gzip;q=", Err((7, 7))),
            ("gzip;q=@", Err((7, 8))),
            ("x;a=\"b", Err((4, 6))),
            ("chunked/1", Err((7, 9))),
        ];
        for (input, want) in table {
            assert_eq!(check_coding(input.as_bytes()), *want, "{input:?}");
        }
    }

    #[test]
    fn table() {
        let table: &[(&str, &[(&str, bool)])] = &[
            ("chunked", &[("chunked", true)]),
            ("gzip, chunked", &[("gzip", true), ("chunked", true)]),
            ("gzip;q=1 , Chunked", &[("gzip", true), ("Chunked", true)]),
            ("chunked,,", &[("chunked", true)]),
            ("\"chunked\"", &[("", false)]),
            ("chu nked", &[("chu", false)]),
        ];
        for (input, want) in table {
            let v = input.as_bytes();
            let got: Vec<(&str, bool)> = codings(v)
                .map(|c| (std::str::from_utf8(c.name(v)).unwrap(), c.valid))
                .collect();
            assert_eq!(got, *want, "{input:?}");
        }
        assert!(codings(b"x, CHUNKED")
            .last()
            .unwrap()
            .is_chunked(b"x, CHUNKED"));
    }
}
