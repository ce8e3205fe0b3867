use crate::context::Context;
use crate::fields::cache_control::{self, Directive};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `max-stale` directive with its argument in quoted-string form (`max-stale="10"`).
    /// The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 'max-stale=10' not
    /// > 'max-stale="10"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-stale="10"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: max-stale=10
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub MaxStaleQuoted {
        id: "max-stale-quoted",
        section: spec::RFC9111_5_2_1_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    
    for (located, _, arg) in cache_control::with_argument(cx.message, cx.input, Directive::MaxStale) {
        let value = cx.text(located.field.value);
        // A quoted non-number is cache-directive-delta-seconds-invalid's.
        let Some(seconds) = arg.delta_seconds(value).filter(|_| arg.quoted) else {
            continue;
        };
        let span = located.span((arg.start, arg.end));
        let shown = cx.quote(span);
        cx.report(MaxStaleQuoted, span, format!("max-stale argument {shown} is quoted"))
            .help(format!("Send max-stale={seconds}"));
    }
}
