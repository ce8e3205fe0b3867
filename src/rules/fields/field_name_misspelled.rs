use crate::context::Context;
use crate::fields::{registry, similar};
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A field name that is not registered and not in common use, but is one edit away
    /// from a well-known field name of 5 to 8 characters, or two edits away from a longer
    /// one: `Content-Lenght`, `Cache-Controll`, `Acept`, `Referrer`,
    /// `Access-Control-Allow-Origins`, `X-Forwarded-Fro`. The message names the likely
    /// intent. The span is the field name.
    ///
    /// ## Why
    /// > Other recipients SHOULD ignore unrecognized header and trailer fields.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Cache-Controll: no-store
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Instead
    /// ```http
    /// HTTP/1.1 200 OK
    /// Content-Type: text/plain
    /// Cache-Control: no-store
    /// Content-Length: 0
    /// ```
    ///
    /// ## Notes
    /// Names in the HTTP Field Name Registry (whatever their status), common unregistered
    /// ones (`X-Forwarded-Port`, `X-Request-ID`, …) and `Sec-` fields are never reported.
    /// An `X-` name is compared only with `X-` names, so `X-Content-Type` is not taken for
    /// Content-Type. Names of 4 characters or fewer (`TE`, `Age`, `Date`, `Host`, `Link`)
    /// are never targets: too many unrelated names (`Data`, `Post`, `Line`) are one edit
    /// away from them. Underscores count as
    /// an edit (`Content_Length`): many servers drop or rewrite such fields.
    pub FieldNameMisspelled {
        id: "field-name-misspelled",
        section: spec::RFC9110_5_1,
        severity: Severity::Warning,
    }
}

/// Field names a misspelling is likely to have meant (`X-` names are apart).
const WELL_KNOWN: &[&str] = &[
    "Accept",
    "Accept-Encoding",
    "Accept-Language",
    "Accept-Ranges",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Headers",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
    "Access-Control-Max-Age",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Method",
    "Allow",
    "Alt-Svc",
    "Authentication-Info",
    "Authorization",
    "Cache-Control",
    "Connection",
    "Content-Digest",
    "Content-Disposition",
    "Content-Encoding",
    "Content-Language",
    "Content-Length",
    "Content-Location",
    "Content-Range",
    "Content-Security-Policy",
    "Content-Type",
    "Cookie",
    "Cross-Origin-Embedder-Policy",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
    "Date",
    "ETag",
    "Expect",
    "Expires",
    "Forwarded",
    "From",
    "Host",
    "If-Match",
    "If-Modified-Since",
    "If-None-Match",
    "If-Range",
    "If-Unmodified-Since",
    "Keep-Alive",
    "Last-Modified",
    "Link",
    "Location",
    "Max-Forwards",
    "Origin",
    "Permissions-Policy",
    "Prefer",
    "Priority",
    "Proxy-Authenticate",
    "Proxy-Authorization",
    "Range",
    "Referer",
    "Referrer-Policy",
    "Repr-Digest",
    "Retry-After",
    "Server",
    "Server-Timing",
    "Set-Cookie",
    "Strict-Transport-Security",
    "Timing-Allow-Origin",
    "Trailer",
    "Transfer-Encoding",
    "Upgrade",
    "Upgrade-Insecure-Requests",
    "User-Agent",
    "Vary",
    "WWW-Authenticate",
];

/// `X-` names a misspelt `X-` name is likely to have meant.
const WELL_KNOWN_X: &[&str] = &[
    "X-Content-Type-Options",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "X-Frame-Options",
    "X-Requested-With",
];

fn is_x(name: &[u8]) -> bool {
    name.get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"x-") || p.eq_ignore_ascii_case(b"x_"))
}

/// Edits allowed for a target of this length.
fn bound(target: &str) -> usize {
    match target.len() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in &cx.message.fields {
        if field.known.is_some() {
            continue;
        }
        let name = cx.text(field.name);
        if name.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"sec-")) {
            continue;
        }
        // A registered or common name is no misspelling; the binary search is cheaper
        // than comparing the name with every well-known one.
        if registry::lookup(name).is_some() || registry::is_common_unregistered(name) {
            continue;
        }
        let targets = if is_x(name) { WELL_KNOWN_X } else { WELL_KNOWN };
        let Some(intended) = similar::closest(name, targets.iter().copied(), bound) else {
            continue;
        };
        let shown = cx.quote(field.name);
        cx.report(
            FieldNameMisspelled,
            field.name,
            format!("\"{shown}\" is not a known field name; did you mean {intended}?"),
        )
        .help(format!("Recipients ignore unrecognized fields: send {intended}"));
    }
}
