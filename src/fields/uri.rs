//! URI references as RFC 9110 uses them (RFC 3986 §3 and §4.1):
//!
//! ```text
//! Location         = URI-reference                ; RFC 9110 §10.2.2
//! Content-Location = absolute-URI / partial-URI   ; RFC 9110 §8.7
//! Referer          = absolute-URI / partial-URI   ; RFC 9110 §10.1.3
//! URI-reference    = URI / relative-ref
//! URI              = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
//! relative-ref     = relative-part [ "?" query ] [ "#" fragment ]
//! absolute-URI     = scheme ":" hier-part [ "?" query ]
//! partial-URI      = relative-part [ "?" query ]
//! ```
//!
//! [`parse`] reads a `URI-reference` and returns its components; `absolute-URI /
//! partial-URI` is a reference without a fragment, which a rule checks with
//! [`UriRef::fragment`].

use super::tokens::SyntaxError;

/// The authority component (`//userinfo@host:port`), as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authority {
    /// The whole authority, without the leading `//`.
    pub span: (usize, usize),
    /// The userinfo, from its first octet to the `@` (excluded), when present.
    pub userinfo: Option<(usize, usize)>,
    /// The host.
    pub host: (usize, usize),
    /// The port digits after `:`, when a `:` is present.
    pub port: Option<(usize, usize)>,
}

/// A parsed URI reference, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UriRef {
    /// The scheme, without its `:`.
    pub scheme: Option<(usize, usize)>,
    /// The authority, when the reference has `//`.
    pub authority: Option<Authority>,
    /// The path (possibly empty).
    pub path: (usize, usize),
    /// The query, without its `?`.
    pub query: Option<(usize, usize)>,
    /// The fragment, from the `#` to the end.
    pub fragment: Option<(usize, usize)>,
}

impl UriRef {
    /// The scheme's octets, when there is one.
    pub fn scheme<'a>(&self, s: &'a [u8]) -> Option<&'a [u8]> {
        self.scheme.and_then(|(a, b)| s.get(a..b))
    }
}

/// `unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"`.
const fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// `sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
const fn is_sub_delim(b: u8) -> bool {
    matches!(
        b,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

/// `pchar = unreserved / pct-encoded / sub-delims / ":" / "@"` (without `%`).
const fn is_pchar(b: u8) -> bool {
    is_unreserved(b) || is_sub_delim(b) || b == b':' || b == b'@'
}

/// Path octets: `pchar` and `/`.
const fn is_path_char(b: u8) -> bool {
    is_pchar(b) || b == b'/'
}

/// Query and fragment octets: `pchar`, `/` and `?`.
const fn is_query_char(b: u8) -> bool {
    is_pchar(b) || b == b'/' || b == b'?'
}

/// `userinfo = *( unreserved / pct-encoded / sub-delims / ":" )` (without `%`).
const fn is_userinfo_char(b: u8) -> bool {
    is_unreserved(b) || is_sub_delim(b) || b == b':'
}

/// `reg-name = *( unreserved / pct-encoded / sub-delims )` (without `%`).
const fn is_reg_name_char(b: u8) -> bool {
    is_unreserved(b) || is_sub_delim(b)
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(s: &[u8]) -> bool {
    s.first().is_some_and(u8::is_ascii_alphabetic)
        && s.iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Checks that `s[start..end]` holds only octets `allowed` and well-formed
/// `pct-encoded = "%" HEXDIG HEXDIG`.
fn check(
    s: &[u8],
    start: usize,
    end: usize,
    allowed: fn(u8) -> bool,
    expected: &'static str,
) -> Result<(), SyntaxError> {
    let mut i = start;
    while i < end {
        let Some(&b) = s.get(i) else { break };
        if b == b'%' {
            let ok = s
                .get(i + 1..i + 3)
                .is_some_and(|h| i + 3 <= end && h.iter().all(u8::is_ascii_hexdigit));
            if !ok {
                return Err(SyntaxError::span(
                    i,
                    (i + 3).min(end),
                    "a percent-encoded octet (\"%\" HEXDIG HEXDIG)",
                ));
            }
            i += 3;
        } else if allowed(b) {
            i += 1;
        } else {
            return Err(SyntaxError::at(s, i, expected));
        }
    }
    Ok(())
}

fn find(s: &[u8], from: usize, end: usize, stop: &[u8]) -> usize {
    s.get(from..end)
        .and_then(|t| t.iter().position(|b| stop.contains(b)))
        .map_or(end, |p| from + p)
}

/// Parses a `URI-reference` (RFC 3986 §4.1). The error points at the first octet the
/// grammar does not allow, such as a space or a non-ASCII octet that should have been
/// percent-encoded.
pub fn parse(s: &[u8]) -> Result<UriRef, SyntaxError> {
    let end = s.len();
    // A scheme ends at the first ":" before any "/", "?" or "#".
    let first = find(s, 0, end, b":/?#");
    let mut pos = 0;
    let mut scheme = None;
    if s.get(first) == Some(&b':') {
        let candidate = s.get(..first).unwrap_or_default();
        if !is_scheme(candidate) {
            // relative-ref: the first segment of path-noscheme cannot hold ":".
            let bad = candidate
                .iter()
                .enumerate()
                .position(|(i, &b)| {
                    !(b.is_ascii_alphabetic()
                        || (i > 0 && (b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))))
                })
                .unwrap_or(first);
            let expected = if bad == first {
                "a scheme (ALPHA *( ALPHA / DIGIT / \"+\" / \"-\" / \".\" )) before \":\""
            } else {
                "a scheme: a letter, then letters, digits, \"+\", \"-\" or \".\""
            };
            return Err(SyntaxError::at(s, bad, expected));
        }
        scheme = Some((0, first));
        pos = first + 1;
    }
    let mut authority = None;
    if s.get(pos..pos + 2) == Some(b"//") {
        let a_start = pos + 2;
        let a_end = find(s, a_start, end, b"/?#");
        authority = Some(parse_authority(s, a_start, a_end)?);
        pos = a_end;
    }
    let path_end = find(s, pos, end, b"?#");
    check(
        s,
        pos,
        path_end,
        is_path_char,
        "a character allowed in a URI path (percent-encode it)",
    )?;
    let path = (pos, path_end);
    pos = path_end;
    let mut query = None;
    if s.get(pos) == Some(&b'?') {
        let q_end = find(s, pos + 1, end, b"#");
        check(
            s,
            pos + 1,
            q_end,
            is_query_char,
            "a character allowed in a URI query (percent-encode it)",
        )?;
        query = Some((pos + 1, q_end));
        pos = q_end;
    }
    let mut fragment = None;
    if s.get(pos) == Some(&b'#') {
        check(
            s,
            pos + 1,
            end,
            is_query_char,
            "a character allowed in a URI fragment (percent-encode it)",
        )?;
        fragment = Some((pos, end));
    }
    Ok(UriRef {
        scheme,
        authority,
        path,
        query,
        fragment,
    })
}

/// `authority = [ userinfo "@" ] host [ ":" port ]`.
fn parse_authority(s: &[u8], start: usize, end: usize) -> Result<Authority, SyntaxError> {
    let at = find(s, start, end, b"@");
    let (userinfo, host_start) = if at < end {
        check(
            s,
            start,
            at,
            is_userinfo_char,
            "a character allowed in userinfo (percent-encode it)",
        )?;
        (Some((start, at)), at + 1)
    } else {
        (None, start)
    };
    let host_end = if s.get(host_start) == Some(&b'[') {
        // IP-literal = "[" ( IPv6address / IPvFuture ) "]": checked for its octets only.
        let close = find(s, host_start, end, b"]");
        if close >= end {
            return Err(SyntaxError::span(
                host_start,
                end,
                "a closing \"]\" after the IP literal",
            ));
        }
        check(
            s,
            host_start + 1,
            close,
            |b| is_unreserved(b) || is_sub_delim(b) || b == b':',
            "a character allowed in an IP literal",
        )?;
        close + 1
    } else {
        let e = find(s, host_start, end, b":");
        check(
            s,
            host_start,
            e,
            is_reg_name_char,
            "a character allowed in a host name (percent-encode it)",
        )?;
        e
    };
    let mut port = None;
    match s.get(host_end) {
        Some(b':') if host_end < end => {
            let p = s.get(host_end + 1..end).unwrap_or_default();
            if let Some(i) = p.iter().position(|b| !b.is_ascii_digit()) {
                return Err(SyntaxError::at(s, host_end + 1 + i, "a port (digits)"));
            }
            port = Some((host_end + 1, end));
        }
        _ if host_end < end => {
            return Err(SyntaxError::at(
                s,
                host_end,
                "\":\" and a port, or the end of the authority",
            ));
        }
        _ => {}
    }
    Ok(Authority {
        span: (start, end),
        userinfo,
        host: (host_start, host_end),
        port,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_references() {
        for input in [
            "http://www.example.org/hypertext/Overview.html",
            "/People.html#tim",
            "http://www.example.net/index.html",
            "https://user:pw@example.com:8443/a/b?c=d&e#frag",
            "//example.com/x",
            "../a/b;c=d",
            "?q=1",
            "",
            "about:blank",
            "urn:isbn:0451450523",
            "http://[2001:db8::1]:80/",
            "/a%20b",
            "mailto:a@example.org",
        ] {
            assert!(parse(input.as_bytes()).is_ok(), "{input}");
        }
    }

    #[test]
    fn components() {
        let s = b"https://user:pw@example.com:8443/a?b#c";
        let u = parse(s).unwrap();
        assert_eq!(u.scheme, Some((0, 5)));
        let a = u.authority.unwrap();
        assert_eq!(a.userinfo, Some((8, 15)));
        assert_eq!(a.host, (16, 27));
        assert_eq!(a.port, Some((28, 32)));
        assert_eq!(u.path, (32, 34));
        assert_eq!(u.query, Some((35, 36)));
        assert_eq!(u.fragment, Some((36, 38)));
        assert_eq!(u.scheme(s), Some(&b"https"[..]));
    }

    #[test]
    fn errors_point_at_the_octet() {
        let table: &[(&str, usize, usize)] = &[
            ("/a b", 2, 3),
            ("/a%2", 2, 4),
            ("/a%zz", 2, 5),
            ("1http://x/", 0, 1),
            (":x", 0, 1),
            ("ht tp://x", 2, 3),
            ("http://ex ample.com/", 9, 10),
            ("http://example.com:80a/", 21, 22),
            ("http://[::1/", 7, 11),
            ("/caf\u{e9}", 4, 5),
            ("/a#b#c", 4, 5),
            ("/a?b\"", 4, 5),
            ("http://a@b@c/", 10, 11),
        ];
        for &(input, start, end) in table {
            let e = parse(input.as_bytes()).unwrap_err();
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }
}
