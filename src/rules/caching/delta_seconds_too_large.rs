use crate::context::Context;
use crate::fields::cache_control::{self, ArgumentSyntax, DELTA_SECONDS_INFINITY};
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::span::Span;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A delta-seconds value above 2147483648 (2^31 seconds, over 68 years): an Age field
    /// value, or the argument of `max-age`, `s-maxage`, `max-stale`, `min-fresh`,
    /// `stale-while-revalidate` or `stale-if-error`. Caches read it as 2147483648, or as
    /// the largest number they can represent. The span is the number.
    ///
    /// ## Why
    /// > If a cache receives a delta-seconds value greater than the greatest integer it can
    /// > represent, or if any of its subsequent calculations overflows, the cache MUST
    /// > consider the value to be 2147483648 (231) or the greatest positive integer it can
    /// > conveniently represent.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=99999999999
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=31536000
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// ("231" is 2 to the power 31 in the RFC's plain-text rendering.) A cache that gets the
    /// overflow wrong may treat the value as negative, making a response meant to be fresh
    /// for ever stale at once. One year (31536000) is the usual "never expires" value.
    pub DeltaSecondsTooLarge {
        id: "delta-seconds-too-large",
        section: spec::RFC9111_1_2_2,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let request = cx.message.is_request();
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let (Some(known), Some(arg)) = (d.directive, d.argument) else {
            continue;
        };
        if !matches!(
            known.argument(request),
            ArgumentSyntax::DeltaSeconds | ArgumentSyntax::OptionalDeltaSeconds
        ) {
            continue;
        }
        let value = cx.text(located.field.value);
        let Some(n) = arg.delta_seconds(value) else {
            continue;
        };
        report(cx, located.span(arg.inner()), n, known.name());
    }
    for field in cx.message.fields_named(KnownField::Age) {
        let Some(n) = cache_control::delta_seconds(cx.text(field.value)) else {
            continue;
        };
        report(cx, field.value, n, "Age");
    }
}

fn report(cx: &mut Context<'_>, span: Span, n: u64, what: &str) {
    if n <= DELTA_SECONDS_INFINITY {
        return;
    }
    let shown = cx.quote(span);
    cx.report(
        DeltaSecondsTooLarge,
        span,
        format!("{what} value {shown} exceeds 2147483648 (2^31), the largest value caches must handle"),
    )
    .help("Send at most 2147483648; one year, 31536000, is the usual \"never expires\" value");
}
