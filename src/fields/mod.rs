//! Typed parsers of field values, one module per field or shared grammar.
//!
//! Each parser takes the field value's bytes and returns offsets relative to the value,
//! so that a rule can point at the exact offending characters.

pub mod accept;
pub mod auth;
pub mod coding;
pub mod content;
pub mod content_length;
pub mod date;
pub mod expect;
pub mod known;
pub mod language;
pub mod list;
pub mod mailbox;
pub mod max_forwards;
pub mod media_type;
pub mod product;
pub mod retry_after;
pub mod tokens;
pub mod transfer_encoding;
pub mod uri;
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

/// The header fields defined as an `HTTP-date` (RFC 9110 §5.6.7) whose syntax wirelint
/// checks: Date, Last-Modified, Expires, If-Modified-Since, If-Unmodified-Since, and
/// Retry-After when it holds a date (it starts with a letter) rather than delay-seconds.
/// If-Range, which holds a date or an entity tag, is left to the conditional rules.
pub fn date_fields<'a>(
    m: &'a Message,
    input: &'a [u8],
) -> impl Iterator<Item = &'a FieldLine> + 'a {
    m.fields.iter().filter(move |f| {
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
    })
}

/// The name of a field line as registered when known, else as sent (for messages).
pub fn display_name(field: &FieldLine, input: &[u8]) -> String {
    match field.known {
        Some(k) => k.name().to_string(),
        None => String::from_utf8_lossy(field.name.slice(input)).into_owned(),
    }
}

/// True when a comma-separated list value holds `token`, ignoring case (as for
/// connection options, RFC 9110 §7.6.1).
pub fn list_contains(value: &[u8], token: &[u8]) -> bool {
    list::elements(value).any(|e| e.text(value).eq_ignore_ascii_case(token))
}
