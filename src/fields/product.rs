//! Product identifiers and comments (RFC 9110 §10.1.5, §10.2.4):
//!
//! ```text
//! User-Agent      = product *( RWS ( product / comment ) )
//! Server          = product *( RWS ( product / comment ) )
//! product         = token ["/" product-version]
//! product-version = token
//! ```

use super::tokens::{self, SyntaxError};
use crate::parse::grammar::is_ows;

/// One part of a product list, as offsets into the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `token ["/" product-version]`.
    Product {
        /// The product name.
        name: (usize, usize),
        /// The version after "/", when present.
        version: Option<(usize, usize)>,
    },
    /// A `comment`, parentheses included.
    Comment((usize, usize)),
}

/// The parts of a `User-Agent` or `Server` value, and the first syntax error (reading
/// stops there).
pub fn parse(s: &[u8]) -> (Vec<Part>, Option<SyntaxError>) {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        if pos > 0 {
            let ws = tokens::skip_ows(s, pos);
            if ws == s.len() {
                return (out, None);
            }
            if ws == pos {
                let expected = if s.get(pos) == Some(&b'/') {
                    "whitespace before the next product (a product has one \"/\" version)"
                } else {
                    "whitespace between products and comments"
                };
                return (out, Some(SyntaxError::at(s, pos, expected)));
            }
            pos = ws;
        }
        if s.get(pos) == Some(&b'(') && !out.is_empty() {
            match tokens::comment(s, pos) {
                Ok(end) => {
                    out.push(Part::Comment((pos, end)));
                    pos = end;
                }
                Err(e) => return (out, Some(e)),
            }
            continue;
        }
        let name_end = tokens::token_end(s, pos);
        if name_end == pos {
            let expected = if out.is_empty() {
                "a product (token) first, such as \"curl/8.5.0\""
            } else {
                "a product (token) or a comment"
            };
            return (out, Some(SyntaxError::at(s, pos, expected)));
        }
        let mut version = None;
        let mut end = name_end;
        if s.get(name_end) == Some(&b'/') {
            let v_end = tokens::token_end(s, name_end + 1);
            if v_end == name_end + 1 {
                return (
                    out,
                    Some(SyntaxError::at(
                        s,
                        name_end + 1,
                        "a product version (token) after \"/\"",
                    )),
                );
            }
            version = Some((name_end + 1, v_end));
            end = v_end;
        }
        out.push(Part::Product {
            name: (pos, name_end),
            version,
        });
        pos = end;
        if pos >= s.len() {
            return (out, None);
        }
        if !s.get(pos).is_some_and(|&b| is_ows(b)) && s.get(pos) != Some(&b'/') {
            // Something glued to the product, such as "curl/8.0;" or "Foo(bar)".
            return (
                out,
                Some(SyntaxError::at(
                    s,
                    pos,
                    "whitespace between products and comments",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        let table: &[(&str, usize)] = &[
            ("CERN-LineMode/2.15 libwww/2.17b3", 2),
            ("CERN/3.0 libwww/2.17", 2),
            ("curl/8.5.0", 1),
            ("nginx", 1),
            ("Apache/2.4.41 (Ubuntu)", 2),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                6,
            ),
            ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 2),
            ("Google Frontend", 2),
        ];
        for &(input, n) in table {
            let (parts, err) = parse(input.as_bytes());
            assert_eq!((parts.len(), err), (n, None), "{input}");
        }
        let (parts, _) = parse(b"a/1 (c)");
        assert_eq!(
            parts,
            [
                Part::Product {
                    name: (0, 1),
                    version: Some((2, 3))
                },
                Part::Comment((4, 7))
            ]
        );
    }

    #[test]
    fn errors() {
        let table: &[(&str, usize, usize)] = &[
            ("", 0, 0),
            ("(comment first)", 0, 1),
            ("Foo/", 4, 4),
            ("Foo/1.0/2", 7, 8),
            ("Foo/1.0 (unclosed", 8, 17),
            ("Foo(bar)", 3, 4),
            ("Foo, Bar", 3, 4),
            ("Foo/1.0; Bar", 7, 8),
            ("Foo \"quoted\"", 4, 5),
            ("Foo/1.0 /2", 8, 9),
        ];
        for &(input, start, end) in table {
            let (_, err) = parse(input.as_bytes());
            let e = err.unwrap_or_else(|| panic!("{input}: no error"));
            assert_eq!((e.start, e.end), (start, end), "{input}: {e:?}");
        }
    }
}
