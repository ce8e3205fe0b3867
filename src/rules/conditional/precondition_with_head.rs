use crate::context::Context;
use crate::exchange;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A HEAD request with a precondition: If-Match, If-None-Match, If-Modified-Since,
    /// If-Unmodified-Since or If-Range. The span is the first such field line; a label
    /// marks the method.
    ///
    /// ## Why
    /// > Although conditional request header fields are defined as being usable with the
    /// > HEAD method (to keep HEAD's semantics consistent with those of GET), there is no
    /// > point in sending a conditional HEAD because a successful response is around the
    /// > same size as a 304 (Not Modified) response and more useful than a 412
    /// > (Precondition Failed) response.
    ///
    /// ## Example
    /// ```http
    /// HEAD /doc HTTP/1.1
    /// Host: example.com
    /// If-None-Match: "xyzzy"
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HEAD /doc HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    pub PreconditionWithHead {
        id: "precondition-with-head",
        section: spec::RFC9110_13_2_1,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if !exchange::method_is(cx.input, m, "HEAD") {
        return;
    }
    let first = m.fields.iter().find(|f| {
        matches!(
            f.known,
            Some(
                KnownField::IfMatch
                    | KnownField::IfNoneMatch
                    | KnownField::IfModifiedSince
                    | KnownField::IfUnmodifiedSince
                    | KnownField::IfRange
            )
        )
    });
    let Some(field) = first else { return };
    let name = cx.quote(field.name);
    cx.report(
        PreconditionWithHead,
        field.line,
        format!("Conditional HEAD request ({name}): a 200 response is about as small as a 304 and more useful than a 412"),
    )
    .label(exchange::method_span(m), "method")
    .help("Send HEAD without preconditions and compare the validators in the response");
}
