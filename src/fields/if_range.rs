//! The If-Range field (RFC 9110 §13.1.5): an entity tag or a date.
//!
//! ```text
//! If-Range = entity-tag / HTTP-date
//! ```
//!
//! "A valid entity-tag can be distinguished from a valid HTTP-date by examining the first
//! three characters for a DQUOTE."

use super::date::{self, DateError, HttpDate};
use super::etag::{self, EntityTag, TagError};
use crate::parse::grammar::is_ows;

/// A parsed If-Range value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfRange {
    /// An entity tag.
    Tag(EntityTag),
    /// An HTTP-date.
    Date(HttpDate),
}

/// Why a value is not an If-Range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfRangeError {
    /// It has a DQUOTE in its first three characters, but is not an entity-tag.
    Tag(TagError),
    /// It looks like a date (it has a space), but is not an HTTP-date.
    Date(DateError),
    /// One word without quotes: neither an entity tag nor a date (often an unquoted tag).
    Neither,
}

/// Reads an If-Range value.
pub fn check(value: &[u8]) -> Result<IfRange, IfRangeError> {
    if value.iter().take(3).any(|&b| b == b'"') {
        return etag::check(value)
            .map(IfRange::Tag)
            .map_err(IfRangeError::Tag);
    }
    match date::parse(value) {
        Ok(d) => Ok(IfRange::Date(d)),
        Err(e) if value.iter().any(|&b| is_ows(b) || b == b',') => Err(IfRangeError::Date(e)),
        Err(_) => Err(IfRangeError::Neither),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let ok = |v: &str| check(v.as_bytes()).is_ok();
        assert!(ok("\"xyzzy\""));
        assert!(ok("W/\"xyzzy\""));
        assert!(ok("Sat, 29 Oct 1994 19:43:31 GMT"));
        assert!(matches!(check(b"xyzzy"), Err(IfRangeError::Neither)));
        assert!(matches!(check(b""), Err(IfRangeError::Neither)));
        assert!(matches!(check(b"w/\"x\""), Err(IfRangeError::Tag(_))));
        assert!(matches!(check(b"\"x"), Err(IfRangeError::Tag(_))));
        assert!(matches!(
            check(b"Sat, 29 Oct 1994 19:43:31 UTC"),
            Err(IfRangeError::Date(_))
        ));
        assert!(matches!(
            check(b"Sat, 29 Oct 1994 19:43:31 GMT, \"x\""),
            Err(IfRangeError::Date(_))
        ));
    }
}
