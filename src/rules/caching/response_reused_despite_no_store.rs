use crate::context::Context;
use crate::fields::cache_control::{self, Directive, AGE_TOLERANCE};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response with the `no-store` directive and an Age above a minute: a cache stored
    /// it and served it again. The span is the Age value; a label marks `no-store`.
    ///
    /// ## Why
    /// > The no-store response directive indicates that a cache MUST NOT store any part of
    /// > either the immediate request or the response and MUST NOT use the response to
    /// > satisfy any other request.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 3600
    /// Cache-Control: no-store
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Age is the time since the response was generated or validated at the origin
    /// (RFC 9111 §5.1); the minute of tolerance covers the transit time that a cache
    /// forwarding the response may count. `must-understand` lets a cache that understands
    /// the status code ignore `no-store` (RFC 9111 §5.2.2.3), so such responses are not
    /// reported.
    pub ResponseReusedDespiteNoStore {
        id: "response-reused-despite-no-store",
        section: spec::RFC9111_5_2_2_5,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    let Some((age_span, age)) = cache_control::age(cx.message, cx.input) else {
        return;
    };
    if age <= AGE_TOLERANCE {
        return;
    }
    let summary = cx.cache_summary();
    let Some(no_store) = summary.get(Directive::NoStore) else {
        return;
    };
    if summary.has(Directive::MustUnderstand) {
        return;
    }
    cx.report(
        ResponseReusedDespiteNoStore,
        age_span,
        format!("Age {age} shows a cache stored and reused a response marked no-store"),
    )
    .label(no_store.span, "forbids storing")
    .help("Caches must forward no-store responses without storing them; check the cache's configuration");
}
