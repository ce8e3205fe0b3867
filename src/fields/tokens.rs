//! The shared value grammar of RFC 9110 §5.6: tokens, quoted strings, comments,
//! parameters and weights. Every function works on offsets into one field value, so that a
//! rule can point at the offending characters.

use crate::parse::grammar::{is_obs_text, is_ows, is_qdtext, is_tchar, is_vchar};

/// A syntax error at these offsets of the value, and what was expected there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    /// Start offset.
    pub start: usize,
    /// End offset (at least `start + 1` when the value has a character there).
    pub end: usize,
    /// What the grammar expected.
    pub expected: &'static str,
}

impl SyntaxError {
    /// An error at `pos`, covering the octet there when there is one (a zero-length span
    /// at the end of the value otherwise).
    pub fn at(s: &[u8], pos: usize, expected: &'static str) -> Self {
        let end = if pos < s.len() { pos + 1 } else { pos };
        SyntaxError {
            start: pos.min(s.len()),
            end,
            expected,
        }
    }

    /// An error covering `start..end`.
    pub fn span(start: usize, end: usize, expected: &'static str) -> Self {
        SyntaxError {
            start,
            end: end.max(start),
            expected,
        }
    }

    /// The same error with offsets moved by `by`, for a parser run on part of a value.
    #[must_use]
    pub fn shift(self, by: usize) -> Self {
        SyntaxError {
            start: self.start + by,
            end: self.end + by,
            expected: self.expected,
        }
    }
}

/// The end of `1*tchar` starting at `pos` (equal to `pos` when there is no token).
pub fn token_end(s: &[u8], pos: usize) -> usize {
    pos + s
        .get(pos..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| is_tchar(b))
        .count()
}

/// Skips OWS from `pos`.
pub fn skip_ows(s: &[u8], pos: usize) -> usize {
    pos + s
        .get(pos..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| is_ows(b))
        .count()
}

/// A quoted string that was read: where it ends, and whether it holds a quoted-pair
/// that was not needed (RFC 9110 §5.6.4 SHOULD NOT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    /// Offset one past the closing DQUOTE.
    pub end: usize,
    /// Offset of the first backslash escaping something other than DQUOTE or backslash.
    pub needless_escape: Option<usize>,
}

/// `quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE`, starting at `pos` (which
/// must be the opening DQUOTE).
pub fn quoted_string(s: &[u8], pos: usize) -> Result<Quoted, SyntaxError> {
    if s.get(pos) != Some(&b'"') {
        return Err(SyntaxError::at(s, pos, "a quoted string"));
    }
    let mut i = pos + 1;
    let mut needless_escape = None;
    while let Some(&b) = s.get(i) {
        match b {
            b'"' => {
                return Ok(Quoted {
                    end: i + 1,
                    needless_escape,
                })
            }
            b'\\' => {
                // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
                match s.get(i + 1) {
                    Some(&n) if n == b'\t' || n == b' ' || is_vchar(n) || is_obs_text(n) => {
                        if n != b'"' && n != b'\\' && needless_escape.is_none() {
                            needless_escape = Some(i);
                        }
                        i += 2;
                    }
                    _ => return Err(SyntaxError::at(s, i, "a quoted-pair")),
                }
            }
            b if is_qdtext(b) => i += 1,
            _ => {
                return Err(SyntaxError::at(
                    s,
                    i,
                    "a character allowed in a quoted string",
                ))
            }
        }
    }
    Err(SyntaxError {
        start: pos,
        end: s.len(),
        expected: "a closing DQUOTE",
    })
}

/// `comment = "(" *( ctext / quoted-pair / comment ) ")"`, nested, starting at `pos`.
/// Returns the offset after the closing parenthesis. Nesting deeper than 64 is an error,
/// so a hostile value cannot make the parser work hard.
pub fn comment(s: &[u8], pos: usize) -> Result<usize, SyntaxError> {
    if s.get(pos) != Some(&b'(') {
        return Err(SyntaxError::at(s, pos, "a comment"));
    }
    let mut depth = 0usize;
    let mut i = pos;
    while let Some(&b) = s.get(i) {
        match b {
            b'(' => {
                depth += 1;
                if depth > 64 {
                    return Err(SyntaxError::at(s, i, "comments nested at most 64 deep"));
                }
            }
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i + 1);
                }
            }
            b'\\' => match s.get(i + 1) {
                Some(&n) if n == b'\t' || n == b' ' || is_vchar(n) || is_obs_text(n) => i += 1,
                _ => return Err(SyntaxError::at(s, i, "a quoted-pair")),
            },
            // ctext = HTAB / SP / %x21-27 / %x2A-5B / %x5D-7E / obs-text
            b'\t' | b' ' | 0x21..=0x7e => {}
            b if is_obs_text(b) => {}
            _ => return Err(SyntaxError::at(s, i, "a character allowed in a comment")),
        }
        i += 1;
    }
    Err(SyntaxError {
        start: pos,
        end: s.len(),
        expected: "a closing parenthesis",
    })
}

/// One `parameter = parameter-name "=" parameter-value` (RFC 9110 §5.6.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parameter {
    /// Offsets of the name.
    pub name: (usize, usize),
    /// Offsets of the value, quotes included when quoted.
    pub value: (usize, usize),
    /// True when the value is a quoted-string.
    pub quoted: bool,
}

impl Parameter {
    /// The parameter name.
    pub fn name<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.name.0..self.name.1).unwrap_or_default()
    }

    /// The raw value (quotes included when quoted).
    pub fn raw_value<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.value.0..self.value.1).unwrap_or_default()
    }

    /// The value with quotes and quoted-pairs removed.
    pub fn value(&self, s: &[u8]) -> Vec<u8> {
        let raw = self.raw_value(s);
        if !self.quoted {
            return raw.to_vec();
        }
        let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default();
        let mut out = Vec::with_capacity(inner.len());
        let mut escaped = false;
        for &b in inner {
            if !escaped && b == b'\\' {
                escaped = true;
                continue;
            }
            escaped = false;
            out.push(b);
        }
        out
    }
}

/// `parameters = *( OWS ";" OWS [ parameter ] )` from `pos` to the end of `s`.
///
/// Returns the parameters read, and the first syntax error (reading stops there).
pub fn parameters(s: &[u8], pos: usize) -> (Vec<Parameter>, Option<SyntaxError>) {
    let mut out = Vec::new();
    let mut i = pos;
    loop {
        i = skip_ows(s, i);
        if i >= s.len() {
            return (out, None);
        }
        if s.get(i) != Some(&b';') {
            return (out, Some(SyntaxError::at(s, i, "\";\" before a parameter")));
        }
        i = skip_ows(s, i + 1);
        if i >= s.len() || s.get(i) == Some(&b';') {
            continue; // an empty parameter is allowed
        }
        let name_end = token_end(s, i);
        if name_end == i {
            return (out, Some(SyntaxError::at(s, i, "a parameter name (token)")));
        }
        if s.get(name_end) != Some(&b'=') {
            return (
                out,
                Some(SyntaxError::at(
                    s,
                    name_end,
                    "\"=\" after the parameter name",
                )),
            );
        }
        let v = name_end + 1;
        let (end, quoted) = if s.get(v) == Some(&b'"') {
            match quoted_string(s, v) {
                Ok(q) => (q.end, true),
                Err(e) => return (out, Some(e)),
            }
        } else {
            let e = token_end(s, v);
            if e == v {
                return (
                    out,
                    Some(SyntaxError::at(
                        s,
                        v,
                        "a parameter value (token or quoted string)",
                    )),
                );
            }
            (e, false)
        };
        out.push(Parameter {
            name: (i, name_end),
            value: (v, end),
            quoted,
        });
        i = end;
    }
}

/// `1*DIGIT`: the whole of `s` is decimal digits. The error points at the first octet
/// that is not one (or at the end of an empty value).
pub fn digits(s: &[u8]) -> Result<(), SyntaxError> {
    match s.iter().position(|b| !b.is_ascii_digit()) {
        Some(i) => Err(SyntaxError::at(s, i, "a decimal digit")),
        None if s.is_empty() => Err(SyntaxError::at(s, 0, "a decimal digit")),
        None => Ok(()),
    }
}

/// When a parameter error is whitespace around `=` ("Parameters do not allow whitespace
/// (not even "bad" whitespace) around the "=" character", RFC 9110 §5.6.6): the offsets of
/// that whitespace, with the `=` when there is whitespace on both sides.
pub fn parameter_whitespace(s: &[u8], err: &SyntaxError) -> Option<(usize, usize)> {
    let at = err.start;
    let ws_end = skip_ows(s, at);
    if ws_end == at {
        return None;
    }
    match s.get(ws_end) {
        // `name =value` or `name = value`
        Some(b'=') if at > 0 && s.get(at - 1).is_some_and(|&b| is_tchar(b)) => {
            let after = skip_ows(s, ws_end + 1);
            Some((at, if after == ws_end + 1 { ws_end } else { after }))
        }
        // `name= value`
        Some(&b) if (is_tchar(b) || b == b'"') && at > 0 && s.get(at - 1) == Some(&b'=') => {
            Some((at, ws_end))
        }
        _ => None,
    }
}

/// The offset of the first quoted-pair in the comment `s[start..end]` that escapes
/// something other than `(`, `)` or `\`: RFC 9110 §5.6.4 says a sender SHOULD NOT
/// generate one.
pub fn comment_needless_escape(s: &[u8], start: usize, end: usize) -> Option<usize> {
    let text = s.get(start..end)?;
    let mut i = 0;
    while let Some(&b) = text.get(i) {
        if b == b'\\' {
            match text.get(i + 1) {
                Some(b'(' | b')' | b'\\') => {}
                Some(_) => return Some(start + i),
                None => return None,
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )` (RFC 9110 §12.4.2),
/// as thousandths (0–1000).
pub fn qvalue(s: &[u8]) -> Option<u16> {
    let (int, frac) = match s.iter().position(|&b| b == b'.') {
        Some(dot) => (s.get(..dot)?, s.get(dot + 1..)?),
        None => (s, &b""[..]),
    };
    if frac.len() > 3 || !frac.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0u16;
    for i in 0..3 {
        thousandths = thousandths * 10 + frac.get(i).map_or(0, |d| u16::from(d - b'0'));
    }
    match int {
        b"0" => Some(thousandths),
        b"1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_strings() {
        assert_eq!(
            quoted_string(b"\"abc\" x", 0),
            Ok(Quoted {
                end: 5,
                needless_escape: None
            })
        );
        assert_eq!(
            quoted_string(b"\"a\\\"b\"", 0),
            Ok(Quoted {
                end: 6,
                needless_escape: None
            })
        );
        assert_eq!(
            quoted_string(b"\"a\\bc\"", 0),
            Ok(Quoted {
                end: 6,
                needless_escape: Some(2)
            })
        );
        assert_eq!(
            quoted_string(b"\"abc", 0).unwrap_err().expected,
            "a closing DQUOTE"
        );
        assert_eq!(quoted_string(b"\"a\x01\"", 0).unwrap_err().start, 2);
        assert!(quoted_string(b"abc", 0).is_err());
    }

    #[test]
    fn comments() {
        assert_eq!(comment(b"(a (b) c) rest", 0), Ok(9));
        assert_eq!(comment(b"(a \\) b)", 0), Ok(8));
        assert!(comment(b"(a (b)", 0).is_err());
        let deep = format!("{}{}", "(".repeat(100), ")".repeat(100));
        assert!(comment(deep.as_bytes(), 0).is_err());
    }

    #[test]
    fn params() {
        let s = b"text/html; charset=\"utf-8\" ; q=0.5;;level=1";
        let (ps, err) = parameters(s, 9);
        assert_eq!(err, None);
        let names: Vec<&[u8]> = ps.iter().map(|p| p.name(s)).collect();
        assert_eq!(names, [&b"charset"[..], b"q", b"level"]);
        assert_eq!(ps[0].value(s), b"utf-8");
        assert!(ps[0].quoted && !ps[1].quoted);
        let (_, err) = parameters(b"; charset utf-8", 0);
        assert_eq!(err.unwrap().start, 9);
        let (_, err) = parameters(b"; a=", 0);
        assert!(err.is_some());
        let (_, err) = parameters(b" x", 0);
        assert_eq!(err.unwrap().start, 1);
    }

    #[test]
    fn parameter_whitespace_and_digits() {
        let cases: &[(&str, Option<(usize, usize)>)] = &[
            ("; charset =utf-8", Some((9, 10))),
            ("; charset= utf-8", Some((10, 11))),
            ("; charset = utf-8", Some((9, 12))),
            ("; charset utf-8", None),
            ("; charset=", None),
        ];
        for &(input, want) in cases {
            let s = input.as_bytes();
            let (_, err) = parameters(s, 0);
            let got = err.and_then(|e| parameter_whitespace(s, &e));
            assert_eq!(got, want, "{input}");
        }
        assert!(digits(b"120").is_ok());
        assert_eq!(digits(b"12a").unwrap_err().start, 2);
        assert_eq!(digits(b"").unwrap_err().start, 0);
        assert_eq!(comment_needless_escape(b"(a\\(b\\x)", 0, 8), Some(5));
        assert_eq!(comment_needless_escape(b"(a\\)\\\\)", 0, 8), None);
    }

    #[test]
    fn qvalues() {
        let table: &[(&str, Option<u16>)] = &[
            ("1", Some(1000)),
            ("1.000", Some(1000)),
            ("0", Some(0)),
            ("0.5", Some(500)),
            ("0.123", Some(123)),
            ("0.1234", None),
            ("1.5", None),
            ("2", None),
            (".5", None),
            ("0.", Some(0)),
            ("", None),
        ];
        for (input, want) in table {
            assert_eq!(qvalue(input.as_bytes()), *want, "{input}");
        }
    }
}
