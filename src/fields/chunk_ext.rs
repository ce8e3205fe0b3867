//! `chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )` with
//! `chunk-ext-name = token` and `chunk-ext-val = token / quoted-string` (RFC 9112 §7.1.1).

use super::tokens::{quoted_string, skip_ows, token_end};

/// Checks the chunk extensions that follow a chunk size (everything up to the line end).
///
/// # Errors
/// `Err((start, end))` gives the offsets of the first octets that do not fit the grammar:
/// from there to the end of that extension, or a zero-length range where a name or value
/// is missing.
pub fn check(ext: &[u8]) -> Result<(), (usize, usize)> {
    let len = ext.len();
    let mut i = 0;
    while i < len {
        let semi = skip_ows(ext, i);
        if semi == len {
            // Trailing whitespace: BWS only comes before ";" and around "=".
            return Err((i, len));
        }
        if ext.get(semi) != Some(&b';') {
            return Err((i, next_semicolon(ext, semi)));
        }
        let name = skip_ows(ext, semi + 1);
        let name_end = token_end(ext, name);
        if name_end == name {
            return Err((name, next_semicolon(ext, name)));
        }
        let eq = skip_ows(ext, name_end);
        if ext.get(eq) != Some(&b'=') {
            // No value: the next extension (or the end) follows.
            i = name_end;
            continue;
        }
        let val = skip_ows(ext, eq + 1);
        i = if ext.get(val) == Some(&b'"') {
            match quoted_string(ext, val) {
                Ok(q) => q.end,
                Err(e) => return Err((e.start.max(val), len)),
            }
        } else {
            let end = token_end(ext, val);
            if end == val {
                return Err((val, next_semicolon(ext, val)));
            }
            end
        };
    }
    Ok(())
}

/// The offset of the next `;` from `from`, or the end: where a bad extension ends.
fn next_semicolon(ext: &[u8], from: usize) -> usize {
    ext.get(from..)
        .and_then(|r| r.iter().position(|&b| b == b';'))
        .map_or(ext.len(), |p| from + p)
        .max(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        type Case = (&'static str, Result<(), (usize, usize)>);
        let table: &[Case] = &[
            ("", Ok(())),
            (";a", Ok(())),
            (";a=b", Ok(())),
            (" ; a = b ;c", Ok(())),
            (";a=\"x y\"", Ok(())),
            (";a=\"x\\\"y\";b", Ok(())),
            (" ", Err((0, 1))),
            (";a ", Err((2, 3))),
            (";", Err((1, 1))),
            (";=b", Err((1, 3))),
            (";a=", Err((3, 3))),
            (";a=b c", Err((4, 6))),
            (";a=@;b", Err((3, 4))),
            (";a=\"x", Err((3, 5))),
            (";a=\"x\x01\"", Err((5, 7))),
            ("x", Err((0, 1))),
            (" x;a", Err((0, 2))),
            (";a;b=c d;e", Err((6, 8))),
        ];
        for (input, want) in table {
            assert_eq!(check(input.as_bytes()), *want, "{input:?}");
        }
    }
}
