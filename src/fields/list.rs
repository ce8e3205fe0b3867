//! The list syntax of RFC 9110 §5.6.1: `#element`, comma-separated with optional whitespace.

use crate::parse::grammar::is_ows;

/// One element of a comma-separated list, as offsets into the field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element {
    /// Offset of the element's first octet (after leading whitespace).
    pub start: usize,
    /// Offset one past the element's last octet (before trailing whitespace).
    pub end: usize,
}

impl Element {
    /// True for an empty element (`a, , b`).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The element's octets in `value`.
    pub fn text<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.start..self.end).unwrap_or_default()
    }
}

/// Splits a field value on commas outside quoted strings and comments, trimming OWS.
///
/// The line breaks of a folded value are trimmed like OWS: a recipient replaces each
/// obs-fold with SP before interpreting the value (RFC 9112 §5.2), and `obs-fold`
/// reports the fold itself.
///
/// Every element is returned, empty ones too, so that a rule can point at them; an empty
/// field value yields no element.
pub fn elements(value: &[u8]) -> Elements<'_> {
    Elements {
        value,
        pos: 0,
        done: value.is_empty(),
    }
}

/// Iterator made by [`elements`].
#[derive(Debug, Clone)]
pub struct Elements<'a> {
    value: &'a [u8],
    pos: usize,
    done: bool,
}

impl Iterator for Elements<'_> {
    type Item = Element;

    fn next(&mut self) -> Option<Element> {
        if self.done {
            return None;
        }
        let rest = self.value.get(self.pos..).unwrap_or_default();
        let mut in_quote = false;
        let mut escaped = false;
        let mut depth = 0usize;
        let mut end = rest.len();
        for (i, &b) in rest.iter().enumerate() {
            if escaped {
                escaped = false;
                continue;
            }
            match b {
                b'\\' if in_quote || depth > 0 => escaped = true,
                b'"' if depth == 0 => in_quote = !in_quote,
                b'(' if !in_quote => depth += 1,
                b')' if !in_quote => depth = depth.saturating_sub(1),
                b',' if !in_quote && depth == 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let item = rest.get(..end).unwrap_or_default();
        let lead = item.iter().take_while(|&&b| is_space(b)).count();
        let trail = item.iter().rev().take_while(|&&b| is_space(b)).count();
        let start = self.pos + lead;
        let elem_end = (self.pos + end).saturating_sub(trail).max(start);
        if end >= rest.len() {
            self.done = true;
        } else {
            self.pos += end + 1;
        }
        Some(Element {
            start,
            end: elem_end,
        })
    }
}

/// OWS, or a line break of an obs-fold.
const fn is_space(b: u8) -> bool {
    is_ows(b) || b == b'\r' || b == b'\n'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(v: &str) -> Vec<&str> {
        elements(v.as_bytes())
            .map(|e| std::str::from_utf8(e.text(v.as_bytes())).unwrap())
            .collect()
    }

    #[test]
    fn table() {
        let table: &[(&str, &[&str])] = &[
            ("", &[]),
            ("a", &["a"]),
            ("a, b ,c", &["a", "b", "c"]),
            ("a,,b", &["a", "", "b"]),
            (", a", &["", "a"]),
            ("a,", &["a", ""]),
            ("  ", &[""]),
            ("\"x, y\", z", &["\"x, y\"", "z"]),
            ("\"x\\\", y\", z", &["\"x\\\", y\"", "z"]),
            ("foo (a, b), c", &["foo (a, b)", "c"]),
            ("close,\r\n TE", &["close", "TE"]),
            ("a\r\n\t, b", &["a", "b"]),
            ("\"unterminated, x", &["\"unterminated, x"]),
        ];
        for (input, want) in table {
            assert_eq!(split(input), *want, "{input:?}");
        }
    }
}
