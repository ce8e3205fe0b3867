//! Content codings (RFC 9110 §8.4.1): `content-coding = token`, and the names the
//! "HTTP Content Coding Registry" holds.

use super::list;
use super::tokens::SyntaxError;
use crate::parse::grammar::is_token;

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
}
