use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{list, range};
use crate::finding::Severity;
use crate::parse::grammar::is_token;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A range unit other than `bytes` in Range, Content-Range or Accept-Ranges (where
    /// `none` is also registered). `none` in Range or Content-Range is reported too: it is
    /// reserved for `Accept-Ranges: none`. The span is the unit. Only values that are
    /// otherwise valid are read.
    ///
    /// ## Why
    /// > All range unit names are case-insensitive and ought to be registered within the
    /// > "HTTP Range Unit Registry", as defined in Section 16.5.1.
    ///
    /// ## Example
    /// ```http
    /// GET /book HTTP/1.1
    /// Host: example.com
    /// Range: pages=1-4
    ///
    /// ```
    ///
    /// ## Notes
    /// The registry holds `bytes` and `none`. "An origin server MUST ignore a Range header
    /// field that contains a range unit it does not understand" (RFC 9110 §14.2), and a
    /// recipient of a 206 in a unit it does not understand "MUST NOT attempt to recombine
    /// it with a stored representation" (§14.4). A private unit works only between
    /// parties that agreed on it.
    pub RangeUnitUnknown {
        id: "range-unit-unknown",
        section: spec::RFC9110_14_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let mut units: Vec<(KnownField, Span)> = Vec::new();
    for field in m.fields.iter().filter(|f| !f.folded) {
        let value = cx.text(field.value);
        match field.known {
            Some(KnownField::Range) => {
                if let Ok(r) = range::check(value) {
                    units.push((KnownField::Range, field.value.sub(r.unit.0, r.unit.1)));
                }
            }
            Some(KnownField::ContentRange) => {
                // The unit is the token before the SP, whatever follows (RFC 9110 §14.6
                // shows an `exampleunit` range that is not made of digits).
                let sp = value.iter().position(|&b| b == b' ').unwrap_or(value.len());
                if value.get(..sp).is_some_and(is_token) && sp < value.len() {
                    units.push((KnownField::ContentRange, field.value.sub(0, sp)));
                }
            }
            Some(KnownField::AcceptRanges) => units.extend(
                list::elements(value)
                    .filter(|e| is_token(e.text(value)))
                    .map(|e| (KnownField::AcceptRanges, field.value.sub(e.start, e.end))),
            ),
            _ => {}
        }
    }
    for (name, span) in units {
        let unit = cx.text(span);
        // `none` is registered, but only means something in Accept-Ranges.
        let none = unit.eq_ignore_ascii_case(b"none");
        if range::unit_registered(unit) && (!none || name == KnownField::AcceptRanges) {
            continue;
        }
        let shown = cx.quote(span);
        let field_name = name.name();
        let (message, help) = if none {
            (
                format!("{field_name} uses the unit \"none\", which is reserved for Accept-Ranges: none"),
                "Use the bytes unit".to_string(),
            )
        } else {
            (
                format!("{field_name} uses the unregistered range unit \"{shown}\""),
                "Use bytes, the one registered range unit, unless both parties agreed on this one".to_string(),
            )
        };
        cx.report(RangeUnitUnknown, span, message).help(help);
    }
}
