use crate::context::Context;
use crate::fields::cache_control::{self, Directive};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response served stale from a cache although a directive forbids it: its Age
    /// exceeds its freshness lifetime (`s-maxage`, else `max-age`, else Expires minus
    /// Date) by more than a minute, and it carries `must-revalidate`, `proxy-revalidate`,
    /// `s-maxage` or an unqualified `no-cache` (for which the lifetime is zero). The span
    /// is the Age value; labels mark the lifetime and the directive.
    ///
    /// ## Why
    /// > A cache MUST NOT generate a stale response if it is prohibited by an explicit
    /// > in-protocol directive (e.g., by a no-cache response directive, a must-revalidate
    /// > response directive, or an applicable s-maxage or proxy-revalidate response
    /// > directive; see Section 5.2.2).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 7200
    /// Cache-Control: max-age=3600, must-revalidate
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Age counts from the response's generation or its last successful validation
    /// (RFC 9111 §5.1), so a cache that revalidates sends a small Age. The minute of
    /// tolerance covers transit delays that a cache adds to Age right after validating.
    /// A message with Age on the wire comes from a shared cache, so `s-maxage` is the
    /// lifetime when present.
    pub StaleResponseServed {
        id: "stale-response-served",
        section: spec::RFC9111_4_2_4,
        severity: Severity::Error,
    }
}

/// The directives that forbid serving the response stale, most specific first.
const PROHIBITING: [Directive; 4] = [
    Directive::MustRevalidate,
    Directive::ProxyRevalidate,
    Directive::SMaxage,
    Directive::NoCache,
];

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    // An invalid Age is age-invalid's.
    let Some((age_span, age)) = cache_control::age(cx.message, cx.input) else {
        return;
    };
    let summary = cx.cache_summary();
    let prohibiting = PROHIBITING.into_iter().find_map(|d| {
        let seen = summary.get(d)?;
        // The qualified no-cache only restricts the listed fields.
        (d != Directive::NoCache || !seen.has_argument).then_some((d, seen))
    });
    let Some((directive, directive_seen)) = prohibiting else {
        return;
    };
    let (lifetime, lifetime_span) = if directive == Directive::NoCache {
        (0, None)
    } else {
        let Some((lifetime, span)) =
            cache_control::shared_freshness_lifetime(cx.message, cx.input, summary)
        else {
            return;
        };
        (lifetime, Some(span))
    };
    if !cache_control::served_stale(age, lifetime) {
        return;
    }
    let shown = cx.quote(directive_seen.span);
    let mut reported = cx
        .report(
            StaleResponseServed,
            age_span,
            format!("Age {age} exceeds the freshness lifetime of {lifetime} seconds, but {shown} forbids serving it stale"),
        )
        .label(directive_seen.span, "forbids stale use");
    if let Some(span) = lifetime_span.filter(|&s| s != directive_seen.span) {
        reported = reported.label(span, "freshness lifetime");
    }
    reported.help(format!(
        "A cache must validate a stale response with {} before reusing it, or answer 504 (Gateway Timeout) when it cannot",
        directive.name()
    ));
}
