use crate::context::Context;
use crate::fields::cache_control::{Directive, Seen};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// Response directives that contradict each other, where one forbids what the other
    /// grants: `no-store` with `max-age`, `s-maxage` (both above 0) or `public`; an
    /// unqualified `no-cache` with `max-age` or `s-maxage` above 0; an unqualified
    /// `private` with `public` or `s-maxage`. The span is the directive that loses; a label
    /// marks the more restrictive one.
    ///
    /// ## Why
    /// > If directives conflict (e.g., both max-age and no-cache are present), the most
    /// > restrictive directive should be honored.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=3600, no-store
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-store
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// `no-store` forbids storing the response at all (RFC 9111 §5.2.2.5), so freshness
    /// and `public` mean nothing next to it; `no-cache` requires validation on every use
    /// (§5.2.2.4); `private` forbids shared caches to store the response (§5.2.2.7), which
    /// is all `s-maxage` is about. Combinations that only add restrictions, such as
    /// `no-cache, no-store` or `max-age=0, must-revalidate`, are not reported. Each
    /// contradicting pair is reported once.
    pub CacheDirectivesConflict {
        id: "cache-directives-conflict",
        section: spec::RFC9111_4_2_1,
        severity: Severity::Info,
    }
}

/// (restrictive, overridden, whether the overridden one only counts with a freshness
/// lifetime above zero).
const CONFLICTS: &[(Directive, Directive, bool)] = &[
    (Directive::NoStore, Directive::MaxAge, true),
    (Directive::NoStore, Directive::SMaxage, true),
    (Directive::NoStore, Directive::Public, false),
    (Directive::NoCache, Directive::MaxAge, true),
    (Directive::NoCache, Directive::SMaxage, true),
    (Directive::Private, Directive::Public, false),
    (Directive::Private, Directive::SMaxage, false),
];

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return;
    }
    let summary = cx.cache_summary();
    for &(strict, loose, needs_lifetime) in CONFLICTS {
        let (Some(s), Some(l)) = (summary.get(strict), summary.get(loose)) else {
            continue;
        };
        // The qualified forms of no-cache and private restrict only the listed fields.
        if s.has_argument && matches!(strict, Directive::NoCache | Directive::Private) {
            continue;
        }
        if needs_lifetime && !grants_lifetime(l) {
            continue;
        }
        let shown = cx.quote(l.span);
        let strict_shown = cx.quote(s.span);
        cx.report(
            CacheDirectivesConflict,
            l.span,
            format!("{shown} conflicts with {strict_shown}, which caches honor instead"),
        )
        .label(s.span, "more restrictive")
        .help(format!(
            "Remove {} and send only the directives you mean",
            loose.name()
        ));
    }
}

/// A freshness lifetime above zero (an invalid one is reported elsewhere).
fn grants_lifetime(seen: Seen) -> bool {
    seen.delta.is_some_and(|n| n > 0)
}
