//! The content of a message (RFC 9110 §6.4) as the framing delimits it: whether there is
//! any, and its first octets, for the rules that compare it with its metadata.

use super::known::KnownField;
use super::transfer_encoding;
use crate::parse::message::{Framing, Message};

/// True when the message has content: a non-zero Content-Length, a chunk with data, or
/// octets read until the connection closed.
pub fn has_content(m: &Message) -> bool {
    match m.body.framing {
        Framing::NoContent | Framing::Tunnel | Framing::Zero => false,
        Framing::ContentLength(n) => n > 0,
        Framing::Chunked => m
            .body
            .chunks
            .iter()
            .any(|c| c.size_value.is_some_and(|n| n > 0)),
        Framing::TransferEncodingNotChunked
        | Framing::UntilClose
        | Framing::InvalidContentLength => !m.body.span.is_empty(),
    }
}

/// The content's octets present in the input (for chunked content, the first chunk's
/// data), or nothing when a transfer coding other than chunked hides them.
pub fn first_octets<'a>(m: &Message, input: &'a [u8]) -> &'a [u8] {
    let coded = m.fields_named(KnownField::TransferEncoding).any(|f| {
        let v = f.value.slice(input);
        transfer_encoding::codings(v).any(|c| !c.is_chunked(v))
    });
    if coded {
        return &[];
    }
    match m.body.framing {
        Framing::ContentLength(_) | Framing::UntilClose => m.body.span.slice(input),
        Framing::Chunked => m
            .body
            .chunks
            .iter()
            .find(|c| !c.data.is_empty())
            .map_or(&[][..], |c| c.data.slice(input)),
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, Options};

    fn first(input: &[u8]) -> (bool, Vec<u8>) {
        let r = lint(input, &Options::default());
        let m = &r.messages[0];
        (has_content(m), first_octets(m, input).to_vec())
    }

    #[test]
    fn table() {
        assert_eq!(
            first(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"),
            (true, b"hi".to_vec())
        );
        assert_eq!(
            first(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
            (false, vec![])
        );
        assert_eq!(
            first(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n"),
            (true, b"hi".to_vec())
        );
        assert_eq!(
            first(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n"
            ),
            (true, vec![])
        );
        assert_eq!(first(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"), (false, vec![]));
        assert_eq!(
            first(b"HTTP/1.1 200 OK\r\n\r\nabc"),
            (true, b"abc".to_vec())
        );
        assert_eq!(first(b"HTTP/1.1 204 No Content\r\n\r\n"), (false, vec![]));
    }
}
