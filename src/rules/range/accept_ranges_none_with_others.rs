use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Accept-Ranges listing `none` together with a range unit (`Accept-Ranges: none,
    /// bytes`), on one field line or several. The span is `none`; a label marks the other
    /// unit.
    ///
    /// ## Why
    /// > A server that does not support any kind of range request for the target resource
    /// > MAY send Accept-Ranges: none to advise the client not to attempt a range request
    /// > on the same request path. The range unit "none" is reserved for this purpose.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Accept-Ranges: none, bytes
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// The value says both that no range request is supported and that byte ranges are;
    /// clients pick one reading or the other. Often two layers (an application and a
    /// server or proxy) each add their own Accept-Ranges.
    pub AcceptRangesNoneWithOthers {
        id: "accept-ranges-none-with-others",
        section: spec::RFC9110_14_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let mut none: Option<Span> = None;
    let mut other: Option<Span> = None;
    let fields = m.fields.iter().chain(&m.body.trailers);
    for field in fields.filter(|f| f.known == Some(KnownField::AcceptRanges)) {
        let value = cx.text(field.value);
        for e in list::elements(value).filter(|e| !e.is_empty()) {
            let span = field.value.sub(e.start, e.end);
            if e.text(value).eq_ignore_ascii_case(b"none") {
                none = none.or(Some(span));
            } else {
                other = other.or(Some(span));
            }
        }
        if none.is_some() && other.is_some() {
            break;
        }
    }
    let (Some(none), Some(other)) = (none, other) else { return };
    let unit = cx.quote(other);
    cx.report(
        AcceptRangesNoneWithOthers,
        none,
        format!("Accept-Ranges lists \"none\" together with {unit}"),
    )
    .label(other, "range unit")
    .help(format!("Send either Accept-Ranges: {unit} or Accept-Ranges: none, not both"));
}
