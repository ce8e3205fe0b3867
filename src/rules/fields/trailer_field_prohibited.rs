use crate::context::Context;
use crate::fields::known::KnownField;
use crate::finding::Severity;
use crate::spec;

crate::declare_rule! {
    /// ## What it checks
    /// A trailer field (after the last chunk of a chunked body) whose definition does
    /// not let it be sent in trailers because a recipient needs it before the content:
    /// framing (Content-Length, Transfer-Encoding, Trailer), routing (Host,
    /// Max-Forwards), connection control (Connection, Upgrade, Keep-Alive,
    /// Proxy-Connection), request modifiers (Expect, TE,
    /// Range, the If-* conditionals, Pragma), authentication (Authorization,
    /// WWW-Authenticate, the Proxy-* credentials and challenges, Cookie, Set-Cookie),
    /// response controls (Cache-Control, Age, Date, Expires, Location, Retry-After,
    /// Vary, Warning) and content format (Content-Type, Content-Encoding,
    /// Content-Range). The span is the trailer field's name.
    ///
    /// ## Why
    /// > A sender MUST NOT generate a trailer field unless the sender knows the
    /// > corresponding header field name's definition permits the field to be sent in
    /// > trailers.
    ///
    /// ## Example
    /// ```http
    /// HTTP/1.1 200 OK
    /// Transfer-Encoding: chunked
    ///
    /// 5
    /// hello
    /// 0
    /// Content-Type: text/plain
    ///
    /// ```
    ///
    /// ## Notes
    /// The categories are those of RFC 9110 §6.5.1 ("message framing, routing,
    /// authentication, request modifiers, response controls, or content format"), with
    /// the fields RFC 7230 §4.1.2 gave as examples of each, plus the connection-specific
    /// fields of RFC 9110 §7.6.1, which govern the connection from the message's start.
    /// Recipients discard such trailers or, worse, merge them into the header section
    /// after acting on it. Fields whose definition allows trailers (ETag, Accept-Ranges,
    /// Authentication-Info…) and unknown fields are not reported.
    pub TrailerFieldProhibited {
        id: "trailer-field-prohibited",
        section: spec::RFC9110_6_5_1,
        severity: Severity::Error,
    }
}

/// Why a field cannot be a trailer: what kind of field a recipient needs before the content.
fn needed_for(field: KnownField) -> Option<&'static str> {
    use KnownField as F;
    Some(match field {
        F::ContentLength | F::TransferEncoding | F::Trailer => "a framing field",
        F::Host | F::MaxForwards => "a routing field",
        F::Connection | F::Upgrade | F::KeepAlive | F::ProxyConnection => {
            "a connection control"
        }
        F::Expect
        | F::TE
        | F::Range
        | F::IfMatch
        | F::IfNoneMatch
        | F::IfModifiedSince
        | F::IfUnmodifiedSince
        | F::IfRange
        | F::Pragma => "a request modifier",
        F::Authorization
        | F::ProxyAuthorization
        | F::WWWAuthenticate
        | F::ProxyAuthenticate
        | F::Cookie
        | F::SetCookie => "an authentication field",
        F::CacheControl
        | F::Age
        | F::Date
        | F::Expires
        | F::Location
        | F::RetryAfter
        | F::Vary
        | F::Warning => "a response control",
        F::ContentType | F::ContentEncoding | F::ContentRange => "a content format field",
        _ => return None,
    })
}

pub(crate) fn check(cx: &mut Context<'_>) {
    for field in &cx.message.body.trailers {
        let Some(known) = field.known else { continue };
        let Some(why) = needed_for(known) else {
            continue;
        };
        let name = cx.quote(field.name);
        cx.report(
            TrailerFieldProhibited,
            field.name,
            format!("{name} cannot be a trailer field: it is {why} that a recipient needs before the content"),
        )
        .help(format!("Send {} in the header section, or not at all", known.name()));
    }
}
