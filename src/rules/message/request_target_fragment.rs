use crate::context::Context;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A request-target with a fragment (`#…`). The span runs from the `#` to the end of
    /// the target.
    ///
    /// ## Why
    /// > When making a request directly to an origin server, other than a CONNECT or
    /// > server-wide OPTIONS request (as detailed below), a client MUST send only the
    /// > absolute path and query components of the target URI as the request-target.
    ///
    /// ## Example
    /// ```http
    /// GET /page.html#section-2 HTTP/1.1
    /// Host: example.com
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// GET /page.html HTTP/1.1
    /// Host: example.com
    /// ```
    ///
    /// ## Notes
    /// The absolute-form (`absolute-URI`, RFC 3986 §4.3) has no fragment either, and the
    /// target URI "excludes the reference's fragment component, if any, since fragment
    /// identifiers are reserved for client-side processing" (RFC 9110 §7.1).
    pub RequestTargetFragment {
        id: "request-target-fragment",
        section: spec::RFC9112_3_2_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    let Some(line) = cx.message.request_line() else { return };
    let target = cx.text(line.target);
    let Some(hash) = target.iter().position(|&b| b == b'#') else { return };
    let span = line.target.sub(hash, target.len());
    let shown = cx.quote(line.target);
    cx.report(RequestTargetFragment, span, format!("Request-target \"{shown}\" includes a fragment"))
        .help("Leave the fragment (#…) out of the request; it is for the client only");
}
