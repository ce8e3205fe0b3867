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

/// What is wrong with a value that should be an entity-tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagProblem {
    /// Nothing where a tag was expected.
    Empty,
    /// No opening DQUOTE: `abc`, `'abc'` (the span is the whole text).
    Unquoted,
    /// The weakness indicator in lower case: `w/"abc"` (the span is `w/`).
    LowercaseWeak,
    /// An opening DQUOTE without its closing one (the span runs to the end).
    Unterminated,
    /// A character `etagc` does not allow, such as SP or a control (the span is it).
    BadChar,
    /// Text after the closing DQUOTE (the span is that text).
    Trailing,
}

impl TagProblem {
    /// Says what is wrong, to follow the value in a message: `ETag "abc" is not in
    /// double quotes`.
    pub fn describe(self) -> &'static str {
        match self {
            TagProblem::Empty => "is empty",
            TagProblem::Unquoted => "is not in double quotes",
            TagProblem::LowercaseWeak => "marks weakness with \"w/\", but the indicator is \"W/\"",
            TagProblem::Unterminated => "has no closing double quote",
            TagProblem::BadChar => "holds a character an entity tag cannot contain",
            TagProblem::Trailing => "has text after the closing double quote",
        }
    }
}

/// Where an entity-tag goes wrong, as offsets into the field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagError {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// What is wrong there.
    pub problem: TagProblem,
}

/// True when every octet of `s` may appear inside an opaque-tag: `s` can be quoted as is.
pub fn quotable(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(|&b| is_etagc(b))
}

/// Reads one entity-tag that must fill `s[pos..end]` exactly.
fn tag_at(s: &[u8], pos: usize, end: usize) -> Result<EntityTag, TagError> {
    let err = |start: usize, stop: usize, problem| TagError {
        start,
        end: stop,
        problem,
    };
    let text = s.get(pos..end).unwrap_or_default();
    if text.is_empty() {
        return Err(err(pos, end, TagProblem::Empty));
    }
    let (weak, open) = if text.starts_with(b"W/") {
        (true, pos + 2)
    } else if text.starts_with(b"w/") {
        return Err(err(pos, pos + 2, TagProblem::LowercaseWeak));
    } else {
        (false, pos)
    };
    if open >= end || s.get(open) != Some(&b'"') {
        return Err(err(pos, end, TagProblem::Unquoted));
    }
    let inner = s.get(open + 1..end).unwrap_or_default();
    let Some(close) = inner.iter().position(|&b| !is_etagc(b)) else {
        return Err(err(open, end, TagProblem::Unterminated));
    };
    let close = open + 1 + close;
    if s.get(close) != Some(&b'"') {
        return Err(err(close, close + 1, TagProblem::BadChar));
    }
    if close + 1 < end {
        return Err(err(close + 1, end, TagProblem::Trailing));
    }
    Ok(EntityTag {
        weak,
        start: pos,
        end,
    })
}

/// Reads a field value that is exactly one entity-tag, saying where it goes wrong.
pub fn check(value: &[u8]) -> Result<EntityTag, TagError> {
    tag_at(value, 0, value.len())
}

/// Parses a field value that is exactly one entity-tag (ETag, or If-Range when it starts
/// with a DQUOTE or `W/`).
pub fn parse(value: &[u8]) -> Option<EntityTag> {
    check(value).ok()
}

/// The value of If-Match or If-None-Match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagList {
    /// `*`: any current representation.
    Any,
    /// A list of entity tags.
    Tags(Vec<EntityTag>),
}

/// Why a value is not `"*" / #entity-tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListError {
    /// The value is empty or holds only empty elements.
    Empty,
    /// A list member that is `*` next to other members, at these offsets: RFC 9110
    /// §13.1.1 calls such a list "syntactically invalid".
    Wildcard(usize, usize),
    /// A member, at these offsets, that is not an entity-tag.
    Tag((usize, usize), TagError),
}

/// Reads `"*" / #entity-tag`, saying where it goes wrong. Empty list elements are skipped
/// (they are `list-element-empty`'s).
pub fn check_list(value: &[u8]) -> Result<TagList, ListError> {
    if value == b"*" {
        return Ok(TagList::Any);
    }
    let mut tags = Vec::new();
    for el in list::elements(value).filter(|e| !e.is_empty()) {
        if el.text(value) == b"*" {
            return Err(ListError::Wildcard(el.start, el.end));
        }
        tags.push(
            tag_at(value, el.start, el.end).map_err(|e| ListError::Tag((el.start, el.end), e))?,
        );
    }
    if tags.is_empty() {
        return Err(ListError::Empty);
    }
    Ok(TagList::Tags(tags))
}

/// Parses `"*" / #entity-tag`; `None` when the value is not valid (rules then stay
/// silent, as a recipient cannot evaluate it either).
pub fn list(value: &[u8]) -> Option<TagList> {
    check_list(value).ok()
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
    fn problems() {
        use TagProblem::*;
        let table: &[(&str, Option<(usize, usize, TagProblem)>)] = &[
            ("\"xyzzy\"", None),
            ("W/\"xyzzy\"", None),
            ("\"\"", None),
            ("\"a\\b\"", None),
            ("", Some((0, 0, Empty))),
            ("xyzzy", Some((0, 5, Unquoted))),
            ("'xyzzy'", Some((0, 7, Unquoted))),
            ("W/xyzzy", Some((0, 7, Unquoted))),
            ("W/", Some((0, 2, Unquoted))),
            ("w/\"x\"", Some((0, 2, LowercaseWeak))),
            ("\"xyzzy", Some((0, 6, Unterminated))),
            ("W/\"xyzzy", Some((2, 8, Unterminated))),
            ("\"a b\"", Some((2, 3, BadChar))),
            ("\"a\x01\"", Some((2, 3, BadChar))),
            ("\"a\"b", Some((3, 4, Trailing))),
            ("\"a\" \"b\"", Some((3, 7, Trailing))),
        ];
        for &(input, want) in table {
            let got = check(input.as_bytes())
                .err()
                .map(|e| (e.start, e.end, e.problem));
            assert_eq!(got, want, "{input:?}");
        }
        let table: &[(&str, Result<usize, ListError>)] = &[
            ("*", Ok(0)),
            ("\"a\", W/\"b\"", Ok(2)),
            ("\"a\",, \"b\"", Ok(2)),
            ("", Err(ListError::Empty)),
            (" , ", Err(ListError::Empty)),
            ("*, \"a\"", Err(ListError::Wildcard(0, 1))),
            ("\"a\", *", Err(ListError::Wildcard(5, 6))),
            ("*, *", Err(ListError::Wildcard(0, 1))),
            (
                "\"a\", b",
                Err(ListError::Tag(
                    (5, 6),
                    TagError {
                        start: 5,
                        end: 6,
                        problem: Unquoted,
                    },
                )),
            ),
        ];
        for (input, want) in table {
            let got = check_list(input.as_bytes()).map(|l| match l {
                TagList::Any => 0,
                TagList::Tags(t) => t.len(),
            });
            assert_eq!(got, *want, "{input:?}");
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
