//! The body of a `multipart/*` message (RFC 2046 §5.1.1), as used by
//! `multipart/byteranges` (RFC 9110 §14.6): parts separated by `--boundary` lines, each
//! with its own header fields.
//!
//! ```text
//! --THIS_STRING_SEPARATES
//! Content-Type: application/pdf
//! Content-Range: bytes 500-999/8000
//!
//! ...the first range...
//! --THIS_STRING_SEPARATES--
//! ```
//!
//! Lines may end in CRLF or a bare LF (pasted text). One pass over the content.

use crate::parse::grammar::{is_ows, trim_ows};

/// A header field of a body part, as offsets into the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartField {
    /// The whole field line.
    pub line: (usize, usize),
    /// The field name.
    pub name: (usize, usize),
    /// The field value without surrounding whitespace.
    pub value: (usize, usize),
}

/// One body part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The delimiter line that opens the part.
    pub delimiter: (usize, usize),
    /// Its header fields.
    pub fields: Vec<PartField>,
    /// Its content (up to the line break before the next delimiter).
    pub content: (usize, usize),
}

impl Part {
    /// The first field named `name` (case-insensitive) in `body`.
    pub fn field(&self, body: &[u8], name: &str) -> Option<PartField> {
        self.fields.iter().copied().find(|f| {
            body.get(f.name.0..f.name.1)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        })
    }
}

/// The parts of a multipart body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multipart {
    /// The parts, in order.
    pub parts: Vec<Part>,
    /// True when the close delimiter (`--boundary--`) was found.
    pub closed: bool,
}

/// What a line is, relative to the boundary.
#[derive(PartialEq, Eq)]
enum Delimiter {
    No,
    Open,
    Close,
}

fn delimiter(line: &[u8], boundary: &[u8]) -> Delimiter {
    let Some(rest) = line
        .strip_prefix(b"--")
        .and_then(|l| l.strip_prefix(boundary))
    else {
        return Delimiter::No;
    };
    // transport-padding (LWSP) may follow a delimiter.
    let (close, pad) = match rest.strip_prefix(b"--") {
        Some(pad) => (true, pad),
        None => (false, rest),
    };
    match (pad.iter().all(|&b| is_ows(b)), close) {
        (false, _) => Delimiter::No,
        (true, true) => Delimiter::Close,
        (true, false) => Delimiter::Open,
    }
}

/// Splits `body` on `boundary`. Text before the first delimiter (the preamble) is
/// skipped; a body without any delimiter has no parts.
pub fn parse(body: &[u8], boundary: &[u8]) -> Multipart {
    let mut out = Multipart {
        parts: Vec::new(),
        closed: false,
    };
    if boundary.is_empty() {
        return out;
    }
    // (part, whether its header section is still being read)
    let mut current: Option<(Part, bool)> = None;
    let mut pos = 0;
    let mut prev_break = 0; // where the previous line's terminator starts
    while pos < body.len() {
        let rest = body.get(pos..).unwrap_or_default();
        let (text_len, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(lf) => (lf, pos + lf + 1),
            None => (rest.len(), body.len()),
        };
        let text = rest.get(..text_len).unwrap_or_default();
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        let line = (pos, pos + text.len());
        let kind = delimiter(text, boundary);
        if kind != Delimiter::No {
            if let Some((mut part, _)) = current.take() {
                part.content.1 = prev_break.max(part.content.0);
                out.parts.push(part);
            }
            if kind == Delimiter::Close {
                out.closed = true;
                return out;
            }
            current = Some((
                Part {
                    delimiter: line,
                    fields: Vec::new(),
                    content: (next, next),
                },
                true,
            ));
        } else if let Some((part, in_headers)) = current.as_mut() {
            if *in_headers {
                if text.is_empty() {
                    *in_headers = false;
                    part.content = (next, next);
                } else if let Some(colon) = text.iter().position(|&b| b == b':') {
                    let value = text.get(colon + 1..).unwrap_or_default();
                    let (a, b) = trim_ows(value);
                    part.fields.push(PartField {
                        line,
                        name: (pos, pos + colon),
                        value: (pos + colon + 1 + a, pos + colon + 1 + b),
                    });
                    part.content = (next, next);
                }
            }
        }
        prev_break = line.1;
        pos = next;
    }
    if let Some((mut part, _)) = current.take() {
        part.content.1 = body.len().max(part.content.0);
        out.parts.push(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_9110_example() {
        let body = b"--THIS_STRING_SEPARATES\r\nContent-Type: application/pdf\r\nContent-Range: bytes 500-999/8000\r\n\r\n...the first range...\r\n--THIS_STRING_SEPARATES\r\nContent-Type: application/pdf\r\nContent-Range: bytes 7000-7999/8000\r\n\r\n...the second range\r\n--THIS_STRING_SEPARATES--";
        let m = parse(body, b"THIS_STRING_SEPARATES");
        assert!(m.closed);
        assert_eq!(m.parts.len(), 2);
        let text = |(a, b): (usize, usize)| std::str::from_utf8(&body[a..b]).unwrap();
        assert_eq!(text(m.parts[0].content), "...the first range...");
        assert_eq!(text(m.parts[1].content), "...the second range");
        let cr = m.parts[1].field(body, "content-range").unwrap();
        assert_eq!(text(cr.value), "bytes 7000-7999/8000");
        assert_eq!(text(m.parts[0].delimiter), "--THIS_STRING_SEPARATES");
    }

    #[test]
    fn table() {
        // (body, boundary, number of parts, closed, content of the last part)
        let table: &[(&str, &str, usize, bool, &str)] = &[
            ("", "b", 0, false, ""),
            ("no delimiter", "b", 0, false, ""),
            ("preamble\n--b\n\nx\n--b--\n", "b", 1, true, "x"),
            ("--b\nA: 1\n\nx\n--bb\ny\n--b--", "b", 1, true, "x\n--bb\ny"),
            ("--b  \n\n\n--b-- \nepilogue", "b", 1, true, ""),
            ("--b\n\nunterminated", "b", 1, false, "unterminated"),
            ("--b\n\nx\n--b\n\ny", "b", 2, false, "y"),
            ("--b\n\nx", "", 0, false, ""),
        ];
        for &(body, boundary, parts, closed, last) in table {
            let m = parse(body.as_bytes(), boundary.as_bytes());
            assert_eq!((m.parts.len(), m.closed), (parts, closed), "{body:?}");
            if let Some(p) = m.parts.last() {
                assert_eq!(&body[p.content.0..p.content.1], last, "{body:?}");
            }
        }
    }
}
