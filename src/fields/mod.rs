//! Typed parsers of field values, one module per field or shared grammar.
//!
//! Each parser takes the field value's bytes and returns offsets relative to the value,
//! so that a rule can point at the exact offending characters.

pub mod accept;
pub mod allow;
pub mod auth;
pub mod cache_control;
pub mod chunk_ext;
pub mod coding;
pub mod content;
pub mod content_length;
pub mod content_range;
pub mod date;
pub mod etag;
pub mod expect;
pub mod if_range;
pub mod known;
pub mod language;
pub mod list;
pub mod mailbox;
pub mod max_forwards;
pub mod media_type;
pub mod multipart;
pub mod product;
pub mod range;
pub mod registry;
pub mod request_target;
pub mod retry_after;
pub mod similar;
pub mod tokens;
pub mod transfer_encoding;
pub mod upgrade;
pub mod uri;
pub mod value;
pub mod vary;
pub mod via;

use crate::parse::message::{FieldLine, Message};
use known::KnownField;

/// The header field lines named `name` whose value is on one line. A value continued with
/// obs-fold (RFC 9112 §5.2) has its own rule, and its line breaks would make every value
/// parser fail at the fold rather than at a real problem.
pub fn single_line(m: &Message, name: KnownField) -> impl Iterator<Item = &FieldLine> + '_ {
    m.fields_named(name).filter(|f| !f.folded)
}

/// Like [`single_line`], over the header section and then the trailer section, for the
/// fields that may also be sent as trailers (ETag, Accept-Ranges).
pub fn single_line_with_trailers(
    m: &Message,
    name: KnownField,
) -> impl Iterator<Item = &FieldLine> + '_ {
    let trailers = m
        .body
        .trailers
        .iter()
        .filter(move |f| f.known == Some(name));
    single_line(m, name).chain(trailers.filter(|f| !f.folded))
}

/// The header fields defined as an `HTTP-date` (RFC 9110 §5.6.7) whose syntax wirelint
/// checks: Date, Last-Modified, Expires, If-Modified-Since, If-Unmodified-Since, and
/// Retry-After when it holds a date (it starts with a letter) rather than delay-seconds.
/// If-Range, which holds a date or an entity tag, is left to the conditional rules.
pub fn date_fields<'a>(
    m: &'a Message,
    input: &'a [u8],
) -> impl Iterator<Item = &'a FieldLine> + 'a {
    m.fields.iter().filter(move |f| is_date_field(f, input))
}

/// True for a field line of [`date_fields`].
fn is_date_field(f: &FieldLine, input: &[u8]) -> bool {
    let dated = matches!(
        f.known,
        Some(
            KnownField::Date
                | KnownField::LastModified
                | KnownField::Expires
                | KnownField::IfModifiedSince
                | KnownField::IfUnmodifiedSince
        )
    );
    let retry_date = f.known == Some(KnownField::RetryAfter)
        && f.value
            .slice(input)
            .first()
            .is_some_and(u8::is_ascii_alphabetic);
    (dated || retry_date) && !f.folded
}

/// The index of a field line in `message.fields`, with its value read as an HTTP-date.
pub type IndexedDate = (usize, Result<date::HttpDate, date::DateError>);

/// Every field line of [`date_fields`], parsed, with its index: what
/// [`crate::context::Context::http_dates`] keeps.
pub fn parsed_dates(m: &Message, input: &[u8]) -> Vec<IndexedDate> {
    let fields = m.fields.iter().enumerate();
    fields
        .filter(|(_, f)| is_date_field(f, input))
        .map(|(i, f)| (i, date::parse(f.value.slice(input))))
        .collect()
}

/// The name of a field line as registered when known, else as sent (for messages).
pub fn display_name(field: &FieldLine, input: &[u8]) -> String {
    match field.known {
        Some(k) => k.name().to_string(),
        None => String::from_utf8_lossy(field.name.slice(input)).into_owned(),
    }
}

/// Pairs `(first, repeat)` of indexes into `items` whose keys are equal ignoring ASCII
/// case, each repeat paired with the first item of its key; in `O(n log n)`, so that a
/// value with thousands of members stays cheap.
pub fn duplicates<'a, T>(items: &[T], key: impl Fn(&T) -> &'a [u8]) -> Vec<(usize, usize)> {
    if items.len() < 2 {
        return Vec::new();
    }
    let lower = |i: usize| -> Vec<u8> {
        items
            .get(i)
            .map(|t| key(t).to_ascii_lowercase())
            .unwrap_or_default()
    };
    let mut order: Vec<(Vec<u8>, usize)> = (0..items.len()).map(|i| (lower(i), i)).collect();
    order.sort();
    let mut out = Vec::new();
    let mut first: Option<&(Vec<u8>, usize)> = None;
    for entry in &order {
        match first {
            Some(f) if f.0 == entry.0 => out.push((f.1, entry.1)),
            _ => first = Some(entry),
        }
    }
    out.sort_by_key(|&(_, repeat)| repeat);
    out
}

/// True when a comma-separated list value holds `token`, ignoring case (as for
/// connection options, RFC 9110 §7.6.1).
pub fn list_contains(value: &[u8], token: &[u8]) -> bool {
    list::elements(value).any(|e| e.text(value).eq_ignore_ascii_case(token))
}

/// The first element of a comma-separated list value equal to `token`, ignoring case.
pub fn list_find(value: &[u8], token: &[u8]) -> Option<list::Element> {
    list::elements(value).find(|e| e.text(value).eq_ignore_ascii_case(token))
}

#[cfg(test)]
mod tests {
    use super::duplicates;

    #[test]
    fn finds_repeats_ignoring_case() {
        let items = ["a", "B", "A", "c", "b", "a"];
        assert_eq!(
            duplicates(&items, |s| s.as_bytes()),
            [(0, 2), (1, 4), (0, 5)]
        );
        assert!(duplicates(&["x"], |s: &&str| s.as_bytes()).is_empty());
    }
}
