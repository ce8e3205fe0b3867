use crate::context::Context;
use crate::fields::known::KnownField;
use crate::fields::{single_line, uri};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Referer value with a `#fragment`. The span is the fragment, `#` included.
    ///
    /// ## Why
    /// > A user agent MUST NOT include the fragment and userinfo components of the URI
    /// > reference [URI], if any, when generating the Referer field value.
    ///
    /// ## Example
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: http://www.example.org/index.html#section-2
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /hypertext/Overview.html HTTP/1.1
    /// Host: www.example.org
    /// Referer: http://www.example.org/index.html
    /// ```
    ///
    /// ## Notes
    /// A fragment is private to the user agent: it is never sent in a request-target, and
    /// a Referer must not leak it.
    pub RefererFragment {
        id: "referer-fragment",
        section: spec::RFC9110_10_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line(cx.message, KnownField::Referer) {
        let Ok(u) = uri::parse(cx.text(field.value)) else { continue };
        let Some((a, b)) = u.fragment else { continue };
        let span = field.value.sub(a, b);
        let shown = cx.quote(span);
        cx.report(RefererFragment, span, format!("Referer includes the fragment \"{shown}\""))
            .help(format!("Send the Referer without \"{shown}\""));
    }
}
