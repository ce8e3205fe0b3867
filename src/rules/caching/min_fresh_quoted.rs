use crate::context::Context;
use crate::fields::cache_control::{self, Directive};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `min-fresh` directive with its argument in quoted-string form (`min-fresh="20"`).
    /// The span is the quoted argument.
    ///
    /// ## Why
    /// > This directive uses the token form of the argument syntax: e.g., 'min-fresh=20' not
    /// > 'min-fresh="20"'. A sender MUST NOT generate the quoted-string form.
    ///
    /// ## Example
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: min-fresh="20"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET / HTTP/1.1
    /// Host: example.com
    /// Cache-Control: min-fresh=20
    /// ```
    ///
    /// ## Notes
    /// Recipients ought to accept both forms (RFC 9111 §5.2), but many parse only the
    /// token form and ignore a quoted value.
    pub MinFreshQuoted {
        id: "min-fresh-quoted",
        section: spec::RFC9111_5_2_1_3,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    
    for (located, _, arg) in cache_control::with_argument(cx.message, cx.input, Directive::MinFresh) {
        let value = cx.text(located.field.value);
        // A quoted non-number is cache-directive-delta-seconds-invalid's.
        let Some(seconds) = arg.delta_seconds(value).filter(|_| arg.quoted) else {
            continue;
        };
        let span = located.span((arg.start, arg.end));
        let shown = cx.quote(span);
        cx.report(MinFreshQuoted, span, format!("min-fresh argument {shown} is quoted"))
            .help(format!("Send min-fresh={seconds}"));
    }
}
