//! Field names wirelint knows, looked up once per field line.

/// A field name defined by RFC 9110, RFC 9111 or RFC 9112, or a common one from another
/// specification. Looked up case-insensitively when a field line is parsed, so that rules
/// compare an enum instead of bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs, clippy::upper_case_acronyms)]
#[repr(u8)]
pub enum KnownField {
    Accept,
    AcceptCharset,
    AcceptEncoding,
    AcceptLanguage,
    AcceptRanges,
    Age,
    Allow,
    AuthenticationInfo,
    Authorization,
    CacheControl,
    Connection,
    ContentEncoding,
    ContentLanguage,
    ContentLength,
    ContentLocation,
    ContentRange,
    ContentType,
    Date,
    ETag,
    Expect,
    Expires,
    From,
    Host,
    IfMatch,
    IfModifiedSince,
    IfNoneMatch,
    IfRange,
    IfUnmodifiedSince,
    LastModified,
    Location,
    MaxForwards,
    Pragma,
    ProxyAuthenticate,
    ProxyAuthenticationInfo,
    ProxyAuthorization,
    Range,
    Referer,
    RetryAfter,
    Server,
    TE,
    Trailer,
    TransferEncoding,
    Upgrade,
    UserAgent,
    Vary,
    Via,
    Warning,
    WWWAuthenticate,
    Close,
    KeepAlive,
    ProxyConnection,
    Cookie,
    SetCookie,
    ContentDisposition,
    StrictTransportSecurity,
    AccessControlAllowOrigin,
    ContentMd5,
    Link,
    Origin,
    AltSvc,
    Forwarded,
    XForwardedFor,
    Prefer,
    PreferenceApplied,
}

impl KnownField {
    /// This field's bit in [`Message::known_mask`](crate::parse::message::Message::known_mask).
    pub const fn bit(self) -> u128 {
        1u128 << (self as u32)
    }

    /// The mask of a set of field lines.
    pub fn mask_of<'a>(
        fields: impl IntoIterator<Item = &'a crate::parse::message::FieldLine>,
    ) -> u128 {
        fields
            .into_iter()
            .filter_map(|f| f.known)
            .fold(0, |m, k| m | k.bit())
    }

    /// The field name in its registered spelling.
    pub fn name(self) -> &'static str {
        match self {
            KnownField::Accept => "Accept",
            KnownField::AcceptCharset => "Accept-Charset",
            KnownField::AcceptEncoding => "Accept-Encoding",
            KnownField::AcceptLanguage => "Accept-Language",
            KnownField::AcceptRanges => "Accept-Ranges",
            KnownField::Age => "Age",
            KnownField::Allow => "Allow",
            KnownField::AuthenticationInfo => "Authentication-Info",
            KnownField::Authorization => "Authorization",
            KnownField::CacheControl => "Cache-Control",
            KnownField::Connection => "Connection",
            KnownField::ContentEncoding => "Content-Encoding",
            KnownField::ContentLanguage => "Content-Language",
            KnownField::ContentLength => "Content-Length",
            KnownField::ContentLocation => "Content-Location",
            KnownField::ContentRange => "Content-Range",
            KnownField::ContentType => "Content-Type",
            KnownField::Date => "Date",
            KnownField::ETag => "ETag",
            KnownField::Expect => "Expect",
            KnownField::Expires => "Expires",
            KnownField::From => "From",
            KnownField::Host => "Host",
            KnownField::IfMatch => "If-Match",
            KnownField::IfModifiedSince => "If-Modified-Since",
            KnownField::IfNoneMatch => "If-None-Match",
            KnownField::IfRange => "If-Range",
            KnownField::IfUnmodifiedSince => "If-Unmodified-Since",
            KnownField::LastModified => "Last-Modified",
            KnownField::Location => "Location",
            KnownField::MaxForwards => "Max-Forwards",
            KnownField::Pragma => "Pragma",
            KnownField::ProxyAuthenticate => "Proxy-Authenticate",
            KnownField::ProxyAuthenticationInfo => "Proxy-Authentication-Info",
            KnownField::ProxyAuthorization => "Proxy-Authorization",
            KnownField::Range => "Range",
            KnownField::Referer => "Referer",
            KnownField::RetryAfter => "Retry-After",
            KnownField::Server => "Server",
            KnownField::TE => "TE",
            KnownField::Trailer => "Trailer",
            KnownField::TransferEncoding => "Transfer-Encoding",
            KnownField::Upgrade => "Upgrade",
            KnownField::UserAgent => "User-Agent",
            KnownField::Vary => "Vary",
            KnownField::Via => "Via",
            KnownField::Warning => "Warning",
            KnownField::WWWAuthenticate => "WWW-Authenticate",
            KnownField::Close => "Close",
            KnownField::KeepAlive => "Keep-Alive",
            KnownField::ProxyConnection => "Proxy-Connection",
            KnownField::Cookie => "Cookie",
            KnownField::SetCookie => "Set-Cookie",
            KnownField::ContentDisposition => "Content-Disposition",
            KnownField::StrictTransportSecurity => "Strict-Transport-Security",
            KnownField::AccessControlAllowOrigin => "Access-Control-Allow-Origin",
            KnownField::ContentMd5 => "Content-MD5",
            KnownField::Link => "Link",
            KnownField::Origin => "Origin",
            KnownField::AltSvc => "Alt-Svc",
            KnownField::Forwarded => "Forwarded",
            KnownField::XForwardedFor => "X-Forwarded-For",
            KnownField::Prefer => "Prefer",
            KnownField::PreferenceApplied => "Preference-Applied",
        }
    }

    /// True for fields whose value is a comma-separated list (`#rule`, RFC 9110 §5.6.1),
    /// which a sender may split over several field lines (RFC 9110 §5.3).
    pub fn is_list(self) -> bool {
        matches!(
            self,
            KnownField::Accept
                | KnownField::AcceptCharset
                | KnownField::AcceptEncoding
                | KnownField::AcceptLanguage
                | KnownField::AcceptRanges
                | KnownField::Allow
                | KnownField::AuthenticationInfo
                | KnownField::CacheControl
                | KnownField::Connection
                | KnownField::ContentEncoding
                | KnownField::ContentLanguage
                | KnownField::Expect
                | KnownField::IfMatch
                | KnownField::IfNoneMatch
                | KnownField::Pragma
                | KnownField::ProxyAuthenticate
                | KnownField::ProxyAuthenticationInfo
                | KnownField::TE
                | KnownField::Trailer
                | KnownField::TransferEncoding
                | KnownField::Upgrade
                | KnownField::Vary
                | KnownField::Via
                | KnownField::Warning
                | KnownField::WWWAuthenticate
                | KnownField::KeepAlive
                | KnownField::ProxyConnection
                | KnownField::Link
                | KnownField::AltSvc
                | KnownField::Forwarded
                | KnownField::XForwardedFor
                | KnownField::Prefer
                | KnownField::PreferenceApplied
        )
    }

    /// Looks a field name up, ignoring case.
    pub fn lookup(name: &[u8]) -> Option<KnownField> {
        let mut buf = [0u8; 32];
        let lower = buf.get_mut(..name.len())?;
        lower.copy_from_slice(name);
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"accept" => KnownField::Accept,
            b"accept-charset" => KnownField::AcceptCharset,
            b"accept-encoding" => KnownField::AcceptEncoding,
            b"accept-language" => KnownField::AcceptLanguage,
            b"accept-ranges" => KnownField::AcceptRanges,
            b"age" => KnownField::Age,
            b"allow" => KnownField::Allow,
            b"authentication-info" => KnownField::AuthenticationInfo,
            b"authorization" => KnownField::Authorization,
            b"cache-control" => KnownField::CacheControl,
            b"connection" => KnownField::Connection,
            b"content-encoding" => KnownField::ContentEncoding,
            b"content-language" => KnownField::ContentLanguage,
            b"content-length" => KnownField::ContentLength,
            b"content-location" => KnownField::ContentLocation,
            b"content-range" => KnownField::ContentRange,
            b"content-type" => KnownField::ContentType,
            b"date" => KnownField::Date,
            b"etag" => KnownField::ETag,
            b"expect" => KnownField::Expect,
            b"expires" => KnownField::Expires,
            b"from" => KnownField::From,
            b"host" => KnownField::Host,
            b"if-match" => KnownField::IfMatch,
            b"if-modified-since" => KnownField::IfModifiedSince,
            b"if-none-match" => KnownField::IfNoneMatch,
            b"if-range" => KnownField::IfRange,
            b"if-unmodified-since" => KnownField::IfUnmodifiedSince,
            b"last-modified" => KnownField::LastModified,
            b"location" => KnownField::Location,
            b"max-forwards" => KnownField::MaxForwards,
            b"pragma" => KnownField::Pragma,
            b"proxy-authenticate" => KnownField::ProxyAuthenticate,
            b"proxy-authentication-info" => KnownField::ProxyAuthenticationInfo,
            b"proxy-authorization" => KnownField::ProxyAuthorization,
            b"range" => KnownField::Range,
            b"referer" => KnownField::Referer,
            b"retry-after" => KnownField::RetryAfter,
            b"server" => KnownField::Server,
            b"te" => KnownField::TE,
            b"trailer" => KnownField::Trailer,
            b"transfer-encoding" => KnownField::TransferEncoding,
            b"upgrade" => KnownField::Upgrade,
            b"user-agent" => KnownField::UserAgent,
            b"vary" => KnownField::Vary,
            b"via" => KnownField::Via,
            b"warning" => KnownField::Warning,
            b"www-authenticate" => KnownField::WWWAuthenticate,
            b"close" => KnownField::Close,
            b"keep-alive" => KnownField::KeepAlive,
            b"proxy-connection" => KnownField::ProxyConnection,
            b"cookie" => KnownField::Cookie,
            b"set-cookie" => KnownField::SetCookie,
            b"content-disposition" => KnownField::ContentDisposition,
            b"strict-transport-security" => KnownField::StrictTransportSecurity,
            b"access-control-allow-origin" => KnownField::AccessControlAllowOrigin,
            b"content-md5" => KnownField::ContentMd5,
            b"link" => KnownField::Link,
            b"origin" => KnownField::Origin,
            b"alt-svc" => KnownField::AltSvc,
            b"forwarded" => KnownField::Forwarded,
            b"x-forwarded-for" => KnownField::XForwardedFor,
            b"prefer" => KnownField::Prefer,
            b"preference-applied" => KnownField::PreferenceApplied,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case() {
        assert_eq!(
            KnownField::lookup(b"content-LENGTH"),
            Some(KnownField::ContentLength)
        );
        assert_eq!(KnownField::lookup(b"ETag"), Some(KnownField::ETag));
        assert_eq!(KnownField::lookup(b"X-Unknown"), None);
        assert_eq!(KnownField::lookup(&[b'a'; 100]), None);
        assert_eq!(KnownField::ContentLength.name(), "Content-Length");
        assert!(KnownField::Connection.is_list() && !KnownField::Host.is_list());
        // Every variant has its own bit of the 128-bit mask.
        assert!((KnownField::PreferenceApplied as u32) < 128);
    }
}
