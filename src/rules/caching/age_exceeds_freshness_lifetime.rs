use crate::context::Context;
use crate::fields::cache_control::{self, Directive, Summary};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response whose Age exceeds its freshness lifetime (`s-maxage`, else `max-age`,
    /// else Expires minus Date) by more than a minute, when nothing visible allows serving
    /// it stale: no `stale-while-revalidate` or `stale-if-error` in the response, no
    /// `max-stale` covering it in the request. A cache served a stale response, which it
    /// may do only when disconnected or allowed out of band. The span is the Age value; a
    /// label marks the lifetime.
    ///
    /// ## Why
    /// > A cache MUST NOT generate a stale response unless it is disconnected or doing so is
    /// > explicitly permitted by the client or origin server (e.g., by the max-stale request
    /// > directive in Section 5.2.1, extension directives such as those defined in
    /// > [RFC5861], or configuration in accordance with an out-of-band contract).
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Age: 7200
    /// Cache-Control: max-age=3600
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Information, since the exceptions (a disconnected cache, an out-of-band contract)
    /// cannot be seen in the message. When a directive forbids stale use, the violation is
    /// certain and `stale-response-served` reports it instead.
    pub AgeExceedsFreshnessLifetime {
        id: "age-exceeds-freshness-lifetime",
        section: spec::RFC9111_4_2_4,
        severity: Severity::Info,
    }
}

/// Directives that forbid stale use (stale-response-served's) or allow it (RFC 5861).
const SETTLED_BY: [Directive; 6] = [
    Directive::MustRevalidate,
    Directive::ProxyRevalidate,
    Directive::SMaxage,
    Directive::NoCache,
    Directive::StaleWhileRevalidate,
    Directive::StaleIfError,
];

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    let Some((age_span, age)) = cache_control::age(cx.message, cx.input) else {
        return;
    };
    let summary = cx.cache_summary();
    if SETTLED_BY.into_iter().any(|d| summary.has(d)) {
        return;
    }
    let Some((lifetime, lifetime_span)) =
        cache_control::shared_freshness_lifetime(cx.message, cx.input, summary)
    else {
        return;
    };
    // The client's max-stale allows this much staleness (no argument: any).
    let allowed = cx.request.map_or(0, |request| {
        let asked = Summary::of(request, cx.input);
        asked
            .get(Directive::MaxStale)
            .map_or(0, |s| if s.has_argument { s.delta.unwrap_or(0) } else { u64::MAX })
    });
    if !cache_control::served_stale(age, lifetime.saturating_add(allowed)) {
        return;
    }
    cx.report(
        AgeExceedsFreshnessLifetime,
        age_span,
        format!("Age {age} exceeds the freshness lifetime of {lifetime} seconds: the response was served stale"),
    )
    .label(lifetime_span, "freshness lifetime")
    .help("Unless the cache was disconnected, it must validate a stale response before reusing it; allow stale use explicitly with stale-while-revalidate or stale-if-error");
}
