use crate::context::Context;
use crate::fields::etag;
use crate::fields::known::KnownField;
use crate::fields::single_line_with_trailers;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A backslash inside the opaque-tag of a valid ETag. The span is the first backslash.
    ///
    /// ## Why
    /// > Servers therefore ought to avoid backslash characters in entity tags.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// ETag: "v1\2"
    /// Content-Length: 0
    ///
    /// ```
    ///
    /// ## Notes
    /// An opaque-tag was once a quoted-string (RFC 2616), and "some recipients might
    /// perform backslash unescaping": they then send back `"v12"` in If-None-Match, which
    /// never matches.
    pub EtagBackslash {
        id: "etag-backslash",
        section: spec::RFC9110_8_8_3,
        severity: Severity::Info,
    }
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in single_line_with_trailers(cx.message, KnownField::ETag) {
        let value = cx.text(field.value);
        if etag::parse(value).is_none() {
            continue;
        }
        let Some(at) = value.iter().position(|&b| b == b'\\') else { continue };
        let shown = cx.quote(field.value);
        cx.report(
            EtagBackslash,
            field.value.sub(at, at + 1),
            format!("ETag {shown} contains a backslash, which some recipients unescape"),
        )
        .help("Generate entity tags without backslashes, e.g. from hex digits or base64url");
    }
}
