//! Media types (RFC 9110 §8.3.1) and media ranges (RFC 9110 §12.5.1):
//!
//! ```text
//! media-type  = type "/" subtype parameters
//! type        = token
//! subtype     = token
//! media-range = ( "*/*" / ( type "/" "*" ) / ( type "/" subtype ) ) parameters
//! ```

use super::tokens::{self, Parameter, SyntaxError};

/// A parsed media type or media range, as offsets into the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaType {
    /// The type (`text`, or `*` in a range).
    pub type_: (usize, usize),
    /// The subtype (`html`, or `*` in a range).
    pub subtype: (usize, usize),
    /// The parameters, in order.
    pub params: Vec<Parameter>,
}

impl MediaType {
    /// The type's octets.
    pub fn type_name<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.type_.0..self.type_.1).unwrap_or_default()
    }

    /// The subtype's octets.
    pub fn subtype_name<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.subtype.0..self.subtype.1).unwrap_or_default()
    }

    /// True when type and subtype are `ty/sub`, ignoring case.
    pub fn is(&self, s: &[u8], ty: &str, sub: &str) -> bool {
        self.type_name(s).eq_ignore_ascii_case(ty.as_bytes())
            && self.subtype_name(s).eq_ignore_ascii_case(sub.as_bytes())
    }

    /// The first parameter with this name (ignoring case).
    pub fn param(&self, s: &[u8], name: &str) -> Option<&Parameter> {
        self.params
            .iter()
            .find(|p| p.name(s).eq_ignore_ascii_case(name.as_bytes()))
    }
}

/// Parses a `media-type` filling all of `s`.
pub fn parse(s: &[u8]) -> Result<MediaType, SyntaxError> {
    parse_in(s, 0, s.len(), false)
}

/// Parses a `media-type` (or, with `range`, a `media-range`) in `s[start..end]`; offsets
/// stay relative to `s`.
pub fn parse_in(s: &[u8], start: usize, end: usize, range: bool) -> Result<MediaType, SyntaxError> {
    let s = s.get(..end).unwrap_or(s);
    let type_end = tokens::token_end(s, start);
    if type_end == start {
        return Err(SyntaxError::at(s, start, "a type (token) such as \"text\""));
    }
    if s.get(type_end) != Some(&b'/') {
        return Err(SyntaxError::at(
            s,
            type_end,
            "\"/\" between type and subtype",
        ));
    }
    let sub_start = type_end + 1;
    let sub_end = tokens::token_end(s, sub_start);
    if sub_end == sub_start {
        return Err(SyntaxError::at(
            s,
            sub_start,
            "a subtype (token) such as \"html\"",
        ));
    }
    let ty = s.get(start..type_end).unwrap_or_default();
    let sub = s.get(sub_start..sub_end).unwrap_or_default();
    if range && ty == b"*" && sub != b"*" {
        return Err(SyntaxError::span(
            sub_start,
            sub_end,
            "\"*\" after \"*/\" (a range is \"*/*\" or \"type/*\")",
        ));
    }
    let (params, err) = tokens::parameters(s, sub_end);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(MediaType {
        type_: (start, type_end),
        subtype: (sub_start, sub_end),
        params,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_examples_are_valid() {
        for input in [
            "text/html; charset=ISO-8859-4",
            "text/html;charset=utf-8",
            "Text/HTML;Charset=\"utf-8\"",
            "text/html; charset=\"utf-8\"",
            "text/html;charset=UTF-8",
            "video/h264",
            "multipart/form-data; boundary=----x",
            "application/json;",
            "text/plain ; format=flowed",
        ] {
            let m = parse(input.as_bytes()).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert!(!m.type_name(input.as_bytes()).is_empty());
        }
        let s = b"Text/HTML;Charset=\"utf-8\"";
        let m = parse(s).unwrap();
        assert!(m.is(s, "text", "html"));
        assert_eq!(m.param(s, "charset").unwrap().value(s), b"utf-8");
    }

    #[test]
    fn errors() {
        let table: &[(&str, usize, usize)] = &[
            ("text", 4, 4),
            ("text/", 5, 5),
            ("/html", 0, 1),
            ("text/html charset=utf-8", 10, 11),
            ("text/html; charset", 18, 18),
            ("text/html, text/plain", 9, 10),
            ("text /html", 4, 5),
            ("text/html; charset=\"utf-8", 19, 25),
        ];
        for &(input, start, end) in table {
            let e = parse(input.as_bytes()).unwrap_err();
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }

    #[test]
    fn ranges() {
        for input in ["*/*", "text/*", "text/html;level=1", "audio/*; q=0.2"] {
            let s = input.as_bytes();
            assert!(parse_in(s, 0, s.len(), true).is_ok(), "{input}");
        }
        let s = b"*/html";
        assert_eq!(parse_in(s, 0, 6, true).unwrap_err().start, 2);
        // Offsets stay relative to the whole value.
        let s = b"text/plain, text/html;level=1";
        let m = parse_in(s, 12, s.len(), true).unwrap();
        assert_eq!(m.type_, (12, 16));
        assert_eq!(m.params[0].name, (22, 27));
    }
}
