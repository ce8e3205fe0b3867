use crate::context::Context;
use crate::fields::cache_control::Directive;
use crate::fields::known::KnownField;
use crate::fields::list;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A response that sends `Pragma: no-cache` without `no-cache` or `no-store` in its
    /// Cache-Control, as if Pragma kept caches from reusing it. It does not: Pragma is a
    /// request field, and its meaning in responses was never specified. The span is the
    /// `no-cache` in the Pragma value.
    ///
    /// ## Why
    /// > Note: Because the meaning of "Pragma: no-cache" in responses was never specified,
    /// > it does not provide a reliable replacement for "Cache-Control: no-cache" in them.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Pragma: no-cache
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Cache-Control: no-cache
    /// Content-Length: 0
    /// ```
    pub PragmaNoCacheInResponse {
        id: "pragma-no-cache-in-response",
        section: spec::RFC9111_5_4,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if !cx.message.is_response() {
        return;
    }
    let summary = cx.cache_summary();
    if summary.has(Directive::NoCache) || summary.has(Directive::NoStore) {
        return;
    }
    for field in cx.message.fields_named(KnownField::Pragma) {
        let value = cx.text(field.value);
        let Some(element) = list::elements(value).find(|e| e.text(value).eq_ignore_ascii_case(b"no-cache")) else {
            continue;
        };
        cx.report(
            PragmaNoCacheInResponse,
            field.value.sub(element.start, element.end),
            "Pragma: no-cache in a response has no specified meaning",
        )
        .help("Send Cache-Control: no-cache (to require validation) or no-store (to forbid storing)");
        return;
    }
}
