//! The Upgrade field (RFC 9110 §7.8).
//!
//! ```text
//! Upgrade          = #protocol
//! protocol         = protocol-name ["/" protocol-version]
//! protocol-name    = token
//! protocol-version = token
//! ```

use super::list;
use crate::parse::grammar::is_token;

/// One protocol of an Upgrade value, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Protocol {
    /// Offsets of the whole element.
    pub span: (usize, usize),
    /// Offsets of the protocol-name.
    pub name: (usize, usize),
    /// Offsets of the protocol-version, when there is one.
    pub version: Option<(usize, usize)>,
}

impl Protocol {
    /// The whole protocol (`name/version`) in `value`.
    pub fn text<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.span.0..self.span.1).unwrap_or_default()
    }

    fn name_in<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.name.0..self.name.1).unwrap_or_default()
    }

    fn version_in<'a>(&self, value: &'a [u8]) -> Option<&'a [u8]> {
        self.version.and_then(|(a, b)| value.get(a..b))
    }

    /// True when `self` (read from `value`) names the protocol `other` (read from
    /// `other_value`) offers: the names are equal ignoring case ("recipients SHOULD use
    /// case-insensitive comparison when matching each protocol-name"), and the versions are
    /// equal when both have one.
    pub fn matches(&self, value: &[u8], other: &Protocol, other_value: &[u8]) -> bool {
        if !self
            .name_in(value)
            .eq_ignore_ascii_case(other.name_in(other_value))
        {
            return false;
        }
        match (self.version_in(value), other.version_in(other_value)) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => true,
        }
    }
}

/// The protocols of an Upgrade value; elements that are not `token ["/" token]` are left
/// out.
pub fn protocols(value: &[u8]) -> Vec<Protocol> {
    let mut out = Vec::new();
    for el in list::elements(value).filter(|e| !e.is_empty()) {
        let text = el.text(value);
        let (name, version) = match text.iter().position(|&b| b == b'/') {
            Some(slash) => (
                (el.start, el.start + slash),
                Some((el.start + slash + 1, el.end)),
            ),
            None => ((el.start, el.end), None),
        };
        let ok = |(a, b): (usize, usize)| value.get(a..b).is_some_and(is_token);
        if ok(name) && version.is_none_or(ok) {
            out.push(Protocol {
                span: (el.start, el.end),
                name,
                version,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let table: &[(&str, &[&str])] = &[
            ("websocket", &["websocket"]),
            (
                "websocket, IRC/6.9, RTA/x11",
                &["websocket", "IRC/6.9", "RTA/x11"],
            ),
            ("HTTP/2.0,, h2c", &["HTTP/2.0", "h2c"]),
            ("a b, /1, x/, ok", &["ok"]),
            ("", &[]),
        ];
        for (input, want) in table {
            let v = input.as_bytes();
            let got: Vec<&[u8]> = protocols(v).iter().map(|p| p.text(v)).collect();
            let want: Vec<&[u8]> = want.iter().map(|w| w.as_bytes()).collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn matching() {
        let table: &[(&str, &str, bool)] = &[
            ("websocket", "WebSocket", true),
            ("HTTP/2.0", "HTTP/2.0", true),
            ("HTTP/2.0", "HTTP/3.0", false),
            ("h2c", "HTTP/2.0", false),
            ("IRC", "IRC/6.9", true),
        ];
        for &(a, b, want) in table {
            let pa = protocols(a.as_bytes())[0];
            let pb = protocols(b.as_bytes())[0];
            assert_eq!(pa.matches(a.as_bytes(), &pb, b.as_bytes()), want, "{a} {b}");
        }
    }
}
