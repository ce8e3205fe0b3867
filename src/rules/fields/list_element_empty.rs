use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An empty element in the value of a list-based field (one defined with the `#rule`
    /// list syntax, such as Cache-Control, Connection, Accept or Vary): a leading,
    /// trailing or doubled comma. The span is the comma next to the first empty element.
    ///
    /// ## Why
    /// > In any production that uses the list construct, a sender MUST NOT generate empty
    /// > list elements.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache,, private
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache, private
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Recipients must ignore a reasonable number of empty elements (RFC 9110 §5.6.1.2),
    /// but they are a sign of values merged carelessly. Only fields wirelint knows to be
    /// lists are checked; commas inside quoted strings and comments do not count.
    pub ListElementEmpty {
        id: "list-element-empty",
        section: spec::RFC9110_5_6_1_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    for field in m.fields.iter().chain(&m.body.trailers) {
        if !field.known.is_some_and(KnownField::is_list) {
            continue;
        }
        let value = cx.text(field.value);
        let mut empty = list::elements(value).filter(list::Element::is_empty);
        let Some(first) = empty.next() else { continue };
        let more = empty.count();
        // The comma after the empty element, or before it when it ends the list.
        let comma = if value.get(first.start) == Some(&b',') {
            Some(first.start)
        } else {
            value
                .get(..first.start)
                .and_then(|v| v.iter().rposition(|&b| b == b','))
        };
        let span = comma.map_or(field.value.sub(first.start, first.start), |c| {
            field.value.sub(c, c + 1)
        });
        let name = cx.quote(field.name);
        let shown = cx.quote(field.value);
        let count = if more == 0 {
            "an empty element".to_string()
        } else {
            format!("{} empty elements", more + 1)
        };
        cx.report(
            ListElementEmpty,
            span,
            format!("The {name} list \"{shown}\" has {count}"),
        )
        .help("Remove the extra commas: separate list elements with a single \", \"");
    }
}
