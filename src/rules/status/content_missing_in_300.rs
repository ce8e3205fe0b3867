use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A 300 (Multiple Choices) response whose framing says it has no content
    /// (`Content-Length: 0`, or only the last chunk), so it lists no choices. A response to
    /// HEAD never has content and is not reported.
    ///
    /// ## Why
    /// > For request methods other than HEAD, the server SHOULD generate content in the 300
    /// > response containing a list of representation metadata and URI reference(s) from
    /// > which the user or user agent can choose the one most preferred.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 300 Multiple Choices
    /// Location: /doc.en.html
    /// Content-Length: 0
    ///
    /// ```
    pub ContentMissingIn300 {
        id: "content-missing-in-300",
        section: spec::RFC9110_15_4_1,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    if exchange::status(m) != Some(300) || !exchange::explicitly_empty(m) {
        return;
    }
    cx.report(
        ContentMissingIn300,
        exchange::content_span(m),
        "300 (Multiple Choices) response has no content listing the choices",
    )
    .label(exchange::status_span(m), "status code")
    .help("List the alternatives in the content, e.g. an HTML list of links");
}
