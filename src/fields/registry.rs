//! The IANA "Hypertext Transfer Protocol (HTTP) Field Name Registry" (RFC 9110 §16.3.1,
//! §18.4; RFC 9111 §8.1; RFC 9112 §9.6), as data: every registered field name with its
//! status and defining reference.
//!
//! Assembled from the registry as published by IANA (2025), references shortened to the
//! document and section. [`lookup`] is a binary search that ignores case and allocates
//! nothing. [`COMMON_UNREGISTERED`] lists names in wide use that are not registered, so
//! that rules comparing names against the registry can leave them alone.

/// A registration's status (RFC 9110 §16.3.1: "permanent", "provisional", "deprecated",
/// or "obsoleted").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Standards-defined or found to be in use.
    Permanent,
    /// Registered on request, may be removed if not in use.
    Provisional,
    /// Still defined, but its use is discouraged.
    Deprecated,
    /// No longer defined by any current specification.
    Obsoleted,
}

impl Status {
    /// The status as the registry spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Permanent => "permanent",
            Status::Provisional => "provisional",
            Status::Deprecated => "deprecated",
            Status::Obsoleted => "obsoleted",
        }
    }
}

/// One entry of the field name registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldEntry {
    /// The field name as registered.
    pub name: &'static str,
    /// Its status.
    pub status: Status,
    /// The defining document (and section, where the registry gives one).
    pub reference: &'static str,
    /// For a deprecated or obsoleted field: the field that does its job now, if one does.
    pub replacement: Option<&'static str>,
}

impl FieldEntry {
    /// The defining document without the section: `"RFC 9110"`, `"Fetch"`.
    pub fn document(&self) -> &'static str {
        self.reference
            .split_once(" §")
            .map_or(self.reference, |(doc, _)| doc)
    }

    /// The section of the defining document, where the registry gives one: `"12.5.1"`.
    pub fn section(&self) -> Option<&'static str> {
        self.reference.split_once(" §").map(|(_, section)| section)
    }

    /// The RFC number, when the defining document is an RFC.
    pub fn rfc(&self) -> Option<u16> {
        self.document().strip_prefix("RFC ")?.parse().ok()
    }

    /// A link to the defining RFC (and section) on rfc-editor.org; `None` for other
    /// documents, whose addresses the registry does not give.
    pub fn url(&self) -> Option<String> {
        let rfc = self.rfc()?;
        Some(match self.section() {
            Some(section) => {
                let kind = if section.starts_with(|c: char| c.is_ascii_uppercase()) {
                    "appendix"
                } else {
                    "section"
                };
                format!("https://www.rfc-editor.org/rfc/rfc{rfc}#{kind}-{section}")
            }
            None => format!("https://www.rfc-editor.org/rfc/rfc{rfc}"),
        })
    }

    /// The defining section when it is one of RFC 9110, 9111 and 9112.
    pub fn spec_section(&self) -> Option<crate::spec::Section> {
        crate::iana::spec_section(self.rfc()?, self.section()?)
    }
}

const fn e(
    name: &'static str,
    status: Status,
    reference: &'static str,
    replacement: Option<&'static str>,
) -> FieldEntry {
    FieldEntry {
        name,
        status,
        reference,
        replacement,
    }
}

use Status::{Deprecated, Obsoleted, Permanent, Provisional};

/// Every registered field name, sorted by lower-case name.
pub static FIELDS: &[FieldEntry] = &[
    e("*", Permanent, "RFC 9110 §12.5.5", None),
    e("A-IM", Permanent, "RFC 3229", None),
    e("Accept", Permanent, "RFC 9110 §12.5.1", None),
    e("Accept-Additions", Permanent, "RFC 2324", None),
    e("Accept-CH", Permanent, "RFC 8942 §3.1", None),
    e("Accept-Charset", Deprecated, "RFC 9110 §12.5.2", None),
    e("Accept-Datetime", Permanent, "RFC 7089", None),
    e("Accept-Encoding", Permanent, "RFC 9110 §12.5.3", None),
    e("Accept-Features", Permanent, "RFC 2295", None),
    e("Accept-Language", Permanent, "RFC 9110 §12.5.4", None),
    e("Accept-Patch", Permanent, "RFC 5789", None),
    e("Accept-Post", Permanent, "Linked Data Platform 1.0", None),
    e("Accept-Ranges", Permanent, "RFC 9110 §14.3", None),
    e("Accept-Signature", Permanent, "RFC 9421 §5.1", None),
    e(
        "Access-Control",
        Obsoleted,
        "Access Control for Cross-site Requests",
        None,
    ),
    e("Access-Control-Allow-Credentials", Permanent, "Fetch", None),
    e("Access-Control-Allow-Headers", Permanent, "Fetch", None),
    e("Access-Control-Allow-Methods", Permanent, "Fetch", None),
    e("Access-Control-Allow-Origin", Permanent, "Fetch", None),
    e("Access-Control-Expose-Headers", Permanent, "Fetch", None),
    e("Access-Control-Max-Age", Permanent, "Fetch", None),
    e("Access-Control-Request-Headers", Permanent, "Fetch", None),
    e("Access-Control-Request-Method", Permanent, "Fetch", None),
    e(
        "Activate-Storage-Access",
        Provisional,
        "Storage Access Headers",
        None,
    ),
    e("Age", Permanent, "RFC 9111 §5.1", None),
    e("Allow", Permanent, "RFC 9110 §10.2.1", None),
    e("ALPN", Permanent, "RFC 7639 §2", None),
    e("Alt-Svc", Permanent, "RFC 7838", None),
    e("Alt-Used", Permanent, "RFC 7838", None),
    e("Alternates", Permanent, "RFC 2295", None),
    e(
        "AMP-Cache-Transform",
        Provisional,
        "AMP-Cache-Transform HTTP request header",
        None,
    ),
    e("Apply-To-Redirect-Ref", Permanent, "RFC 4437", None),
    e("Authentication-Control", Permanent, "RFC 8053 §4", None),
    e("Authentication-Info", Permanent, "RFC 9110 §11.6.3", None),
    e("Authorization", Permanent, "RFC 9110 §11.6.2", None),
    e(
        "Available-Dictionary",
        Permanent,
        "draft-ietf-httpbis-compression-dictionary §2.2",
        None,
    ),
    e("C-Ext", Obsoleted, "RFC 2774", None),
    e("C-Man", Obsoleted, "RFC 2774", None),
    e("C-Opt", Obsoleted, "RFC 2774", None),
    e(
        "C-PEP",
        Obsoleted,
        "PEP - an Extension Mechanism for HTTP",
        None,
    ),
    e(
        "C-PEP-Info",
        Deprecated,
        "PEP - an Extension Mechanism for HTTP",
        None,
    ),
    e("Cache-Control", Permanent, "RFC 9111 §5.2", None),
    e("Cache-Status", Permanent, "RFC 9211", None),
    e("Cal-Managed-ID", Permanent, "RFC 8607 §5.1", None),
    e("CalDAV-Timezones", Permanent, "RFC 7809 §7.1", None),
    e("Capsule-Protocol", Permanent, "RFC 9297", None),
    e("CDN-Cache-Control", Permanent, "RFC 9213", None),
    e("CDN-Loop", Permanent, "RFC 8586", None),
    e("Cert-Not-After", Permanent, "RFC 8739 §3.3", None),
    e("Cert-Not-Before", Permanent, "RFC 8739 §3.3", None),
    e("Clear-Site-Data", Permanent, "Clear Site Data", None),
    e("Client-Cert", Permanent, "RFC 9440 §2", None),
    e("Client-Cert-Chain", Permanent, "RFC 9440 §2", None),
    e("Close", Permanent, "RFC 9112 §9.6", None),
    e("CMCD-Object", Provisional, "CTA-5004", None),
    e("CMCD-Request", Provisional, "CTA-5004", None),
    e("CMCD-Session", Provisional, "CTA-5004", None),
    e("CMCD-Status", Provisional, "CTA-5004", None),
    e("CMSD-Dynamic", Provisional, "CTA-5006", None),
    e("CMSD-Static", Provisional, "CTA-5006", None),
    e("Concealed-Auth-Export", Permanent, "RFC 9729", None),
    e(
        "Configuration-Context",
        Provisional,
        "OSLC Configuration Management 1.0",
        None,
    ),
    e("Connection", Permanent, "RFC 9110 §7.6.1", None),
    e("Content-Base", Obsoleted, "RFC 2068", None),
    e("Content-Digest", Permanent, "RFC 9530 §2", None),
    e("Content-Disposition", Permanent, "RFC 6266", None),
    e("Content-Encoding", Permanent, "RFC 9110 §8.4", None),
    e(
        "Content-ID",
        Deprecated,
        "The HTTP Distribution and Replication Protocol",
        None,
    ),
    e("Content-Language", Permanent, "RFC 9110 §8.5", None),
    e("Content-Length", Permanent, "RFC 9110 §8.6", None),
    e("Content-Location", Permanent, "RFC 9110 §8.7", None),
    e(
        "Content-MD5",
        Obsoleted,
        "RFC 2616 §14.15",
        Some("Repr-Digest"),
    ),
    e("Content-Range", Permanent, "RFC 9110 §14.4", None),
    e("Content-Script-Type", Obsoleted, "HTML 4.01", None),
    e(
        "Content-Security-Policy",
        Permanent,
        "Content Security Policy Level 3",
        None,
    ),
    e(
        "Content-Security-Policy-Report-Only",
        Permanent,
        "Content Security Policy Level 3",
        None,
    ),
    e("Content-Style-Type", Obsoleted, "HTML 4.01", None),
    e("Content-Type", Permanent, "RFC 9110 §8.3", None),
    e("Content-Version", Obsoleted, "RFC 2068", None),
    e("Cookie", Permanent, "RFC 6265", None),
    e("Cookie2", Obsoleted, "RFC 2965", Some("Cookie")),
    e("Cross-Origin-Embedder-Policy", Permanent, "HTML", None),
    e(
        "Cross-Origin-Embedder-Policy-Report-Only",
        Permanent,
        "HTML",
        None,
    ),
    e("Cross-Origin-Opener-Policy", Permanent, "HTML", None),
    e(
        "Cross-Origin-Opener-Policy-Report-Only",
        Permanent,
        "HTML",
        None,
    ),
    e("Cross-Origin-Resource-Policy", Permanent, "Fetch", None),
    e("CTA-Common-Access-Token", Provisional, "CTA", None),
    e("DASL", Permanent, "RFC 5323", None),
    e("Date", Permanent, "RFC 9110 §6.6.1", None),
    e("DAV", Permanent, "RFC 4918", None),
    e("Default-Style", Obsoleted, "HTML 4.01", None),
    e("Delta-Base", Permanent, "RFC 3229", None),
    e(
        "Deprecation",
        Permanent,
        "draft-ietf-httpapi-deprecation-header §2",
        None,
    ),
    e("Depth", Permanent, "RFC 4918", None),
    e("Derived-From", Obsoleted, "RFC 2068", None),
    e("Destination", Permanent, "RFC 4918", None),
    e("Detached-JWS", Permanent, "RFC 9635", None),
    e(
        "Dictionary-ID",
        Permanent,
        "draft-ietf-httpbis-compression-dictionary §2.3",
        None,
    ),
    e(
        "Differential-ID",
        Deprecated,
        "The HTTP Distribution and Replication Protocol",
        None,
    ),
    e("Digest", Obsoleted, "RFC 3230", Some("Repr-Digest")),
    e("DPoP", Permanent, "RFC 9449", None),
    e("DPoP-Nonce", Permanent, "RFC 9449", None),
    e("Early-Data", Permanent, "RFC 8470", None),
    e("EDIINT-Features", Provisional, "RFC 6017", None),
    e("ETag", Permanent, "RFC 9110 §8.8.3", None),
    e("Expect", Permanent, "RFC 9110 §10.1.1", None),
    e("Expect-CT", Deprecated, "RFC 9163", None),
    e("Expires", Permanent, "RFC 9111 §5.3", None),
    e("Ext", Obsoleted, "RFC 2774", None),
    e("Forwarded", Permanent, "RFC 7239", None),
    e("From", Permanent, "RFC 9110 §10.1.2", None),
    e(
        "GetProfile",
        Obsoleted,
        "Implementation of OPS Over HTTP",
        None,
    ),
    e("Hobareg", Permanent, "RFC 7486 §6.1.1", None),
    e("Host", Permanent, "RFC 9110 §7.2", None),
    e("HTTP2-Settings", Obsoleted, "RFC 7540 §3.2.1", None),
    e("If", Permanent, "RFC 4918", None),
    e("If-Match", Permanent, "RFC 9110 §13.1.1", None),
    e("If-Modified-Since", Permanent, "RFC 9110 §13.1.3", None),
    e("If-None-Match", Permanent, "RFC 9110 §13.1.2", None),
    e("If-Range", Permanent, "RFC 9110 §13.1.5", None),
    e("If-Schedule-Tag-Match", Permanent, "RFC 6338", None),
    e("If-Unmodified-Since", Permanent, "RFC 9110 §13.1.4", None),
    e("IM", Permanent, "RFC 3229", None),
    e(
        "Include-Referred-Token-Binding-ID",
        Permanent,
        "RFC 8473",
        None,
    ),
    e("Isolation", Provisional, "OData Version 4.01", None),
    e("Keep-Alive", Permanent, "RFC 2068", None),
    e("Label", Permanent, "RFC 3253", None),
    e("Last-Event-ID", Permanent, "HTML", None),
    e("Last-Modified", Permanent, "RFC 9110 §8.8.2", None),
    e("Link", Permanent, "RFC 8288", None),
    e("Link-Template", Permanent, "RFC 9652", None),
    e("Location", Permanent, "RFC 9110 §10.2.2", None),
    e("Lock-Token", Permanent, "RFC 4918", None),
    e("Man", Obsoleted, "RFC 2774", None),
    e("Max-Forwards", Permanent, "RFC 9110 §7.6.2", None),
    e("Memento-Datetime", Permanent, "RFC 7089", None),
    e("Meter", Permanent, "RFC 2227", None),
    e(
        "Method-Check",
        Obsoleted,
        "Access Control for Cross-site Requests",
        None,
    ),
    e(
        "Method-Check-Expires",
        Obsoleted,
        "Access Control for Cross-site Requests",
        None,
    ),
    e("MIME-Version", Permanent, "RFC 9112 Appendix B.1", None),
    e("Negotiate", Permanent, "RFC 2295", None),
    e("NEL", Permanent, "Network Error Logging", None),
    e("OData-EntityId", Permanent, "OData Version 4.01", None),
    e("OData-Isolation", Permanent, "OData Version 4.01", None),
    e("OData-MaxVersion", Permanent, "OData Version 4.01", None),
    e("OData-Version", Permanent, "OData Version 4.01", None),
    e("Opt", Obsoleted, "RFC 2774", None),
    e("Optional-WWW-Authenticate", Permanent, "RFC 8053 §3", None),
    e("Ordering-Type", Permanent, "RFC 3648", None),
    e("Origin", Permanent, "RFC 6454", None),
    e("Origin-Agent-Cluster", Permanent, "HTML", None),
    e("OSCORE", Permanent, "RFC 8613 §11.1", None),
    e("OSLC-Core-Version", Permanent, "OASIS OSLC Core 3.0", None),
    e("Overwrite", Permanent, "RFC 4918", None),
    e("P3P", Obsoleted, "P3P 1.0", None),
    e(
        "PEP",
        Obsoleted,
        "PEP - an Extension Mechanism for HTTP",
        None,
    ),
    e(
        "PEP-Info",
        Obsoleted,
        "PEP - an Extension Mechanism for HTTP",
        None,
    ),
    e(
        "Permissions-Policy",
        Provisional,
        "Permissions Policy",
        None,
    ),
    e("PICS-Label", Obsoleted, "PICS Label Distribution", None),
    e("Ping-From", Permanent, "HTML", None),
    e("Ping-To", Permanent, "HTML", None),
    e("Position", Permanent, "RFC 3648", None),
    e("Pragma", Deprecated, "RFC 9111 §5.4", Some("Cache-Control")),
    e("Prefer", Permanent, "RFC 7240", None),
    e("Preference-Applied", Permanent, "RFC 7240", None),
    e("Priority", Permanent, "RFC 9218", None),
    e(
        "ProfileObject",
        Obsoleted,
        "Implementation of OPS Over HTTP",
        None,
    ),
    e("Protocol", Obsoleted, "PICS Label Distribution", None),
    e(
        "Protocol-Info",
        Deprecated,
        "Joint Electronic Payment Initiative",
        None,
    ),
    e(
        "Protocol-Query",
        Deprecated,
        "Joint Electronic Payment Initiative",
        None,
    ),
    e(
        "Protocol-Request",
        Obsoleted,
        "PICS Label Distribution",
        None,
    ),
    e("Proxy-Authenticate", Permanent, "RFC 9110 §11.7.1", None),
    e(
        "Proxy-Authentication-Info",
        Permanent,
        "RFC 9110 §11.7.3",
        None,
    ),
    e("Proxy-Authorization", Permanent, "RFC 9110 §11.7.2", None),
    e(
        "Proxy-Features",
        Obsoleted,
        "Notification for Proxy Caches",
        None,
    ),
    e(
        "Proxy-Instruction",
        Obsoleted,
        "Notification for Proxy Caches",
        None,
    ),
    e("Proxy-Status", Permanent, "RFC 9209", None),
    e("Public", Obsoleted, "RFC 2068", None),
    e("Public-Key-Pins", Permanent, "RFC 7469", None),
    e("Public-Key-Pins-Report-Only", Permanent, "RFC 7469", None),
    e("Range", Permanent, "RFC 9110 §14.2", None),
    e("Redirect-Ref", Permanent, "RFC 4437", None),
    e("Referer", Permanent, "RFC 9110 §10.1.3", None),
    e(
        "Referer-Root",
        Obsoleted,
        "Access Control for Cross-site Requests",
        None,
    ),
    e("Referrer-Policy", Permanent, "Referrer Policy", None),
    e("Refresh", Permanent, "HTML", None),
    e(
        "Repeatability-Client-ID",
        Provisional,
        "Repeatable Requests Version 1.0",
        None,
    ),
    e(
        "Repeatability-First-Sent",
        Provisional,
        "Repeatable Requests Version 1.0",
        None,
    ),
    e(
        "Repeatability-Request-ID",
        Provisional,
        "Repeatable Requests Version 1.0",
        None,
    ),
    e(
        "Repeatability-Result",
        Provisional,
        "Repeatable Requests Version 1.0",
        None,
    ),
    e("Replay-Nonce", Permanent, "RFC 8555 §6.5.1", None),
    e("Reporting-Endpoints", Provisional, "Reporting API", None),
    e("Repr-Digest", Permanent, "RFC 9530 §3", None),
    e("Retry-After", Permanent, "RFC 9110 §10.2.3", None),
    e("Safe", Obsoleted, "RFC 2310", None),
    e("Schedule-Reply", Permanent, "RFC 6638", None),
    e("Schedule-Tag", Permanent, "RFC 6338", None),
    e(
        "Sec-Fetch-Storage-Access",
        Provisional,
        "Storage Access Headers",
        None,
    ),
    e("Sec-GPC", Provisional, "Global Privacy Control", None),
    e("Sec-Purpose", Permanent, "Fetch", None),
    e("Sec-Token-Binding", Permanent, "RFC 8473", None),
    e("Sec-WebSocket-Accept", Permanent, "RFC 6455", None),
    e("Sec-WebSocket-Extensions", Permanent, "RFC 6455", None),
    e("Sec-WebSocket-Key", Permanent, "RFC 6455", None),
    e("Sec-WebSocket-Protocol", Permanent, "RFC 6455", None),
    e("Sec-WebSocket-Version", Permanent, "RFC 6455", None),
    e("Security-Scheme", Obsoleted, "RFC 2660", None),
    e("Server", Permanent, "RFC 9110 §10.2.4", None),
    e("Server-Timing", Permanent, "Server Timing", None),
    e("Set-Cookie", Permanent, "RFC 6265", None),
    e("Set-Cookie2", Obsoleted, "RFC 2965", Some("Set-Cookie")),
    e(
        "SetProfile",
        Obsoleted,
        "Implementation of OPS Over HTTP",
        None,
    ),
    e("Signature", Permanent, "RFC 9421 §4.2", None),
    e("Signature-Input", Permanent, "RFC 9421 §4.1", None),
    e("SLUG", Permanent, "RFC 5023", None),
    e("SoapAction", Permanent, "SOAP 1.1", None),
    e("Status-URI", Permanent, "RFC 2518", None),
    e("Strict-Transport-Security", Permanent, "RFC 6797", None),
    e("Sunset", Permanent, "RFC 8594", None),
    e(
        "Surrogate-Capability",
        Provisional,
        "Edge Architecture Specification",
        None,
    ),
    e(
        "Surrogate-Control",
        Provisional,
        "Edge Architecture Specification",
        None,
    ),
    e("TCN", Permanent, "RFC 2295", None),
    e("TE", Permanent, "RFC 9110 §10.1.4", None),
    e("Timeout", Permanent, "RFC 4918", None),
    e("Timing-Allow-Origin", Provisional, "Resource Timing", None),
    e("Topic", Permanent, "RFC 8030 §5.4", None),
    e("Traceparent", Permanent, "Trace Context", None),
    e("Tracestate", Permanent, "Trace Context", None),
    e("Trailer", Permanent, "RFC 9110 §6.6.2", None),
    e("Transfer-Encoding", Permanent, "RFC 9112 §6.1", None),
    e("TTL", Permanent, "RFC 8030 §5.2", None),
    e("Upgrade", Permanent, "RFC 9110 §7.8", None),
    e("Urgency", Permanent, "RFC 8030 §5.3", None),
    e("URI", Obsoleted, "RFC 2068", None),
    e(
        "Use-As-Dictionary",
        Permanent,
        "draft-ietf-httpbis-compression-dictionary §2.1",
        None,
    ),
    e("User-Agent", Permanent, "RFC 9110 §10.1.5", None),
    e("Variant-Vary", Permanent, "RFC 2295", None),
    e("Vary", Permanent, "RFC 9110 §12.5.5", None),
    e("Via", Permanent, "RFC 9110 §7.6.3", None),
    e("Want-Content-Digest", Permanent, "RFC 9530 §4", None),
    e(
        "Want-Digest",
        Obsoleted,
        "RFC 3230",
        Some("Want-Repr-Digest"),
    ),
    e("Want-Repr-Digest", Permanent, "RFC 9530 §4", None),
    e("Warning", Obsoleted, "RFC 9111 §5.5", None),
    e("WWW-Authenticate", Permanent, "RFC 9110 §11.6.1", None),
    e("X-Content-Type-Options", Permanent, "Fetch", None),
    e("X-Frame-Options", Permanent, "HTML", None),
];

/// Field names in wide use that are not in the registry (de-facto standards, browser
/// request headers, common proxy and framework fields). They are not misspellings of
/// registered names, however close they look.
pub static COMMON_UNREGISTERED: &[&str] = &[
    "Accept-CH-Lifetime",
    "Content-DPR",
    "Content-Transfer-Encoding",
    "Device-Memory",
    "DNT",
    "Document-Policy",
    "Downlink",
    "DPR",
    "ECT",
    "Feature-Policy",
    "Idempotency-Key",
    "Large-Allocation",
    "Proxy-Connection",
    "Purpose",
    "Report-To",
    "RTT",
    "Save-Data",
    "Service-Worker",
    "Service-Worker-Allowed",
    "Service-Worker-Navigation-Preload",
    "SourceMap",
    "Status",
    "Upgrade-Insecure-Requests",
    "Viewport-Width",
    "Width",
    "X-Api-Key",
    "X-Cache",
    "X-Cache-Hits",
    "X-Content-Duration",
    "X-Correlation-ID",
    "X-CSRF-Token",
    "X-DNS-Prefetch-Control",
    "X-Download-Options",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Port",
    "X-Forwarded-Prefix",
    "X-Forwarded-Proto",
    "X-Forwarded-Server",
    "X-Forwarded-Ssl",
    "X-HTTP-Method-Override",
    "X-Original-URL",
    "X-Permitted-Cross-Domain-Policies",
    "X-Powered-By",
    "X-Real-IP",
    "X-Request-ID",
    "X-Requested-With",
    "X-Response-Time",
    "X-Rewrite-URL",
    "X-Robots-Tag",
    "X-Runtime",
    "X-Served-By",
    "X-SourceMap",
    "X-Timer",
    "X-UA-Compatible",
    "X-XSRF-Token",
    "X-XSS-Protection",
];

/// Compares `a` with `b` as if both were lower-cased.
fn cmp_ignore_case(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    a.iter()
        .map(u8::to_ascii_lowercase)
        .cmp(b.iter().map(u8::to_ascii_lowercase))
}

/// The registry entry for a field name, ignoring case.
pub fn lookup(name: &[u8]) -> Option<&'static FieldEntry> {
    FIELDS
        .binary_search_by(|entry| cmp_ignore_case(entry.name.as_bytes(), name))
        .ok()
        .and_then(|i| FIELDS.get(i))
}

/// True for a name in [`COMMON_UNREGISTERED`], ignoring case.
pub fn is_common_unregistered(name: &[u8]) -> bool {
    COMMON_UNREGISTERED
        .iter()
        .any(|n| n.as_bytes().eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::known::KnownField;

    #[test]
    fn sorted_and_unique() {
        for pair in FIELDS.windows(2) {
            assert_eq!(
                cmp_ignore_case(pair[0].name.as_bytes(), pair[1].name.as_bytes()),
                std::cmp::Ordering::Less,
                "{} before {}",
                pair[0].name,
                pair[1].name
            );
        }
        assert!(FIELDS.len() > 200);
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup(b"content-md5").unwrap().status, Status::Obsoleted);
        assert_eq!(
            lookup(b"content-md5").unwrap().replacement,
            Some("Repr-Digest")
        );
        assert_eq!(lookup(b"WARNING").unwrap().status, Status::Obsoleted);
        assert_eq!(lookup(b"Pragma").unwrap().status, Status::Deprecated);
        assert_eq!(
            lookup(b"Accept-Charset").unwrap().status,
            Status::Deprecated
        );
        assert_eq!(lookup(b"*").unwrap().reference, "RFC 9110 §12.5.5");
        let cc = lookup(b"cache-control").unwrap();
        assert_eq!(
            (cc.document(), cc.section(), cc.rfc()),
            ("RFC 9111", Some("5.2"), Some(9111))
        );
        assert_eq!(
            cc.url().as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc9111#section-5.2")
        );
        assert_eq!(cc.spec_section().map(|s| s.title), Some("Cache-Control"));
        let fetch = lookup(b"Access-Control-Max-Age").unwrap();
        assert_eq!(
            (fetch.document(), fetch.section(), fetch.rfc(), fetch.url()),
            ("Fetch", None, None, None)
        );
        let cookie = lookup(b"cookie").unwrap();
        assert_eq!(
            cookie.url().as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6265")
        );
        assert_eq!(cookie.spec_section(), None);
        assert_eq!(lookup(b"x-foo"), None);
        assert_eq!(lookup(b""), None);
        assert!(is_common_unregistered(b"x-forwarded-for"));
    }

    /// Every field of RFC 9110 §18.4 and RFC 9111 §8.1 is registered with its status.
    #[test]
    fn rfc_9110_and_9111_fields() {
        let deprecated = ["Accept-Charset", "Pragma"];
        let obsoleted = ["Warning", "Content-MD5"];
        for name in [
            "Accept",
            "Accept-Charset",
            "Accept-Encoding",
            "Accept-Language",
            "Accept-Ranges",
            "Allow",
            "Authentication-Info",
            "Authorization",
            "Connection",
            "Content-Encoding",
            "Content-Language",
            "Content-Length",
            "Content-Location",
            "Content-Range",
            "Content-Type",
            "Date",
            "ETag",
            "Expect",
            "From",
            "Host",
            "If-Match",
            "If-Modified-Since",
            "If-None-Match",
            "If-Range",
            "If-Unmodified-Since",
            "Last-Modified",
            "Location",
            "Max-Forwards",
            "Proxy-Authenticate",
            "Proxy-Authentication-Info",
            "Proxy-Authorization",
            "Range",
            "Referer",
            "Retry-After",
            "Server",
            "TE",
            "Trailer",
            "Upgrade",
            "User-Agent",
            "Vary",
            "Via",
            "WWW-Authenticate",
            "*",
            "Age",
            "Cache-Control",
            "Expires",
            "Pragma",
            "Warning",
            "Content-MD5",
            "Close",
            "Transfer-Encoding",
            "Keep-Alive",
        ] {
            let entry = lookup(name.as_bytes()).unwrap_or_else(|| panic!("{name} missing"));
            let want = if deprecated.contains(&name) {
                Status::Deprecated
            } else if obsoleted.contains(&name) {
                Status::Obsoleted
            } else {
                Status::Permanent
            };
            assert_eq!(entry.status, want, "{name}");
        }
        // Every KnownField is registered, or a known unregistered name.
        for name in ["Proxy-Connection", "X-Forwarded-For"] {
            let known = KnownField::lookup(name.as_bytes()).unwrap();
            assert!(lookup(known.name().as_bytes()).is_none());
            assert!(is_common_unregistered(name.as_bytes()));
        }
    }
}
