//! Content codings (RFC 9110 §8.4.1): `content-coding = token`, and the names the
//! "HTTP Content Coding Registry" holds.

use super::known::KnownField;
use super::tokens::SyntaxError;
use super::{accept, list, single_line};
use crate::parse::grammar::is_token;
use crate::parse::message::Message;
use crate::span::Span;

/// The names registered in the IANA "HTTP Content Coding Registry"
/// (<https://www.iana.org/assignments/http-parameters>), lower case.
pub const REGISTERED: [&str; 13] = [
    "aes128gcm",
    "br",
    "compress",
    "dcb",
    "dcz",
    "deflate",
    "exi",
    "gzip",
    "identity",
    "pack200-gzip",
    "x-compress",
    "x-gzip",
    "zstd",
];

/// True when `name` is a registered content coding (ignoring case).
pub fn is_registered(name: &[u8]) -> bool {
    REGISTERED
        .iter()
        .any(|r| r.as_bytes().eq_ignore_ascii_case(name))
}

/// One element of a `Content-Encoding` value: the coding's offsets, or a syntax error.
/// Empty elements are skipped (another rule reports them).
pub fn content_encoding(
    value: &[u8],
) -> impl Iterator<Item = Result<(usize, usize), SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| {
            let text = e.text(value);
            if is_token(text) {
                return Ok((e.start, e.end));
            }
            let bad = text
                .iter()
                .position(|&b| !crate::parse::grammar::is_tchar(b))
                .unwrap_or(0);
            Err(SyntaxError::at(
                value,
                e.start + bad,
                "a content coding (token), such as gzip",
            ))
        })
}

/// Every coding named in the header's Content-Encoding and Accept-Encoding fields (but
/// Accept-Encoding's `*`), with the field it is in and its span in the input.
pub fn named_codings<'a>(
    m: &'a Message,
    input: &'a [u8],
) -> impl Iterator<Item = (KnownField, Span)> + 'a {
    let content = single_line(m, KnownField::ContentEncoding).flat_map(move |f| {
        let v = f.value.slice(input);
        content_encoding(v)
            .filter_map(Result::ok)
            .map(move |(a, b)| (KnownField::ContentEncoding, f.value.sub(a, b)))
    });
    let accepted = single_line(m, KnownField::AcceptEncoding).flat_map(move |f| {
        let v = f.value.slice(input);
        accept::members(v, accept::Kind::Coding)
            .filter_map(Result::ok)
            .filter(move |c| c.item(v) != b"*")
            .map(move |c| (KnownField::AcceptEncoding, f.value.sub(c.item.0, c.item.1)))
    });
    content.chain(accepted)
}

/// What the first octets of content say about the coding applied last, for the codings
/// whose formats start with a fixed signature: `Some(true)` when they match `coding`,
/// `Some(false)` when they cannot be that coding, `None` when there is no signature to
/// check (br, aes128gcm…) or too few octets.
pub fn signature_matches(coding: &[u8], octets: &[u8]) -> Option<bool> {
    let lower = coding.to_ascii_lowercase();
    match lower.as_slice() {
        // RFC 1952 §2.3.1: ID1 = 31, ID2 = 139.
        b"gzip" | b"x-gzip" => Some(octets.get(..2)? == [0x1f, 0x8b]),
        // The LZW format of compress(1).
        b"compress" | b"x-compress" => Some(octets.get(..2)? == [0x1f, 0x9d]),
        // RFC 8878 §3.1.1: magic number 0xFD2FB528, little-endian.
        b"zstd" => Some(octets.get(..4)? == [0x28, 0xb5, 0x2f, 0xfd]),
        b"deflate" => {
            let (&cmf, &flg) = (octets.first()?, octets.get(1)?);
            Some(is_zlib_header(cmf, flg))
        }
        _ => None,
    }
}

/// RFC 1950 §2.2: CM = 8 (deflate), CINFO <= 7, and CMF*256 + FLG a multiple of 31.
pub fn is_zlib_header(cmf: u8, flg: u8) -> bool {
    cmf & 0x0f == 8 && cmf >> 4 <= 7 && (u16::from(cmf) * 256 + u16::from(flg)) % 31 == 0
}

/// The content coding whose signature starts `octets`, for content that carries no
/// Content-Encoding: gzip (with its deflate method byte) or zstd. Kept to signatures
/// that text cannot start with.
pub fn sniff(octets: &[u8]) -> Option<&'static str> {
    if octets.get(..3)? == [0x1f, 0x8b, 0x08] {
        return Some("gzip");
    }
    if octets.get(..4)? == [0x28, 0xb5, 0x2f, 0xfd] {
        return Some("zstd");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let table: &[(&str, &[Result<&str, usize>])] = &[
            ("gzip", &[Ok("gzip")]),
            ("gzip, br", &[Ok("gzip"), Ok("br")]),
            ("x-gzip,,deflate", &[Ok("x-gzip"), Ok("deflate")]),
            ("gzip;q=1", &[Err(4)]),
            ("gzip br", &[Err(4)]),
            ("\"gzip\"", &[Err(0)]),
        ];
        for (input, want) in table {
            let v = input.as_bytes();
            let got: Vec<Result<&str, usize>> = content_encoding(v)
                .map(|r| {
                    r.map(|(a, b)| std::str::from_utf8(&v[a..b]).unwrap())
                        .map_err(|e| e.start)
                })
                .collect();
            assert_eq!(got, *want, "{input}");
        }
        assert!(is_registered(b"GZIP") && is_registered(b"zstd") && !is_registered(b"lzma"));
    }

    #[test]
    fn signatures() {
        assert_eq!(signature_matches(b"gzip", b"\x1f\x8b\x08\x00"), Some(true));
        assert_eq!(signature_matches(b"GZIP", b"hello"), Some(false));
        assert_eq!(signature_matches(b"deflate", b"\x78\x9c"), Some(true));
        assert_eq!(signature_matches(b"deflate", b"\xcb\x48"), Some(false));
        assert_eq!(signature_matches(b"zstd", b"\x28\xb5\x2f\xfd"), Some(true));
        assert_eq!(signature_matches(b"br", b"\x0b\x02"), None);
        assert_eq!(signature_matches(b"gzip", b"h"), None);
        assert_eq!(sniff(b"\x1f\x8b\x08\x00"), Some("gzip"));
        assert_eq!(sniff(b"<html>"), None);
    }
}
