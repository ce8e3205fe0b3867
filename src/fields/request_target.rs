//! The request-target (RFC 9112 §3.2): which of its four forms it has, its authority, and
//! octets outside the URI grammar (RFC 3986).
//!
//! ```text
//! request-target = origin-form / absolute-form / authority-form / asterisk-form
//! origin-form    = absolute-path [ "?" query ]
//! absolute-form  = absolute-URI
//! authority-form = uri-host ":" port
//! asterisk-form  = "*"
//! ```

use crate::parse::grammar::{is_hexdig, is_uri_char};

/// The form of a request-target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Starts with `/`.
    Origin,
    /// `scheme:…`, such as `http://example.com/`.
    Absolute,
    /// `host:port`; the port may be empty (`host:`), which the grammar allows.
    Authority,
    /// `*`.
    Asterisk,
    /// None of them: `index.html`, `example.com`, `?q`, or nothing.
    Other,
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` (RFC 3986 §3.1): its length.
fn scheme_len(t: &[u8]) -> usize {
    match t.first() {
        Some(b) if b.is_ascii_alphabetic() => t
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
            .count(),
        _ => 0,
    }
}

/// Splits `host:port` at its last colon outside an IP-literal (`[::1]:443`): the host's
/// end and the port's start, or `None` without a colon.
fn split_port(t: &[u8]) -> Option<(usize, usize)> {
    let from = if t.first() == Some(&b'[') {
        t.iter().position(|&b| b == b']')?
    } else {
        0
    };
    let colon = from + t.get(from..)?.iter().rposition(|&b| b == b':')?;
    Some((colon, colon + 1))
}

/// True when `t` is `uri-host ":" port` with a port of digits only (possibly empty).
fn is_authority_form(t: &[u8]) -> bool {
    let Some((host_end, port_start)) = split_port(t) else {
        return false;
    };
    let host = t.get(..host_end).unwrap_or_default();
    let port = t.get(port_start..).unwrap_or_default();
    let ip_literal = host.starts_with(b"[") && host.ends_with(b"]");
    !host.is_empty()
        && (ip_literal || !host.contains(&b':'))
        && !host.contains(&b'/')
        && !host.contains(&b'@')
        && port.iter().all(u8::is_ascii_digit)
}

/// The form of a request-target. `example.com:443` is read as authority-form although it
/// also matches `absolute-URI` (a scheme `example.com`): no registered scheme looks so.
pub fn form(t: &[u8]) -> Form {
    if t == b"*" {
        return Form::Asterisk;
    }
    if t.starts_with(b"/") {
        return Form::Origin;
    }
    if is_authority_form(t) {
        return Form::Authority;
    }
    let n = scheme_len(t);
    if n > 0 && t.get(n) == Some(&b':') {
        return Form::Absolute;
    }
    Form::Other
}

/// For authority-form (`host:port`), the host's end offset.
pub fn authority_form_host_end(t: &[u8]) -> Option<usize> {
    split_port(t).map(|(host_end, _)| host_end)
}

/// For authority-form, the port's offsets (possibly empty).
pub fn authority_form_port(t: &[u8]) -> Option<(usize, usize)> {
    split_port(t).map(|(_, start)| (start, t.len()))
}

/// For absolute-form with `//`, the authority's offsets without any userinfo and its `@`
/// (RFC 9112 §3.2 compares Host with this); `None` when the URI has no authority.
pub fn absolute_form_authority(t: &[u8]) -> Option<(usize, usize)> {
    let n = scheme_len(t);
    if n == 0 || t.get(n..n + 3) != Some(b"://".as_slice()) {
        return None;
    }
    let start = n + 3;
    let rest = t.get(start..)?;
    let end = start
        + rest
            .iter()
            .position(|&b| matches!(b, b'/' | b'?' | b'#'))
            .unwrap_or(rest.len());
    let auth = t.get(start..end)?;
    let host_start = auth
        .iter()
        .rposition(|&b| b == b'@')
        .map_or(start, |at| start + at + 1);
    Some((host_start, end))
}

/// The scheme of an absolute-form target when it is `http` or `https` (case-insensitive,
/// RFC 3986 §3.1), as its length: 4 or 5. `None` for the other forms: `http:80` is
/// authority-form, the host "http" and port 80.
pub fn http_scheme_len(t: &[u8]) -> Option<usize> {
    if form(t) != Form::Absolute {
        return None;
    }
    let n = scheme_len(t);
    let scheme = t.get(..n)?;
    let http = scheme.eq_ignore_ascii_case(b"http") || scheme.eq_ignore_ascii_case(b"https");
    (http && t.get(n) == Some(&b':')).then_some(n)
}

/// For absolute-form with `//`, the userinfo with its `@` delimiter, when there is one.
pub fn absolute_form_userinfo(t: &[u8]) -> Option<(usize, usize)> {
    let start = scheme_len(t) + 3;
    let (host_start, _) = absolute_form_authority(t)?;
    (host_start > start).then_some((start, host_start))
}

/// For absolute-form with `//`, the host identifier's offsets: the authority without
/// userinfo and port (an IP-literal keeps its brackets). Empty in `http:///x` or
/// `http://:80/`.
pub fn absolute_form_host(t: &[u8]) -> Option<(usize, usize)> {
    let (start, end) = absolute_form_authority(t)?;
    let auth = t.get(start..end)?;
    let len = if auth.first() == Some(&b'[') {
        auth.iter()
            .position(|&b| b == b']')
            .map_or(auth.len(), |i| i + 1)
    } else {
        auth.iter().position(|&b| b == b':').unwrap_or(auth.len())
    };
    Some((start, start + len))
}

/// Why a request-target octet is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// Whitespace (RFC 9112 §3.2: "No whitespace is allowed in the request-target.").
    Whitespace,
    /// An octet that the URI grammar does not allow anywhere (control, non-ASCII, `"`,
    /// `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`).
    Octet,
    /// A `%` not followed by two hex digits (`pct-encoded = "%" HEXDIG HEXDIG`).
    Percent,
}

/// The first invalid octets of a request-target: offsets and why. A run of whitespace or of
/// invalid octets (a UTF-8 character) is one finding.
pub fn invalid(t: &[u8]) -> Option<(usize, usize, Invalid)> {
    let ws = |b: u8| matches!(b, b' ' | b'\t' | 0x0b | 0x0c | b'\r' | b'\n');
    let mut i = 0;
    while let Some(&b) = t.get(i) {
        if ws(b) {
            let n = t.get(i..)?.iter().take_while(|&&b| ws(b)).count();
            return Some((i, i + n, Invalid::Whitespace));
        }
        if b == b'%' {
            let ok = t
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(|&b| is_hexdig(b)));
            if !ok {
                let end = (i + 3).min(t.len());
                return Some((i, end, Invalid::Percent));
            }
            i += 3;
            continue;
        }
        if !is_uri_char(b) {
            let n = t
                .get(i..)?
                .iter()
                .take_while(|&&b| !is_uri_char(b) && !ws(b))
                .count();
            return Some((i, i + n, Invalid::Octet));
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let table: &[(&str, Form)] = &[
            ("/", Form::Origin),
            ("/a?b", Form::Origin),
            ("//a", Form::Origin),
            ("*", Form::Asterisk),
            ("http://example.com/", Form::Absolute),
            ("urn:isbn:123", Form::Absolute),
            ("example.com:443", Form::Authority),
            ("example.com:", Form::Authority),
            ("[::1]:443", Form::Authority),
            ("192.0.2.1:80", Form::Authority),
            ("http:80", Form::Authority),
            ("example.com", Form::Other),
            ("index.html", Form::Other),
            ("?q=1", Form::Other),
            ("", Form::Other),
            ("**", Form::Other),
        ];
        for (input, want) in table {
            assert_eq!(form(input.as_bytes()), *want, "{input:?}");
        }
    }

    #[test]
    fn authorities() {
        fn auth(t: &str) -> Option<&str> {
            absolute_form_authority(t.as_bytes()).map(|(a, b)| &t[a..b])
        }
        assert_eq!(auth("http://example.com/x"), Some("example.com"));
        assert_eq!(
            auth("http://u:p@example.com:8080?q"),
            Some("example.com:8080")
        );
        assert_eq!(auth("http://"), Some(""));
        assert_eq!(auth("urn:x"), None);
        assert_eq!(authority_form_host_end(b"[::1]:443"), Some(5));
        fn host(t: &str) -> Option<&str> {
            absolute_form_host(t.as_bytes()).map(|(a, b)| &t[a..b])
        }
        assert_eq!(host("http://u@example.com:80/"), Some("example.com"));
        assert_eq!(host("http://[::1]:80/"), Some("[::1]"));
        assert_eq!(host("http:///x"), Some(""));
        assert_eq!(host("http://:80/"), Some(""));
        assert_eq!(host("http:/x"), None);
        let userinfo = |t: &str| absolute_form_userinfo(t.as_bytes());
        assert_eq!(userinfo("http://u:p@example.com/"), Some((7, 11)));
        assert_eq!(userinfo("http://example.com/"), None);
        assert_eq!(http_scheme_len(b"HTTPS://a/"), Some(5));
        assert_eq!(http_scheme_len(b"ftp://a/"), None);
        assert_eq!(http_scheme_len(b"http:80"), None);
        assert_eq!(authority_form_port(b"a.b:"), Some((4, 4)));
    }

    #[test]
    fn invalid_octets() {
        type Case = (&'static str, Option<(usize, usize, Invalid)>);
        let table: &[Case] = &[
            ("/a/b?c=d&e=%20", None),
            ("/a b", Some((2, 3, Invalid::Whitespace))),
            ("/a\t\tb", Some((2, 4, Invalid::Whitespace))),
            ("/a\"b", Some((2, 3, Invalid::Octet))),
            ("/caf\u{e9}", Some((4, 6, Invalid::Octet))),
            ("/a%2", Some((2, 4, Invalid::Percent))),
            ("/a%zz/", Some((2, 5, Invalid::Percent))),
            ("/a{b}", Some((2, 3, Invalid::Octet))),
        ];
        for (input, want) in table {
            assert_eq!(invalid(input.as_bytes()), *want, "{input:?}");
        }
    }
}
