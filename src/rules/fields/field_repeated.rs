use crate::context::Context;
use crate::fields::content_length::{self, ContentLength};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::parse::message::FieldLine;
use crate::spec;
use std::collections::HashMap;

crate::declare_rule! {
    /// ## What it checks
    /// A field that is not list-based (Content-Type, Authorization, Location, ETag…) sent
    /// on more than one field line in a message, headers and trailers together. The span
    /// is the name of each repetition; a label marks the first occurrence.
    ///
    /// ## Why
    /// > This means that, aside from the well-known exception noted below, a sender MUST
    /// > NOT generate multiple field lines with the same name in a message (whether in the
    /// > headers or trailers) or append a field line when a field line of the same name
    /// > already exists in the message, unless that field's definition allows multiple
    /// > field line values to be recombined as a comma-separated list
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/html
    /// Content-Type: application/json
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Recipients that combine the lines get a value the field's grammar does not allow
    /// (`text/html, application/json`); others keep the first or the last, so two
    /// recipients can act on different values.
    ///
    /// Only fields wirelint knows are checked. Set-Cookie, the well-known exception, may
    /// be repeated. Repeated Host is `host-repeated`'s, and Content-Length lines with
    /// different numbers are `content-length-conflict`'s; Content-Length repeated with
    /// the same number is reported here.
    pub FieldRepeated {
        id: "field-repeated",
        section: spec::RFC9110_5_3,
        severity: Severity::Error,
    }
}

/// The Content-Length number of a field line, when it has one.
fn content_length(cx: &Context<'_>, field: &FieldLine) -> Option<u64> {
    match content_length::parse(cx.text(field.value)) {
        ContentLength::Valid(n) | ContentLength::RepeatedList(n) => Some(n),
        ContentLength::Invalid(_) => None,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let mut first: HashMap<KnownField, &FieldLine> = HashMap::new();
    for field in m.fields.iter().chain(&m.body.trailers) {
        let Some(known) = field.known else { continue };
        // Lists may be split over lines; Set-Cookie is the exception RFC 9110 §5.3
        // names; Host has its own rule.
        if known.is_list() || matches!(known, KnownField::SetCookie | KnownField::Host) {
            continue;
        }
        let Some(&earlier) = first.get(&known) else {
            first.insert(known, field);
            continue;
        };
        if known == KnownField::ContentLength {
            let (a, b) = (content_length(cx, earlier), content_length(cx, field));
            // Different numbers are content-length-conflict's.
            if matches!((a, b), (Some(a), Some(b)) if a != b) {
                continue;
            }
        }
        let name = cx.quote(field.name);
        let canonical = known.name();
        cx.report(
            FieldRepeated,
            field.name,
            format!("{name} appears more than once, but {canonical} is not a list-based field"),
        )
        .label(earlier.name, format!("first {canonical}"))
        .help(format!("Send {canonical} once, with a single value"));
    }
}
