use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A successful response to DELETE other than 202 (Accepted), 204 (No Content) or a
    /// 200 (OK) with content, such as 201 or 206, or a 200 that explicitly has no content
    /// (where 204 says it). 207 (Multi-Status, WebDAV) is accepted. Needs the request in
    /// the input.
    ///
    /// ## Why
    /// > If a DELETE method is successfully applied, the origin server SHOULD send a 202
    /// > (Accepted) status code if the action will likely succeed but has not yet been
    /// > enacted, a 204 (No Content) status code if the action has been enacted and no
    /// > further information is to be supplied, or a 200 (OK) status code if the action
    /// > has been enacted and the response message includes a representation describing
    /// > the status.
    ///
    /// ## Example
    /// ```http
    /// DELETE /items/42 HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 200 OK
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// DELETE /items/42 HTTP/1.1
    /// Host: example.com
    ///
    /// HTTP/1.1 204 No Content
    ///
    /// ```
    pub DeleteSuccessStatusUnexpected {
        id: "delete-success-status-unexpected",
        section: spec::RFC9110_9_3_5,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    let Some(code) = exchange::status(m).filter(|c| (200..300).contains(c)) else {
        return;
    };
    if !exchange::method_is(cx.input, request, "DELETE") {
        return;
    }
    let (message, help) = match code {
        202 | 204 | 207 => return,
        200 if !exchange::explicitly_empty(m) => return,
        200 => (
            "200 (OK) response to DELETE has no content".to_string(),
            "Send 204 (No Content) when there is nothing to say, or describe the result in a 200",
        ),
        _ => (
            format!("{} is not a DELETE success status", exchange::status_name(code)),
            "Answer a successful DELETE with 204 (No Content), 200 (OK) with a description, or 202 (Accepted)",
        ),
    };
    cx.report(DeleteSuccessStatusUnexpected, exchange::status_span(m), message)
        .label(exchange::method_span(request), "DELETE request")
        .help(help);
}
