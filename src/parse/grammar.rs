//! Character classes of the HTTP grammar, each quoting its ABNF.

/// `tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA`
/// (RFC 9110 §5.6.2). A table lookup: it runs for every octet of every field name.
#[inline]
#[allow(clippy::indexing_slicing)] // a u8 always indexes a 256-entry table
pub const fn is_tchar(b: u8) -> bool {
    TCHAR[b as usize]
}

#[allow(clippy::indexing_slicing)] // i < 256
const TCHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = matches!(b,
            b'!' | b'#' | b'$' | b'%' | b'&' | b'\'' | b'*' | b'+' | b'-' | b'.' | b'^' | b'_'
            | b'`' | b'|' | b'~' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z');
        i += 1;
    }
    table
};

/// `token = 1*tchar` (RFC 9110 §5.6.2).
#[inline]
pub fn is_token(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(|&b| is_tchar(b))
}

/// `VCHAR = %x21-7E` (RFC 5234 B.1).
pub const fn is_vchar(b: u8) -> bool {
    matches!(b, 0x21..=0x7e)
}

/// `obs-text = %x80-FF` (RFC 9110 §5.6.4).
pub const fn is_obs_text(b: u8) -> bool {
    b >= 0x80
}

/// `field-vchar = VCHAR / obs-text` (RFC 9110 §5.5).
pub const fn is_field_vchar(b: u8) -> bool {
    is_vchar(b) || is_obs_text(b)
}

/// `OWS = *( SP / HTAB )`: one whitespace octet (RFC 9110 §5.6.3).
pub const fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// `DIGIT = %x30-39`.
pub const fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// `HEXDIG = DIGIT / "A" / "B" / "C" / "D" / "E" / "F"` (case-insensitive, RFC 5234).
pub const fn is_hexdig(b: u8) -> bool {
    b.is_ascii_hexdigit()
}

/// `qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text` (RFC 9110 §5.6.4).
pub const fn is_qdtext(b: u8) -> bool {
    matches!(b, b'\t' | b' ' | 0x21 | 0x23..=0x5b | 0x5d..=0x7e) || is_obs_text(b)
}

/// `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )` (RFC 9112 §4): one octet.
pub const fn is_reason_char(b: u8) -> bool {
    b == b'\t' || b == b' ' || is_vchar(b) || is_obs_text(b)
}

/// Octets of the URI grammar (RFC 3986 §2): unreserved, reserved, and "%". Used for a
/// request-target, which RFC 9112 §3.2 builds from URI components.
pub const fn is_uri_char(b: u8) -> bool {
    matches!(b,
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~'
        | b':' | b'/' | b'?' | b'#' | b'[' | b']' | b'@'
        | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
        | b'%')
}

/// Trims OWS from both ends, returning the offsets of the trimmed part.
pub fn trim_ows(s: &[u8]) -> (usize, usize) {
    let start = s.iter().position(|&b| !is_ows(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !is_ows(b)).map_or(start, |i| i + 1);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let table: &[(&[u8], bool)] = &[
            (b"Content-Length", true),
            (b"X_Y.z~1", true),
            (b"", false),
            (b"Bad Name", false),
            (b"a:b", false),
            (b"a\"b", false),
            (b"a/b", false),
        ];
        for (input, want) in table {
            assert_eq!(
                is_token(input),
                *want,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        assert!(is_field_vchar(0x80) && is_field_vchar(b'~') && !is_field_vchar(0x7f));
        assert!(!is_qdtext(b'"') && !is_qdtext(b'\\') && is_qdtext(b' '));
        assert_eq!(trim_ows(b"  ab c \t"), (2, 6));
        assert_eq!(trim_ows(b"   "), (3, 3));
    }
}
