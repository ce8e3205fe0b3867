use crate::context::Context;
use crate::fields::cache_control::Applies;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request directive of RFC 9111 in a response's Cache-Control: `max-stale`,
    /// `min-fresh` or `only-if-cached`. No response directive has that name, so caches
    /// ignore it. The span is the directive.
    ///
    /// ## Why
    /// > This section defines cache request directives. They are advisory; caches MAY
    /// > implement them, but are not required to.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-stale=60
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=60
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Cache directives are unidirectional (RFC 9111 §5.2). To let caches serve a stale
    /// response on errors or while revalidating, use the extension directives
    /// `stale-if-error` and `stale-while-revalidate` (RFC 5861).
    pub RequestDirectiveInResponse {
        id: "request-directive-in-response",
        section: spec::RFC9111_5_2_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let Some(known) = d.directive else { continue };
        if known.applies() != Applies::Request {
            continue;
        }
        let span = located.span(d.whole());
        cx.report(
            RequestDirectiveInResponse,
            span,
            format!("{} is a request directive; in a response it has no meaning", known.name()),
        )
        .help("Remove it; a response states its freshness with max-age or s-maxage");
    }
}
