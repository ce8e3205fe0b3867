//! The content negotiation fields of RFC 9110 §12.5, each a list of members with an
//! optional weight (§12.4.2):
//!
//! ```text
//! Accept          = #( media-range [ weight ] )
//! Accept-Charset  = #( ( token / "*" ) [ weight ] )
//! Accept-Encoding = #( codings [ weight ] )      ; codings = content-coding / "identity" / "*"
//! Accept-Language = #( language-range [ weight ] )
//! weight          = OWS ";" OWS "q=" qvalue
//! qvalue          = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
//! ```
//!
//! Accept's media ranges carry media type parameters, and the weight is the first
//! parameter named "q" (case-insensitive); anything after it is reported as such.

use super::known::KnownField;
use super::language;
use super::list;
use super::media_type::{self, MediaType};
use super::tokens::{self, Parameter, SyntaxError};
use crate::parse::message::Message;

/// Which field's grammar a member follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Accept: `media-range`.
    MediaRange,
    /// Accept-Charset: `token / "*"`.
    Charset,
    /// Accept-Encoding: `content-coding / "identity" / "*"`.
    Coding,
    /// Accept-Language: `language-range`.
    LanguageRange,
}

/// The negotiation fields with weights, and the grammar of their members.
pub const FIELDS: [(KnownField, Kind); 4] = [
    (KnownField::Accept, Kind::MediaRange),
    (KnownField::AcceptCharset, Kind::Charset),
    (KnownField::AcceptEncoding, Kind::Coding),
    (KnownField::AcceptLanguage, Kind::LanguageRange),
];

/// Why a `q` value is not a `qvalue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QvalueError {
    /// In range but with more than three digits after the decimal point (`0.3333`).
    TooPrecise,
    /// Not a number from 0 to 1 (`1.5`, `-1`, `high`, `"0.5"`).
    Invalid,
}

/// The weight of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weight {
    /// The `q=` parameter.
    pub param: Parameter,
    /// The weight in thousandths, or why it is not a qvalue.
    pub qvalue: Result<u16, QvalueError>,
}

/// One member of a negotiation field, as offsets into the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The whole list element.
    pub span: (usize, usize),
    /// The member without parameters: the media range's `type/subtype`, the charset,
    /// coding or language range.
    pub item: (usize, usize),
    /// Accept only: the media range with its parameters (the weight among them).
    pub media: Option<MediaType>,
    /// The weight, when a `q` parameter is present.
    pub weight: Option<Weight>,
    /// Accept only: the parameters after the weight, from the first one's name to the
    /// end of the last one.
    pub after_weight: Option<(usize, usize)>,
}

impl Member {
    /// The item's octets.
    pub fn item<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        s.get(self.item.0..self.item.1).unwrap_or_default()
    }

    /// The weight in thousandths: 1000 when absent, `None` when invalid.
    pub fn q(&self) -> Option<u16> {
        match self.weight {
            None => Some(1000),
            Some(w) => w.qvalue.ok(),
        }
    }
}

/// Classifies a `q` parameter's value.
pub fn classify_qvalue(raw: &[u8], quoted: bool) -> Result<u16, QvalueError> {
    if quoted {
        return Err(QvalueError::Invalid);
    }
    if let Some(q) = tokens::qvalue(raw) {
        return Ok(q);
    }
    let too_precise = match raw {
        [b'0', b'.', frac @ ..] => frac.len() > 3 && frac.iter().all(u8::is_ascii_digit),
        [b'1', b'.', frac @ ..] => frac.len() > 3 && frac.iter().all(|&b| b == b'0'),
        _ => false,
    };
    Err(if too_precise {
        QvalueError::TooPrecise
    } else {
        QvalueError::Invalid
    })
}

fn weight_of(value: &[u8], p: Parameter) -> Weight {
    Weight {
        param: p,
        qvalue: classify_qvalue(p.raw_value(value), p.quoted),
    }
}

fn is_q(value: &[u8], p: &Parameter) -> bool {
    p.name(value).eq_ignore_ascii_case(b"q")
}

/// The grammar of a negotiation field's members, for the fields of [`FIELDS`].
pub fn kind_of(name: KnownField) -> Option<Kind> {
    FIELDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, kind)| kind)
}

/// The members of one field line, with the index of that line in `message.fields`.
pub type IndexedMembers = (usize, Vec<Result<Member, SyntaxError>>);

/// The members of every negotiation field of a message ([`FIELDS`]; not folded ones,
/// which are `obs-fold`'s), field line by field line in message order: what
/// [`crate::context::Context::accept_fields`] keeps.
pub fn indexed(m: &Message, input: &[u8]) -> Vec<IndexedMembers> {
    if !FIELDS.iter().any(|&(name, _)| m.has(name)) {
        return Vec::new();
    }
    let fields = m.fields.iter().enumerate().filter(|(_, f)| !f.folded);
    fields
        .filter_map(|(i, f)| {
            let kind = kind_of(f.known?)?;
            Some((i, members(f.value.slice(input), kind).collect()))
        })
        .collect()
}

/// The members of a negotiation field value, in order; empty list elements are skipped
/// (another rule reports them).
pub fn members(value: &[u8], kind: Kind) -> impl Iterator<Item = Result<Member, SyntaxError>> + '_ {
    list::elements(value)
        .filter(|e| !e.is_empty())
        .map(move |e| member(value, e.start, e.end, kind))
}

fn member(value: &[u8], start: usize, end: usize, kind: Kind) -> Result<Member, SyntaxError> {
    if kind == Kind::MediaRange {
        let m = media_type::parse_in(value, start, end, true)?;
        let q_index = m.params.iter().position(|p| is_q(value, p));
        let weight = q_index
            .and_then(|i| m.params.get(i))
            .map(|&p| weight_of(value, p));
        let after_weight = q_index.and_then(|i| {
            let first = m.params.get(i + 1)?;
            let last = m.params.last()?;
            Some((first.name.0, last.value.1))
        });
        return Ok(Member {
            span: (start, end),
            item: (m.type_.0, m.subtype.1),
            media: Some(m),
            weight,
            after_weight,
        });
    }
    let part = value.get(..end).unwrap_or(value);
    let item_end = tokens::token_end(part, start);
    let expected = match kind {
        Kind::Charset => "a charset (token) or \"*\"",
        Kind::Coding => "a content coding (token), \"identity\" or \"*\"",
        _ => "a language range such as \"en-GB\" or \"*\"",
    };
    if item_end == start {
        return Err(SyntaxError::at(part, start, expected));
    }
    if kind == Kind::LanguageRange {
        let text = part.get(start..item_end).unwrap_or_default();
        language::language_range(text).map_err(|e| e.shift(start))?;
    }
    let (params, err) = tokens::parameters(part, item_end);
    if let Some(err) = err {
        return Err(err);
    }
    let mut weight = None;
    for p in params {
        if weight.is_some() || !is_q(value, &p) {
            return Err(SyntaxError::span(
                p.name.0,
                p.value.1,
                "only a weight (\";q=\" qvalue) after the member",
            ));
        }
        weight = Some(weight_of(value, p));
    }
    Ok(Member {
        span: (start, end),
        item: (start, item_end),
        media: None,
        weight,
        after_weight: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Got = Vec<Result<(String, Option<u16>), (usize, usize)>>;

    fn items(value: &str, kind: Kind) -> Got {
        let v = value.as_bytes();
        members(v, kind)
            .map(|r| {
                r.map(|m| (String::from_utf8_lossy(m.item(v)).into_owned(), m.q()))
                    .map_err(|e| (e.start, e.end))
            })
            .collect()
    }

    fn ok(list: &[(&str, u16)]) -> Got {
        list.iter()
            .map(|&(s, q)| Ok((s.to_string(), Some(q))))
            .collect()
    }

    #[test]
    fn rfc_examples() {
        assert_eq!(
            items("audio/*; q=0.2, audio/basic", Kind::MediaRange),
            ok(&[("audio/*", 200), ("audio/basic", 1000)])
        );
        assert_eq!(
            items(
                "text/plain; q=0.5, text/html, text/x-dvi; q=0.8, text/x-c",
                Kind::MediaRange
            ),
            ok(&[
                ("text/plain", 500),
                ("text/html", 1000),
                ("text/x-dvi", 800),
                ("text/x-c", 1000)
            ])
        );
        assert_eq!(
            items(
                "text/*, text/plain, text/plain;format=flowed, */*",
                Kind::MediaRange
            )
            .len(),
            4
        );
        assert_eq!(
            items("iso-8859-5, unicode-1-1;q=0.8", Kind::Charset),
            ok(&[("iso-8859-5", 1000), ("unicode-1-1", 800)])
        );
        assert_eq!(
            items("compress, gzip", Kind::Coding),
            ok(&[("compress", 1000), ("gzip", 1000)])
        );
        assert_eq!(items("", Kind::Coding), ok(&[]));
        assert_eq!(items("*", Kind::Coding), ok(&[("*", 1000)]));
        assert_eq!(
            items("gzip;q=1.0, identity; q=0.5, *;q=0", Kind::Coding),
            ok(&[("gzip", 1000), ("identity", 500), ("*", 0)])
        );
        assert_eq!(
            items("da, en-gb;q=0.8, en;q=0.7", Kind::LanguageRange),
            ok(&[("da", 1000), ("en-gb", 800), ("en", 700)])
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            items("text/html;q=0.5;level=1", Kind::MediaRange)[0]
                .as_ref()
                .unwrap()
                .1,
            Some(500)
        );
        let v = b"text/html;q=0.5;level=1";
        let m = members(v, Kind::MediaRange).next().unwrap().unwrap();
        assert_eq!(m.after_weight, Some((16, 23)));
        assert_eq!(items("*/html", Kind::MediaRange), vec![Err((2, 6))]);
        assert_eq!(items("gzip;level=9", Kind::Coding), vec![Err((5, 12))]);
        assert_eq!(items("gzip;q=0.5;q=1", Kind::Coding), vec![Err((11, 14))]);
        assert_eq!(items("en_GB", Kind::LanguageRange), vec![Err((2, 3))]);
        assert_eq!(items("utf-8 q=1", Kind::Charset), vec![Err((6, 7))]);
        assert_eq!(items("\"utf-8\"", Kind::Charset), vec![Err((0, 1))]);
    }

    #[test]
    fn qvalues() {
        let table: &[(&str, bool, Result<u16, QvalueError>)] = &[
            ("0.5", false, Ok(500)),
            ("1", false, Ok(1000)),
            ("0.3333", false, Err(QvalueError::TooPrecise)),
            ("1.0000", false, Err(QvalueError::TooPrecise)),
            ("1.5", false, Err(QvalueError::Invalid)),
            ("1.0001", false, Err(QvalueError::Invalid)),
            ("-1", false, Err(QvalueError::Invalid)),
            ("0.5", true, Err(QvalueError::Invalid)),
        ];
        for &(raw, quoted, want) in table {
            assert_eq!(classify_qvalue(raw.as_bytes(), quoted), want, "{raw}");
        }
    }
}
