use crate::context::Context;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Optional whitespace around a field value, in the header or trailer section, other
    /// than the single space after the colon: a tab or several spaces before the value,
    /// or any whitespace after it. The span covers that whitespace.
    ///
    /// ## Why
    /// > For protocol elements where optional whitespace is preferred to improve
    /// > readability, a sender SHOULD generate the optional whitespace as a single SP;
    /// > otherwise, a sender SHOULD NOT generate optional whitespace except as needed to
    /// > overwrite invalid or unwanted protocol elements during in-place message
    /// > filtering.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Accept:   text/html
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Accept: text/html
    /// ```
    ///
    /// ## Notes
    /// RFC 9112 §5.1 prefers "a single SP preceding the field line value"; no space at
    /// all is not reported. Whitespace is not part of the field value, but recipients
    /// that forget to trim it compare values wrongly. Folded values are `obs-fold`'s.
    pub FieldLineWhitespace {
        id: "field-line-whitespace",
        section: spec::RFC9110_5_6_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        let after_name = Span::new(field.name.end as usize, field.line.end as usize);
        let Some(colon) = cx.text(after_name).iter().position(|&b| b == b':') else {
            continue;
        };
        let lead = Span::new(after_name.start as usize + colon + 1, field.value.start as usize);
        if !field.folded && !lead.is_empty() && cx.text(lead) != b" " {
            let name = cx.quote(field.name);
            let ws = cx.quote(lead);
            let (what, help) = if field.value.is_empty() {
                (
                    format!("Whitespace \"{ws}\" after {name}: with an empty value"),
                    format!("Write {name}: with at most one space after the colon"),
                )
            } else {
                (
                    format!("Whitespace \"{ws}\" before the value of {name}, instead of a single space"),
                    format!("Write {name}: followed by one space and the value"),
                )
            };
            cx.report(FieldLineWhitespace, lead, what).help(help);
        }
        let trail = Span::new(field.value.end as usize, field.line.end as usize);
        if !field.value.is_empty() && !trail.is_empty() {
            let name = cx.quote(field.name);
            let ws = cx.quote(trail);
            cx.report(
                FieldLineWhitespace,
                trail,
                format!("Whitespace \"{ws}\" after the value of \"{name}\""),
            )
            .help("End the field line right after the value");
        }
    }
}
