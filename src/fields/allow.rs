//! The Allow field (RFC 9110 §10.2.1): `Allow = #method`.

use super::list;
use crate::parse::grammar::is_token;

/// The methods an Allow value lists, as offsets into the value (empty and non-token
/// elements left out).
pub fn methods(value: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    list::elements(value)
        .filter(move |e| is_token(e.text(value)))
        .map(|e| (e.start, e.end))
}

/// Where an Allow value lists `method`, compared case-sensitively as method names are
/// (RFC 9110 §9.1).
pub fn find(value: &[u8], method: &[u8]) -> Option<(usize, usize)> {
    methods(value).find(|&(a, b)| value.get(a..b) == Some(method))
}

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let table: &[(&str, &str, Option<(usize, usize)>)] = &[
            ("GET, HEAD, PUT", "PUT", Some((11, 14))),
            ("GET, HEAD, PUT", "POST", None),
            ("get", "GET", None),
            ("", "GET", None),
            ("GET,,POST", "POST", Some((5, 9))),
            ("G ET, GET", "GET", Some((6, 9))),
        ];
        for &(value, method, want) in table {
            assert_eq!(find(value.as_bytes(), method.as_bytes()), want, "{value:?}");
        }
        assert_eq!(methods(b"GET, HEAD").count(), 2);
    }
}
