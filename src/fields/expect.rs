//! `Expect` (RFC 9110 §10.1.1):
//!
//! ```text
//! Expect      = #expectation
//! expectation = token [ "=" ( token / quoted-string ) parameters ]
//! ```

use super::known::KnownField;
use super::tokens::{self, Parameter, SyntaxError};
use super::{list, single_line};
use crate::parse::message::Message;
use crate::span::Span;

/// One expectation, as offsets into the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// The whole list element.
    pub span: (usize, usize),
    /// The expectation's name.
    pub name: (usize, usize),
    /// The value after "=", quotes included, when present.
    pub value: Option<(usize, usize)>,
    /// The first needless quoted-pair in a quoted value or parameter (RFC 9110 §5.6.4).
    pub needless_escape: Option<usize>,
    /// The parameters after the value.
    pub params: Vec<Parameter>,
}

impl Expectation {
    /// True for `100-continue` (case-insensitive) with no value.
    pub fn is_100_continue(&self, s: &[u8]) -> bool {
        self.value.is_none()
            && self.params.is_empty()
            && s.get(self.name.0..self.name.1)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"100-continue"))
    }
}

/// The expectations of an Expect value; empty list elements are skipped.
pub fn expectations(value: &[u8]) -> impl Iterator<Item = Result<Expectation, SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| expectation(value, e.start, e.end))
}

fn expectation(value: &[u8], start: usize, end: usize) -> Result<Expectation, SyntaxError> {
    let s = value.get(..end).unwrap_or(value);
    let name_end = tokens::token_end(s, start);
    if name_end == start {
        return Err(SyntaxError::at(
            s,
            start,
            "an expectation (token) such as \"100-continue\"",
        ));
    }
    let mut out = Expectation {
        span: (start, end),
        name: (start, name_end),
        value: None,
        needless_escape: None,
        params: Vec::new(),
    };
    if name_end == end {
        return Ok(out);
    }
    if s.get(name_end) != Some(&b'=') {
        return Err(SyntaxError::at(
            s,
            name_end,
            "\"=\" and a value, or \",\" before the next expectation",
        ));
    }
    let v = name_end + 1;
    let v_end = if s.get(v) == Some(&b'"') {
        let q = tokens::quoted_string(s, v)?;
        out.needless_escape = q.needless_escape;
        q.end
    } else {
        let e = tokens::token_end(s, v);
        if e == v {
            return Err(SyntaxError::at(
                s,
                v,
                "a value (token or quoted string) after \"=\"",
            ));
        }
        e
    };
    out.value = Some((v, v_end));
    let (params, err) = tokens::parameters(s, v_end);
    if let Some(err) = err {
        return Err(err);
    }
    out.params = params;
    Ok(out)
}

/// The name spans of the `100-continue` expectations in a message's Expect fields (not
/// folded ones, which are `obs-fold`'s), in order.
pub fn continue_names<'m>(m: &'m Message, input: &'m [u8]) -> impl Iterator<Item = Span> + 'm {
    single_line(m, KnownField::Expect).flat_map(move |f| {
        let v = f.value.slice(input);
        expectations(v)
            .filter_map(Result::ok)
            .filter(move |e| e.is_100_continue(v))
            .map(move |e| f.value.sub(e.name.0, e.name.1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let ok: &[(&str, bool)] = &[
            ("100-continue", true),
            ("100-Continue", true),
            ("foo=bar", false),
            ("foo=\"a b\"; x=1", false),
            ("100-continue=1", false),
        ];
        for &(input, is_100) in ok {
            let s = input.as_bytes();
            let e = expectations(s).next().unwrap().unwrap();
            assert_eq!(e.is_100_continue(s), is_100, "{input}");
        }
        let errors: &[(&str, usize)] = &[
            ("100-continue;x=1", 12),
            ("\"100-continue\"", 0),
            ("foo=", 4),
            ("foo = bar", 3),
            ("foo=bar x", 8),
        ];
        for &(input, start) in errors {
            let e = expectations(input.as_bytes())
                .find_map(Result::err)
                .unwrap();
            assert_eq!(e.start, start, "{input}: {e:?}");
        }
        let s = b"100-continue, foo";
        assert_eq!(expectations(s).count(), 2);
    }
}
