use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A Cache-Control list element that is not a `cache-directive`: whitespace around
    /// `=`, a missing argument after `=`, an unterminated quoted string, or characters after
    /// the argument. The span is the first offending character.
    ///
    /// ## Why
    /// > Cache-Control = #cache-directive cache-directive = token [ "=" ( token /
    /// > quoted-string ) ]
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age = 3600
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: max-age=3600
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// A recipient that cannot parse a directive ignores it (RFC 9111 §5.2.3), so a
    /// malformed `max-age` or `no-store` has no effect at all.
    pub CacheControlInvalid {
        id: "cache-control-invalid",
        section: spec::RFC9111_5_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for located in cx.cache_directives() {
        let Err(error) = located.item else { continue };
        let span = located.span((error.start, error.end));
        let shown = cx.quote(located.field.value);
        cx.report(
            CacheControlInvalid,
            span,
            format!("Cache-Control \"{shown}\" is malformed: expected {}", error.expected),
        )
        .help("Write each directive as name or name=value, separated by commas, e.g. Cache-Control: max-age=3600, must-revalidate");
    }
}
