use crate::context::Context;
use crate::fields::accept::Member;
use crate::fields::known::KnownField;
use crate::fields::duplicates;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// The same media range (with the same parameters) listed twice in one Accept field
    /// line, usually with different weights: `text/html, text/html;q=0.5`. Ranges compare
    /// case-insensitively, weights aside. The span is the second range; a label marks the
    /// first.
    ///
    /// ## Why
    /// > The media type quality factor associated with a given type is determined by
    /// > finding the media range with the highest precedence that matches the type.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html, application/json, text/html;q=0.5
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/html, application/json
    /// ```
    ///
    /// ## Notes
    /// Two ranges of equal precedence leave the weight undefined: recipients pick the
    /// first, the last, or the highest.
    pub AcceptMemberDuplicated {
        id: "accept-member-duplicated",
        section: spec::RFC9110_12_5_1,
        severity: Severity::Info,
    }
}

/// The range and its parameters, without the weight and what follows it.
fn key<'v>(v: &'v [u8], m: &Member) -> &'v [u8] {
    let end = m.weight.map_or(m.span.1, |w| w.param.name.0);
    let text = v.get(m.span.0..end).unwrap_or_default();
    let trimmed = text
        .iter()
        .rposition(|&b| !(b == b';' || b == b' ' || b == b'\t'))
        .map_or(0, |i| i + 1);
    text.get(..trimmed).unwrap_or_default()
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, members) in cx.accept_fields(KnownField::Accept) {
        let v = cx.text(field.value);
        let members: Vec<&Member> = members.iter().filter_map(|m| m.as_ref().ok()).collect();
        for (first, repeat) in duplicates(&members, |m| key(v, m)) {
            let (Some(a), Some(b)) = (members.get(first), members.get(repeat)) else { continue };
            let span = field.value.sub(b.span.0, b.span.1);
            let range = cx.quote(field.value.sub(a.item.0, a.item.1));
            cx.report(AcceptMemberDuplicated, span, format!("Accept lists {range} twice"))
                .label(field.value.sub(a.span.0, a.span.1), "first listed here")
                .help("List each media range once, with one weight");
        }
    }
}
