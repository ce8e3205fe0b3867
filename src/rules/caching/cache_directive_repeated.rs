use crate::context::Context;
use crate::fields::cache_control::{self, Directive};
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A known cache directive that appears more than once in a response's Cache-Control
    /// fields (in one field line or across several). The span is the repetition; a label
    /// marks the first occurrence.
    ///
    /// ## Why
    /// > When there is more than one value present for a given directive (e.g., two Expires
    /// > header field lines or multiple Cache-Control: max-age directives), either the first
    /// > occurrence should be used or the response should be considered stale.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=3600
    /// Cache-Control: max-age=60
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
    /// With different values, caches disagree: some use the first, some consider the
    /// response stale. A repetition with the same value is only redundant. Requests are
    /// not checked: the text above is about a response's freshness.
    pub CacheDirectiveRepeated {
        id: "cache-directive-repeated",
        section: spec::RFC9111_4_2_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return;
    }
    // First occurrence of each known directive: its whole span and its argument's span.
    let mut first: [Option<(Span, Option<Span>)>; 16] = [None; 16];
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let Some(known) = d.directive else { continue };
        let whole = located.span(d.whole());
        let arg = d.argument.map(|a| located.span(a.inner()));
        let Some(slot) = first.get_mut(known.index()) else {
            continue;
        };
        let Some((first_whole, first_arg)) = *slot else {
            *slot = Some((whole, arg));
            continue;
        };
        let same = match (first_arg, arg) {
            (None, None) => true,
            (Some(a), Some(b)) => same_argument(known, cx.text(a), cx.text(b)),
            _ => false,
        };
        let name = known.name();
        let shown = cx.quote(whole);
        let first_shown = cx.quote(first_whole);
        let message = if same {
            format!("{shown} repeats an earlier {first_shown}")
        } else {
            format!("{shown} repeats {name} with a different value than the earlier {first_shown}")
        };
        cx.report(CacheDirectiveRepeated, whole, message)
            .label(first_whole, format!("first {name}"))
            .help(format!("Send {name} once, with the value you mean"));
    }
}

/// Arguments compare as numbers for delta-seconds directives (`max-age=010` is
/// `max-age=10`), case-insensitively for field-name lists, and exactly otherwise.
fn same_argument(directive: Directive, a: &[u8], b: &[u8]) -> bool {
    match (
        cache_control::delta_seconds(a),
        cache_control::delta_seconds(b),
    ) {
        (Some(x), Some(y)) => x == y,
        _ if matches!(directive, Directive::NoCache | Directive::Private) => {
            a.eq_ignore_ascii_case(b)
        }
        _ => a == b,
    }
}
