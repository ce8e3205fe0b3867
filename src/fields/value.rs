//! The generic field-value syntax of RFC 9110 §5.5, shared by every field:
//!
//! ```text
//! field-value    = *field-content
//! field-content  = field-vchar [ 1*( SP / HTAB / field-vchar ) field-vchar ]
//! field-vchar    = VCHAR / obs-text
//! ```
//!
//! Offsets are relative to the value. A folded value (RFC 9112 §5.2) spans its line
//! breaks; those are obs-fold's business, so CR and LF are never reported here (a CR
//! that is not part of a line break is a bare CR, RFC 9112 §2.2, reported by the parser).

use crate::parse::grammar::is_obs_text;

/// A control character that field-content does not allow: `CTL = %x00-1F / %x7F`
/// without HTAB (allowed between field-vchars), CR and LF (see the module docs).
pub const fn is_invalid_ctl(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f)
}

/// Offsets of the control characters a field value must not contain, in order.
pub fn invalid_ctls(value: &[u8]) -> impl Iterator<Item = usize> + '_ {
    value
        .iter()
        .enumerate()
        .filter(|&(_, &b)| is_invalid_ctl(b))
        .map(|(i, _)| i)
}

/// The first run of obs-text octets (`%x80-FF`), as `(start, end)` offsets, and how many
/// such octets the value has in all.
pub fn obs_text(value: &[u8]) -> Option<(usize, usize, usize)> {
    let start = value.iter().position(|&b| is_obs_text(b))?;
    let run = value
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| is_obs_text(b))
        .count();
    let total = value.iter().filter(|&&b| is_obs_text(b)).count();
    Some((start, start + run, total))
}

/// The first obs-fold (`OWS CRLF RWS`, or with a bare LF) in a field line's text, as
/// `(start, end)` offsets covering the whitespace around the line break, and how many
/// line breaks the text has in all.
pub fn first_fold(line: &[u8]) -> Option<(usize, usize, usize)> {
    let lf = line.iter().position(|&b| b == b'\n')?;
    let before = line.get(..lf).unwrap_or_default();
    let before = before.strip_suffix(b"\r").unwrap_or(before);
    let ows = before
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let start = before.len() - ows;
    let rws = line
        .get(lf + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let breaks = line.iter().fold(0, |n, &b| n + usize::from(b == b'\n'));
    Some((start, lf + 1 + rws, breaks))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Table<'a> = &'a [(&'a [u8], Option<(usize, usize, usize)>)];

    #[test]
    fn ctls() {
        let table: &[(&[u8], &[usize])] = &[
            (b"text/html", &[]),
            (b"a\tb c", &[]),
            (b"a\x00b", &[1]),
            (b"\x01x\x7f", &[0, 2]),
            (b"a\x0bb\x0c", &[1, 3]),
            (b"folded\r\n  value", &[]),
            (b"caf\xc3\xa9", &[]),
        ];
        for (input, want) in table {
            let got: Vec<usize> = invalid_ctls(input).collect();
            assert_eq!(got, *want, "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn obs_text_runs() {
        let table: Table = &[
            (b"plain", None),
            (b"caf\xc3\xa9", Some((3, 5, 2))),
            (b"\xff a \x80", Some((0, 1, 2))),
        ];
        for (input, want) in table {
            assert_eq!(
                obs_text(input),
                *want,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn folds() {
        let table: Table = &[
            (b"X: a", None),
            (b"X: a\r\n b", Some((4, 7, 1))),
            (b"X: a \n\t b", Some((4, 8, 1))),
            (b"X:\r\n b\r\n c", Some((2, 5, 2))),
        ];
        for (input, want) in table {
            assert_eq!(
                first_fold(input),
                *want,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}
