use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An Accept media range with parameters after its weight, such as
    /// `text/plain;q=0.5;format=flowed`. The span is the parameters after `q`.
    ///
    /// ## Why
    /// > Senders using weights SHOULD send "q" last (after all media-range parameters).
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/plain;q=0.5;format=flowed, text/html
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: www.example.com
    /// Accept: text/plain;format=flowed;q=0.5, text/html
    /// ```
    ///
    /// ## Notes
    /// Earlier specifications read parameters after `q` as accept extensions, not media
    /// type parameters; recipients that still do see a different range.
    pub WeightNotLast {
        id: "weight-not-last",
        section: spec::RFC9110_12_5_1,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for (field, members) in cx.accept_fields(KnownField::Accept) {
        for m in members.iter().filter_map(|m| m.as_ref().ok()) {
            let Some((a, b)) = m.after_weight else { continue };
            let span = field.value.sub(a, b);
            let range = cx.quote(field.value.sub(m.item.0, m.item.1));
            cx.report(WeightNotLast, span, format!("Accept range {range} has parameters after its weight: \"{}\"", cx.quote(span)))
                .help("Move ;q=… after the media type's parameters");
        }
    }
}
