use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 201 (Created) response whose Location has a `#fragment`. The span is the
    /// fragment.
    ///
    /// ## Why
    /// > There are circumstances in which a fragment identifier in a Location value would
    /// > not be appropriate. For example, the Location header field in a 201 (Created)
    /// > response is supposed to provide a URI that is specific to the created resource.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 201 Created
    /// Location: /articles/42#comments
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 201 Created
    /// Location: /articles/42
    /// Content-Length: 0
    /// ```
    pub LocationFragmentInCreated {
        id: "location-fragment-in-created",
        section: spec::RFC9110_10_2_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.status_code != Some(201) {
        return;
    }
    for field in single_line(cx.message, KnownField::Location) {
        let Ok(u) = uri::parse(cx.text(field.value)) else { continue };
        let Some((a, b)) = u.fragment else { continue };
        let span = field.value.sub(a, b);
        let shown = cx.quote(span);
        cx.report(LocationFragmentInCreated, span, format!("201 Location has the fragment \"{shown}\""))
            .help("Point Location at the created resource itself, without a fragment");
    }
}
