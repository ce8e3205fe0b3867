//! Typed parsers of field values, one module per field or shared grammar.
//!
//! Each parser takes the field value's bytes and returns offsets relative to the value,
//! so that a rule can point at the exact offending characters.

pub mod allow;
pub mod chunk_ext;
pub mod content_length;
pub mod content_range;
pub mod date;
pub mod etag;
pub mod if_range;
pub mod known;
pub mod list;
pub mod media_type;
pub mod multipart;
pub mod range;
pub mod request_target;
pub mod tokens;
pub mod transfer_encoding;
pub mod upgrade;
pub mod value;

/// True when a comma-separated list value holds `token`, ignoring case (as for
/// connection options, RFC 9110 §7.6.1).
pub fn list_contains(value: &[u8], token: &[u8]) -> bool {
    list::elements(value).any(|e| e.text(value).eq_ignore_ascii_case(token))
}

/// The first element of a comma-separated list value equal to `token`, ignoring case.
pub fn list_find(value: &[u8], token: &[u8]) -> Option<list::Element> {
    list::elements(value).find(|e| e.text(value).eq_ignore_ascii_case(token))
}
