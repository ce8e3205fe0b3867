use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, vary};
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose Vary holds `*` together with field names, on one field line or
    /// across several. The span is the `*`; a label marks a field name.
    ///
    /// ## Why
    /// > A Vary field value is either the wildcard member "*" or a list of request field
    /// > names, known as the selecting header fields, that might have had a role in
    /// > selecting the representation for this response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding, *
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: *
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `*` already says that anything about the request may matter; listing names beside
    /// it adds nothing, and suggests the sender meant a narrower list.
    pub VaryWildcardWithOthers {
        id: "vary-wildcard-with-others",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let (m, input) = (cx.message, cx.input);
    let members = || {
        single_line(m, KnownField::Vary).flat_map(move |f| {
            let v = f.value.slice(input);
            vary::members(v)
                .filter_map(Result::ok)
                .map(move |mem| (mem.wildcard, f.value.sub(mem.start, mem.end)))
        })
    };
    let Some(star) = members().find_map(|(w, s)| w.then_some(s)) else { return };
    let Some(name): Option<Span> = members().find_map(|(w, s)| (!w).then_some(s)) else { return };
    let shown = cx.quote(name);
    cx.report(VaryWildcardWithOthers, star, format!("Vary has \"*\" and also the field name {shown}"))
        .label(name, "field name")
        .help("Send either Vary: * or the list of field names, not both");
}
