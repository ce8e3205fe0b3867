use crate::context::Context;
use crate::fields::cache_control::{Applies, ArgumentSyntax};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// An argument on a cache directive of RFC 9111 that defines none: `no-store=1`,
    /// `public=true`, `must-revalidate=yes`, or `no-cache="Set-Cookie"` in a request (the
    /// request directive `no-cache` takes no argument; only the response directive lists
    /// field names). The span is `=` and the argument.
    ///
    /// ## Why
    /// > For the cache directives defined below, no argument is defined (nor allowed)
    /// > unless stated otherwise.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-store=true
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
    pub CacheDirectiveArgumentUnexpected {
        id: "cache-directive-argument-unexpected",
        section: spec::RFC9111_5_2,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let request = cx.message.is_request();
    for located in cx.cache_directives() {
        let Ok(d) = located.item else { continue };
        let (Some(known), Some(arg)) = (d.directive, d.argument) else {
            continue;
        };
        // Extensions define their own arguments; only RFC 9111's are judged here.
        if !known.in_rfc9111() || known.argument(request) != ArgumentSyntax::None {
            continue;
        }
        // A directive of the other kind of message is reported as such.
        let wrong_kind = match known.applies() {
            Applies::Request => !request,
            Applies::Response => request,
            Applies::Both => false,
        };
        if wrong_kind {
            continue;
        }
        let span = located.span((d.name.1, arg.end));
        let shown = cx.quote(located.span(d.whole()));
        let name = known.name();
        cx.report(
            CacheDirectiveArgumentUnexpected,
            span,
            format!("{name} takes no argument, but is sent as {shown}"),
        )
        .help(format!("Send {name} alone"));
    }
}
