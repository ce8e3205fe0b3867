use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// If-Match, If-None-Match, If-Unmodified-Since or If-Range in a CONNECT, OPTIONS or
    /// TRACE request. The span is each such field line; a label marks the method.
    ///
    /// ## Why
    /// > Likewise, a server MUST ignore the conditional request header fields defined by
    /// > this specification when received with a request method that does not involve the
    /// > selection or modification of a selected representation, such as CONNECT,
    /// > OPTIONS, or TRACE.
    ///
    /// ## Example
    /// ```http
    /// OPTIONS /doc HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "xyzzy"
    ///
    /// ```
    ///
    /// ## Notes
    /// These methods select no representation for a validator to describe, so the
    /// condition has nothing to compare with. If-Modified-Since is reported by
    /// `if-modified-since-with-other-method`.
    pub PreconditionWithConnectOptionsTrace {
        id: "precondition-with-connect-options-trace",
        section: spec::RFC9110_13_2_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(method) = exchange::method(cx.input, m) else { return };
    if !matches!(method, b"CONNECT" | b"OPTIONS" | b"TRACE") {
        return;
    }
    let shown = crate::context::quote(method);
    for field in &m.fields {
        let Some(
            name @ (KnownField::IfMatch
            | KnownField::IfNoneMatch
            | KnownField::IfUnmodifiedSince
            | KnownField::IfRange),
        ) = field.known
        else {
            continue;
        };
        cx.report(
            PreconditionWithConnectOptionsTrace,
            field.line,
            format!("{} in a {shown} request is ignored: {shown} selects no representation", name.name()),
        )
        .label(exchange::method_span(m), "method")
        .help(format!("Remove {} from the {shown} request", name.name()));
    }
}
