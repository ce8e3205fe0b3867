use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::spec;
use std::cmp::Ordering;

crate::declare_rule! {
    /// ## What it checks
    /// A trailer field (after the last chunk of a chunked body) that no Trailer header
    /// field announces. The span is the trailer field's name; a label marks the Trailer
    /// value when there is one.
    ///
    /// ## Why
    /// > A sender that intends to generate one or more trailer fields in a message SHOULD
    /// > generate a Trailer header field in the header section of that message to
    /// > indicate which fields might be present in the trailers.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 5
    /// hello
    /// 0
    /// X-Checksum: 5d41402a
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    /// Trailer: X-Checksum
    ///
    /// 5
    /// hello
    /// 0
    /// X-Checksum: 5d41402a
    /// ```
    ///
    /// ## Notes
    /// Trailer lets a recipient prepare for the fields before the content starts, and
    /// tells an intermediary that drops the trailer section what it lost.
    pub TrailerUndeclared {
        id: "trailer-undeclared",
        section: spec::RFC9110_6_6_2,
        severity: Severity::Warning,
    }
}

fn cmp_ignore_case(a: &[u8], b: &[u8]) -> Ordering {
    a.iter()
        .map(u8::to_ascii_lowercase)
        .cmp(b.iter().map(u8::to_ascii_lowercase))
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if m.body.trailers.is_empty() {
        return;
    }
    // The announced names, sorted, so that each trailer is one binary search away.
    let mut declared: Vec<&[u8]> = Vec::new();
    for field in m.fields_named(KnownField::Trailer) {
        let value = cx.text(field.value);
        declared.extend(list::elements(value).map(|e| e.text(value)));
    }
    declared.sort_unstable_by(|a, b| cmp_ignore_case(a, b));
    let trailer = m.field(KnownField::Trailer);
    for field in &m.body.trailers {
        let name = cx.text(field.name);
        if declared
            .binary_search_by(|d| cmp_ignore_case(d, name))
            .is_ok()
        {
            continue;
        }
        let shown = cx.quote(field.name);
        let message = if trailer.is_some() {
            format!("Trailer field {shown} is not listed in the Trailer header field")
        } else {
            format!("Trailer field {shown} is sent without a Trailer header field announcing it")
        };
        let mut report = cx.report(TrailerUndeclared, field.name, message);
        if let Some(t) = trailer {
            report = report.label(t.value, "Trailer");
        }
        report.help(format!("Announce it in the header section: Trailer: {shown}"));
    }
}
