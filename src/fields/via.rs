//! `Via` (RFC 9110 §7.6.3):
//!
//! ```text
//! Via = #( received-protocol RWS received-by [ RWS comment ] )
//! received-protocol = [ protocol-name "/" ] protocol-version
//! received-by       = pseudonym [ ":" port ]
//! pseudonym         = token
//! ```
//!
//! The prose says received-by is "normally the host and optional port number", and RFC
//! 7230 allowed `uri-host`: an IP literal in brackets (`[2001:db8::1]:8080`) is accepted
//! as well as a token.

use super::list;
use super::tokens::{self, SyntaxError};
use crate::parse::grammar::is_ows;

/// One member of a Via value, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The whole list element.
    pub span: (usize, usize),
    /// The protocol name before "/", when present.
    pub protocol_name: Option<(usize, usize)>,
    /// The protocol version.
    pub protocol_version: (usize, usize),
    /// The received-by host or pseudonym, with its port.
    pub received_by: (usize, usize),
    /// The comment, parentheses included.
    pub comment: Option<(usize, usize)>,
}

/// The members of a Via value; empty list elements are skipped.
pub fn members(value: &[u8]) -> impl Iterator<Item = Result<Member, SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| member(value, e.start, e.end))
}

fn rws(s: &[u8], pos: usize, expected: &'static str) -> Result<usize, SyntaxError> {
    let end = tokens::skip_ows(s, pos);
    if end == pos {
        return Err(SyntaxError::at(s, pos, expected));
    }
    Ok(end)
}

fn member(value: &[u8], start: usize, end: usize) -> Result<Member, SyntaxError> {
    let s = value.get(..end).unwrap_or(value);
    let first_end = tokens::token_end(s, start);
    if first_end == start {
        return Err(SyntaxError::at(
            s,
            start,
            "a received-protocol such as \"1.1\" or \"HTTP/2\"",
        ));
    }
    let (protocol_name, protocol_version, mut pos) = if s.get(first_end) == Some(&b'/') {
        let v_end = tokens::token_end(s, first_end + 1);
        if v_end == first_end + 1 {
            return Err(SyntaxError::at(
                s,
                first_end + 1,
                "a protocol version (token) after \"/\"",
            ));
        }
        (Some((start, first_end)), (first_end + 1, v_end), v_end)
    } else {
        (None, (start, first_end), first_end)
    };
    if pos == end {
        return Err(SyntaxError::at(
            s,
            pos,
            "whitespace and received-by (the host or a pseudonym) after the protocol",
        ));
    }
    pos = rws(s, pos, "whitespace after the received-protocol")?;
    let by_start = pos;
    if s.get(pos) == Some(&b'[') {
        let close = s
            .get(pos..)
            .and_then(|t| t.iter().position(|&b| b == b']'))
            .map(|p| pos + p);
        let Some(close) = close else {
            return Err(SyntaxError::span(
                pos,
                end,
                "a closing \"]\" after the IP literal",
            ));
        };
        pos = close + 1;
    } else {
        let e = tokens::token_end(s, pos);
        if e == pos {
            return Err(SyntaxError::at(
                s,
                pos,
                "received-by: the host or a pseudonym (token)",
            ));
        }
        pos = e;
    }
    if s.get(pos) == Some(&b':') {
        let p_end = pos
            + 1
            + s.get(pos + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        if p_end == pos + 1 {
            return Err(SyntaxError::at(s, pos + 1, "a port (digits) after \":\""));
        }
        pos = p_end;
    }
    let received_by = (by_start, pos);
    if pos == end {
        return Ok(Member {
            span: (start, end),
            protocol_name,
            protocol_version,
            received_by,
            comment: None,
        });
    }
    if !s.get(pos).is_some_and(|&b| is_ows(b)) {
        return Err(SyntaxError::at(
            s,
            pos,
            "whitespace and a comment, or \",\" before the next member",
        ));
    }
    pos = tokens::skip_ows(s, pos);
    if s.get(pos) != Some(&b'(') {
        return Err(SyntaxError::at(
            s,
            pos,
            "a comment in parentheses, or \",\" before the next member",
        ));
    }
    let c_end = tokens::comment(s, pos)?;
    if c_end < end {
        return Err(SyntaxError::at(
            s,
            c_end,
            "\",\" or the end after the comment",
        ));
    }
    Ok(Member {
        span: (start, end),
        protocol_name,
        protocol_version,
        received_by,
        comment: Some((pos, c_end)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_examples() {
        for input in [
            "1.0 fred, 1.1 p.example.net",
            "1.0 ricky, 1.1 ethel, 1.1 fred, 1.0 lucy",
            "1.0 ricky, 1.1 mertz, 1.0 lucy",
            "HTTP/1.1 proxy.example:8080 (Squid/5.7)",
            "2 edge, 1.1 [2001:db8::1]:3128",
            "1.1 varnish (Varnish/7.4), 1.1 cache (a, b)",
        ] {
            let all: Result<Vec<Member>, _> = members(input.as_bytes()).collect();
            assert!(all.is_ok(), "{input}: {all:?}");
        }
        let s = b"HTTP/1.1 proxy:8080 (x)";
        let m = members(s).next().unwrap().unwrap();
        assert_eq!(m.protocol_name, Some((0, 4)));
        assert_eq!(m.protocol_version, (5, 8));
        assert_eq!(m.received_by, (9, 19));
        assert_eq!(m.comment, Some((20, 23)));
    }

    #[test]
    fn errors() {
        let table: &[(&str, usize, usize)] = &[
            ("1.1", 3, 3),
            ("HTTP/ proxy", 5, 6),
            ("1.1 proxy:", 10, 10),
            ("1.1 proxy extra", 10, 11),
            ("1.1 proxy (x) y", 13, 14),
            ("/1.1 proxy", 0, 1),
            ("1.1 [::1", 4, 8),
            ("1.1 proxy (unclosed", 10, 19),
            ("1.1\"x\" proxy", 3, 4),
        ];
        for &(input, start, end) in table {
            let e = members(input.as_bytes())
                .find_map(Result::err)
                .unwrap_or_else(|| panic!("{input}: no error"));
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }
}
