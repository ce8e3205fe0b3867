use crate::context::Context;
use crate::fields::cache_control::{self, ArgumentSyntax};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A `no-cache` or `private` response directive whose argument lists something that is
    /// not a field name: names separated by spaces instead of commas, or characters a
    /// token cannot hold. The span is the offending list element.
    ///
    /// ## Why
    /// > field-name = token Field names are case-insensitive
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache="Set-Cookie Authorization"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache="Set-Cookie, Authorization"
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// The argument syntax of both directives is `#field-name` (RFC 9111 §5.2.2.4,
    /// §5.2.2.7): a comma-separated list of field names. A cache that cannot read the list
    /// may apply the directive to the whole response, or not at all.
    pub CacheDirectiveFieldNameInvalid {
        id: "cache-directive-field-name-invalid",
        section: spec::RFC9110_5_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    // The request directive no-cache takes no argument: cache-directive-argument-unexpected.
    if cx.message.is_request() {
        return;
    }
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let (Some(known), Some(arg)) = (d.directive, d.argument) else {
            continue;
        };
        if known.argument(false) != ArgumentSyntax::OptionalFieldNames {
            continue;
        }
        let value = cx.text(located.field.value);
        for (range, ok) in cache_control::field_names(value, arg) {
            if ok {
                continue;
            }
            let span = located.span(range);
            let shown = cx.quote(span);
            cx.report(
                CacheDirectiveFieldNameInvalid,
                span,
                format!("{} lists \"{shown}\", which is not a field name", known.name()),
            )
            .help(format!(
                "List field names separated by commas, e.g. {}=\"Set-Cookie, Authorization\"",
                known.name()
            ));
        }
    }
}
