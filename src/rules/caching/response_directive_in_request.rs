use crate::context::Context;
use crate::fields::cache_control::Applies;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response directive of RFC 9111 in a request's Cache-Control: `public`, `private`,
    /// `s-maxage`, `must-revalidate`, `proxy-revalidate` or `must-understand`. No request
    /// directive has that name, so caches ignore it. The span is the directive.
    ///
    /// ## Why
    /// > This section defines cache response directives.
    ///
    /// ## Example
    /// ```http
    /// GET /news HTTP/1.1
    /// Host: example.com
    /// Cache-Control: must-revalidate
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /news HTTP/1.1
    /// Host: example.com
    /// Cache-Control: no-cache
    /// ```
    ///
    /// ## Notes
    /// Cache directives are unidirectional (RFC 9111 §5.2): a directive in a request says
    /// nothing about the response. The request directives are `max-age`, `max-stale`,
    /// `min-fresh`, `no-cache`, `no-store`, `no-transform` and `only-if-cached`
    /// (§5.2.1).
    pub ResponseDirectiveInRequest {
        id: "response-directive-in-request",
        section: spec::RFC9111_5_2_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_request() {
        return;
    }
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let Some(known) = d.directive else { continue };
        if known.applies() != Applies::Response || !known.in_rfc9111() {
            continue;
        }
        let span = located.span(d.whole());
        cx.report(
            ResponseDirectiveInRequest,
            span,
            format!("{} is a response directive; in a request it has no meaning", known.name()),
        )
        .help("Remove it; to ask for a validated response, send Cache-Control: no-cache");
    }
}
