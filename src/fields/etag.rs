//! Entity tags (RFC 9110 §8.8.3) and the lists of them in If-Match and If-None-Match
//! (RFC 9110 §13.1.1, §13.1.2), with the two comparison functions of §8.8.3.2.
//!
//! ```text
//! entity-tag = [ weak ] opaque-tag
//! weak       = %s"W/"
//! opaque-tag = DQUOTE *etagc DQUOTE
//! etagc      = %x21 / %x23-7E / obs-text
//! If-Match   = "*" / #entity-tag
//! ```

use super::list;
use crate::parse::grammar::is_obs_text;

/// One entity tag, as offsets into the field value it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityTag {
    /// True for a weak tag (`W/"…"`).
    pub weak: bool,
    /// Offset of the first octet (`W` or DQUOTE).
    pub start: usize,
    /// Offset one past the closing DQUOTE.
    pub end: usize,
}

impl EntityTag {
    /// The opaque-tag (with its quotes) in `value`, the field value the tag was read from.
    pub fn opaque<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        let from = if self.weak {
            self.start + 2
        } else {
            self.start
        };
        value.get(from..self.end).unwrap_or_default()
    }

    /// The whole tag in `value`.
    pub fn text<'a>(&self, value: &'a [u8]) -> &'a [u8] {
        value.get(self.start..self.end).unwrap_or_default()
    }
}

/// Strong comparison (RFC 9110 §8.8.3.2): "two entity tags are equivalent if both are not
/// weak and their opaque-tags match character-by-character". Each tag comes with the value
/// it was read from.
pub fn strong_eq(a: (&EntityTag, &[u8]), b: (&EntityTag, &[u8])) -> bool {
    !a.0.weak && !b.0.weak && a.0.opaque(a.1) == b.0.opaque(b.1)
}

/// Weak comparison (RFC 9110 §8.8.3.2): "two entity tags are equivalent if their
/// opaque-tags match character-by-character, regardless of either or both being tagged as
/// "weak"".
pub fn weak_eq(a: (&EntityTag, &[u8]), b: (&EntityTag, &[u8])) -> bool {
    a.0.opaque(a.1) == b.0.opaque(b.1)
}

const fn is_etagc(b: u8) -> bool {
    b == 0x21 || matches!(b, 0x23..=0x7e) || is_obs_text(b)
}

/// Reads one entity-tag at `pos`, returning it if the whole of `s[pos..end]` is one.
fn tag_at(s: &[u8], pos: usize, end: usize) -> Option<EntityTag> {
    let text = s.get(pos..end)?;
    let (weak, rest) = match text.strip_prefix(b"W/") {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let inner = rest.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    inner.iter().all(|&b| is_etagc(b)).then_some(EntityTag {
        weak,
        start: pos,
        end,
    })
}

/// Parses a field value that is exactly one entity-tag (ETag, or If-Range when it starts
/// with a DQUOTE or `W/`).
pub fn parse(value: &[u8]) -> Option<EntityTag> {
    tag_at(value, 0, value.len())
}

/// The value of If-Match or If-None-Match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagList {
    /// `*`: any current representation.
    Any,
    /// A list of entity tags.
    Tags(Vec<EntityTag>),
}

/// Parses `"*" / #entity-tag`; `None` when the value is not valid (rules then stay
/// silent, as a recipient cannot evaluate it either).
pub fn list(value: &[u8]) -> Option<TagList> {
    if value == b"*" {
        return Some(TagList::Any);
    }
    let mut tags = Vec::new();
    for el in list::elements(value).filter(|e| !e.is_empty()) {
        tags.push(tag_at(value, el.start, el.end)?);
    }
    (!tags.is_empty()).then_some(TagList::Tags(tags))
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    fn opaque_list(v: &str) -> Option<Vec<(bool, String)>> {
        match list(v.as_bytes())? {
            TagList::Any => Some(vec![(false, "*".into())]),
            TagList::Tags(t) => Some(
                t.iter()
                    .map(|t| {
                        (
                            t.weak,
                            String::from_utf8(t.opaque(v.as_bytes()).to_vec()).unwrap(),
                        )
                    })
                    .collect(),
            ),
        }
    }

    #[test]
    fn lists() {
        let table: &[(&str, Option<&[(bool, &str)]>)] = &[
            ("*", Some(&[(false, "*")])),
            ("\"xyzzy\"", Some(&[(false, "\"xyzzy\"")])),
            ("W/\"xyzzy\"", Some(&[(true, "\"xyzzy\"")])),
            (
                "\"a\", W/\"b\" ,\"\"",
                Some(&[(false, "\"a\""), (true, "\"b\""), (false, "\"\"")]),
            ),
            ("\"a\",,\"b\"", Some(&[(false, "\"a\""), (false, "\"b\"")])),
            ("xyzzy", None),
            ("\"a", None),
            ("w/\"a\"", None),
            ("\"a\" \"b\"", None),
            ("\"a b\"", None),
            ("*, \"a\"", None),
            ("", None),
        ];
        for (input, want) in table {
            let got = opaque_list(input);
            let want = want.map(|w| {
                w.iter()
                    .map(|(weak, s)| (*weak, s.to_string()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn comparison() {
        // The table of RFC 9110 §8.8.3.2: (a, b, strong, weak).
        let table: &[(&str, &str, bool, bool)] = &[
            ("W/\"1\"", "W/\"1\"", false, true),
            ("W/\"1\"", "W/\"2\"", false, false),
            ("W/\"1\"", "\"1\"", false, true),
            ("\"1\"", "\"1\"", true, true),
        ];
        for &(a, b, strong, weak) in table {
            let ta = parse(a.as_bytes()).unwrap();
            let tb = parse(b.as_bytes()).unwrap();
            let pa = (&ta, a.as_bytes());
            let pb = (&tb, b.as_bytes());
            assert_eq!(strong_eq(pa, pb), strong, "{a} {b}");
            assert_eq!(weak_eq(pa, pb), weak, "{a} {b}");
        }
    }
}
