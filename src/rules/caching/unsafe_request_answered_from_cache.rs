use crate::context::Context;
use crate::fields::cache_control::{self, AGE_TOLERANCE};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response, to a POST, PUT, DELETE or PATCH request in the same input, whose Age is
    /// above a minute: a cache answered the unsafe request from storage instead of
    /// forwarding it. The span is the Age value; a label marks the request method.
    ///
    /// ## Why
    /// > A cache MUST write through requests with methods that are unsafe (Section 9.2.1 of
    /// > [HTTP]) to the origin server; i.e., a cache is not allowed to generate a reply to
    /// > such a request before having forwarded the request and having received a
    /// > corresponding response.
    ///
    /// ## Example
    /// ```http
    /// POST /orders HTTP/1.1
    /// Host: example.com
    /// Content-Length: 0
    ///
    /// HTTP/1.1 200 OK
    /// Age: 600
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// "The presence of an Age header field implies that the response was not generated or
    /// validated by the origin server for this request" (RFC 9111 §5.1). Some caches add
    /// `Age: 0` to responses they pass through; a minute of tolerance leaves those alone.
    pub UnsafeRequestAnsweredFromCache {
        id: "unsafe-request-answered-from-cache",
        section: spec::RFC9111_4,
        severity: Severity::Error,
    }
}

/// Methods defined as unsafe by RFC 9110 §9.2.1 (and PATCH, RFC 5789). CONNECT is left
/// out: its successful response starts a tunnel, not a cacheable reply.
const UNSAFE: [&[u8]; 4] = [b"POST", b"PUT", b"DELETE", b"PATCH"];

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(request) = cx.request else { return };
    let Some(line) = request.request_line() else {
        return;
    };
    let method = cx.text(line.method);
    if !UNSAFE.contains(&method) {
        return;
    }
    let Some((age_span, age)) = cache_control::age(cx.message, cx.input) else {
        return;
    };
    if age <= AGE_TOLERANCE {
        return;
    }
    let shown = cx.quote(line.method);
    cx.report(
        UnsafeRequestAnsweredFromCache,
        age_span,
        format!("Age {age} shows a cache answered a {shown} request from storage"),
    )
    .label(line.method, "unsafe method")
    .help("Caches must forward unsafe requests to the origin server and relay its response");
}
