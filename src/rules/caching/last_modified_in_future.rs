use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::rules_support;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// With the `now` option set: a response whose Last-Modified is more than a minute
    /// after the current time. The message was generated before now, so its Last-Modified
    /// is later than its time of origination. The span is the Last-Modified value.
    ///
    /// ## Why
    /// > An origin server with a clock (as defined in Section 5.6.7) MUST NOT generate a
    /// > Last-Modified date that is later than the server's time of message origination
    /// > (Date, Section 6.6.1).
    ///
    /// ## Example
    /// ```http
    /// <!-- now: 1700000000 -->
    /// HTTP/1.1 200 OK
    /// Date: Tue, 14 Nov 2023 22:13:20 GMT
    /// Last-Modified: Fri, 01 Dec 2023 00:00:00 GMT
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// Silent without `now`. A future Last-Modified makes a cache's heuristic freshness
    /// (RFC 9111 §4.2.2) and If-Modified-Since validation misbehave: "This prevents a
    /// future modification date from having an adverse impact on cache validation"
    /// (RFC 9110 §8.8.2.1).
    pub LastModifiedInFuture {
        id: "last-modified-in-future",
        section: spec::RFC9110_8_8_2_1,
        severity: Severity::Error,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    if cx.message.is_request() {
        return;
    }
    rules_support::date_in_future(
        cx,
        LastModifiedInFuture,
        KnownField::LastModified,
        "Send the time of message origination (the Date value) when the modification time is in the future",
    );
}
