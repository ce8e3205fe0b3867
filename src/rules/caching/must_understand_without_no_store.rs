use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response with the `must-understand` directive but without `no-store`. The span is
    /// `must-understand`.
    ///
    /// ## Why
    /// > A response that contains the must-understand directive SHOULD also contain the
    /// > no-store directive.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: must-understand, max-age=600
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: must-understand, no-store, max-age=600
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A cache that implements `must-understand` ignores `no-store` when it understands
    /// the status code's caching requirements (RFC 9111 §5.2.2.3); `no-store` is the
    /// fallback that keeps every other cache from storing the response.
    pub MustUnderstandWithoutNoStore {
        id: "must-understand-without-no-store",
        section: spec::RFC9111_5_2_2_3,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return; // response-directive-in-request
    }
    let summary = cx.cache_summary();
    let Some(seen) = summary.get(Directive::MustUnderstand) else {
        return;
    };
    if summary.has(Directive::NoStore) {
        return;
    }
    cx.report(
        MustUnderstandWithoutNoStore,
        seen.span,
        "must-understand is sent without no-store",
    )
    .help("Add no-store, so that caches that do not implement must-understand do not store the response");
}
