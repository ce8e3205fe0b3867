//! `media-type = type "/" subtype parameters` (RFC 9110 §8.3.1), the value of
//! Content-Type.

use super::tokens::{self, Parameter};

/// A parsed media type, as offsets into the field value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaType {
    /// Offsets of the type.
    pub type_: (usize, usize),
    /// Offsets of the subtype.
    pub subtype: (usize, usize),
    /// The parameters read before any syntax error.
    pub parameters: Vec<Parameter>,
}

impl MediaType {
    /// True when the type and subtype are `type_/subtype`, ignoring case (they are
    /// case-insensitive, RFC 9110 §8.3.1).
    pub fn is(&self, value: &[u8], type_: &str, subtype: &str) -> bool {
        let eq = |(a, b): (usize, usize), s: &str| {
            value
                .get(a..b)
                .is_some_and(|t| t.eq_ignore_ascii_case(s.as_bytes()))
        };
        eq(self.type_, type_) && eq(self.subtype, subtype)
    }

    /// The value of the parameter `name` (case-insensitive), unquoted.
    pub fn parameter(&self, value: &[u8], name: &str) -> Option<Vec<u8>> {
        self.parameters
            .iter()
            .find(|p| p.name(value).eq_ignore_ascii_case(name.as_bytes()))
            .map(|p| p.value(value))
    }
}

/// Parses a media type; `None` when the value does not start with `token "/" token`.
pub fn parse(value: &[u8]) -> Option<MediaType> {
    let type_end = tokens::token_end(value, 0);
    if type_end == 0 || value.get(type_end) != Some(&b'/') {
        return None;
    }
    let sub_end = tokens::token_end(value, type_end + 1);
    if sub_end == type_end + 1 {
        return None;
    }
    let (parameters, _) = tokens::parameters(value, sub_end);
    Some(MediaType {
        type_: (0, type_end),
        subtype: (type_end + 1, sub_end),
        parameters,
    })
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let table: &[(&str, Option<(&str, &str, Option<&str>)>)] = &[
            ("text/html", Some(("text", "html", None))),
            (
                "multipart/byteranges; boundary=THIS_STRING_SEPARATES",
                Some(("multipart", "byteranges", Some("THIS_STRING_SEPARATES"))),
            ),
            (
                "Multipart/ByteRanges;BOUNDARY=\"a b\"",
                Some(("multipart", "byteranges", Some("a b"))),
            ),
            ("text", None),
            ("/html", None),
            ("text/", None),
        ];
        for (input, want) in table {
            let v = input.as_bytes();
            let got = parse(v);
            match want {
                None => assert!(got.is_none(), "{input:?}"),
                Some((t, s, b)) => {
                    let m = got.unwrap();
                    assert!(m.is(v, t, s), "{input:?}");
                    assert_eq!(
                        m.parameter(v, "boundary"),
                        b.map(|b| b.as_bytes().to_vec()),
                        "{input:?}"
                    );
                }
            }
        }
    }
}
