use crate::context::Context;
use crate::exchange;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A GET request that carries content (a Content-Length above zero, or a chunked
    /// body with data).
    ///
    /// ## Why
    /// > A client SHOULD NOT generate content in a GET request unless it is made directly
    /// > to an origin server that has previously indicated, in or out of band, that such a
    /// > request has a purpose and will be adequately supported.
    ///
    /// ## Example
    /// ```http
    /// GET /search HTTP/1.1
    /// Host: example.com
    /// Content-Type: application/json
    /// Content-Length: 13
    ///
    /// {"q":"books"}
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /search?q=books HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Notes
    /// RFC 9110 §9.3.1: content in a GET request "has no generally defined semantics,
    /// cannot alter the meaning or target of the request, and might lead some
    /// implementations to reject the request and close the connection because of its
    /// potential as a request smuggling attack". Put parameters in the query, or use POST.
    /// `Content-Length: 0` is not content.
    pub ContentInGetRequest {
        id: "content-in-get-request",
        section: spec::RFC9110_9_3_1,
        severity: Severity::Warning,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    exchange::content_in_request(
        cx,
        ContentInGetRequest,
        "GET",
        "Move the parameters into the query string, or send the content with POST",
    );
}
