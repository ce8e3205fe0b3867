//! Typed parsers of field values, one module per field or shared grammar.
//!
//! Each parser takes the field value's bytes and returns offsets relative to the value,
//! so that a rule can point at the exact offending characters.

pub mod cache_control;
pub mod content_length;
pub mod date;
pub mod known;
pub mod list;
pub mod registry;
pub mod similar;
pub mod tokens;
pub mod transfer_encoding;

/// True when a comma-separated list value holds `token`, ignoring case (as for
/// connection options, RFC 9110 §7.6.1).
pub fn list_contains(value: &[u8], token: &[u8]) -> bool {
    list::elements(value).any(|e| e.text(value).eq_ignore_ascii_case(token))
}
