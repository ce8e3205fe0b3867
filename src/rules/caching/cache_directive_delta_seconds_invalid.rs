use crate::context::Context;
use crate::fields::cache_control::ArgumentSyntax;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A cache directive whose argument is `delta-seconds` (`max-age`, `s-maxage`,
    /// `min-fresh`, `max-stale`, and the registered `stale-while-revalidate` and
    /// `stale-if-error`) with an argument that is not a string of digits (`-1`, `1.5`,
    /// `1h`), or without the argument it requires. The span is the argument, or the
    /// directive name when the argument is missing.
    ///
    /// ## Why
    /// > The delta-seconds rule specifies a non-negative integer, representing time in
    /// > seconds. delta-seconds = 1*DIGIT
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=-1
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=0
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// RFC 9111 §4.2.1 encourages caches to treat a response with invalid freshness
    /// information (such as "a max-age directive with non-integer content") as stale.
    /// `max-stale` alone, without an argument, is allowed: it accepts a stale response of
    /// any age.
    pub CacheDirectiveDeltaSecondsInvalid {
        id: "cache-directive-delta-seconds-invalid",
        section: spec::RFC9111_1_2_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let request = cx.message.is_request();
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let Some(known) = d.directive else { continue };
        let syntax = known.argument(request);
        if !matches!(
            syntax,
            ArgumentSyntax::DeltaSeconds | ArgumentSyntax::OptionalDeltaSeconds
        ) {
            continue;
        }
        let name = known.name();
        let value = cx.text(located.field.value);
        let Some(arg) = d.argument else {
            if syntax == ArgumentSyntax::DeltaSeconds {
                cx.report(
                    CacheDirectiveDeltaSecondsInvalid,
                    located.span(d.name),
                    format!("{name} has no argument; it takes a number of seconds"),
                )
                .help(format!("Give the number of seconds, e.g. {name}=3600"));
            }
            continue;
        };
        if arg.delta_seconds(value).is_some() {
            continue;
        }
        let shown = cx.quote(located.span((arg.start, arg.end)));
        cx.report(
            CacheDirectiveDeltaSecondsInvalid,
            located.span((arg.start, arg.end)),
            format!("{name} argument {shown} is not delta-seconds (digits only)"),
        )
        .help(format!(
            "Send a non-negative whole number of seconds, unquoted, e.g. {name}=3600"
        ));
    }
}
