use crate::context::Context;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// `Host` listed in Vary. The span is the name.
    ///
    /// ## Why
    /// > The "Vary" header field in a response describes what parts of a request message,
    /// > aside from the method and target URI, might have influenced the origin server's
    /// > process for selecting the content of this response.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Host, Accept-Encoding
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Vary: Accept-Encoding
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Host is part of the target URI, which is already the cache key; listing it makes
    /// some caches refuse to store the response.
    pub VaryHost {
        id: "vary-host",
        section: spec::RFC9110_12_5_5,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    rules_support::vary_lists(
        cx,
        VaryHost,
        b"host",
        "Vary lists Host, which is part of the target URI",
        "Leave Host out of Vary",
    );
}
