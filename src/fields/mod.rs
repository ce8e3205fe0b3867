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

/// True when a comma-separated list value holds `token`, ignoring case (as for
/// connection options, RFC 9110 §7.6.1).
pub fn list_contains(value: &[u8], token: &[u8]) -> bool {
    list::elements(value).any(|e| e.text(value).eq_ignore_ascii_case(token))
}
