//! The HTTP Status Code Registry as data: every code IANA lists as assigned, with its
//! current reason phrase, class, defining document and a short explanation of our own.
//!
//! ```
//! let s = wirelint::status::lookup(413).unwrap();
//! assert_eq!(s.reason, "Content Too Large");
//! assert_eq!(s.class, wirelint::status::Class::ClientError);
//! assert!(wirelint::status::lookup(299).is_none());
//! ```
//!
//! Temporary registrations (which expire) are left out; so are unassigned codes, which
//! a client treats as the `x00` code of their class (RFC 9110 §15).

use crate::iana::{Reference, Registration};
use serde::Serialize;

/// The class of a status code: its first digit (RFC 9110 §15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// 1xx: the request was received, continuing process.
    Informational,
    /// 2xx: the request was successfully received, understood, and accepted.
    Successful,
    /// 3xx: further action needs to be taken in order to complete the request.
    Redirection,
    /// 4xx: the request contains bad syntax or cannot be fulfilled.
    ClientError,
    /// 5xx: the server failed to fulfill an apparently valid request.
    ServerError,
}

impl Class {
    /// The class of a code in 100..=599; `None` outside that range.
    pub fn of(code: u16) -> Option<Class> {
        Some(match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Successful,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            500..=599 => Class::ServerError,
            _ => return None,
        })
    }

    /// The name RFC 9110 gives the class, such as `"Client Error"`.
    pub fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Successful => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }

    /// The class written as RFC 9110 does, such as `"4xx"`.
    pub fn label(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Successful => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    /// The `x00` code a client falls back to for an unrecognized code of this class.
    pub fn fallback(self) -> u16 {
        match self {
            Class::Informational => 100,
            Class::Successful => 200,
            Class::Redirection => 300,
            Class::ClientError => 400,
            Class::ServerError => 500,
        }
    }
}

/// One entry of the status code registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatusCode {
    /// The three-digit code.
    pub code: u16,
    /// The registered reason phrase (for reserved codes, `"(Unused)"`).
    pub reason: &'static str,
    /// The class.
    pub class: Class,
    /// Whether the code is in use, deprecated, obsoleted or reserved.
    pub registration: Registration,
    /// The document and section that define it.
    pub reference: Reference,
    /// Reason phrases that earlier specifications gave the code, newest first.
    #[serde(rename = "formerReasons")]
    pub former_reasons: &'static [&'static str],
    /// What the code means and when to send it, in our words.
    pub description: &'static str,
}

impl StatusCode {
    /// True when `phrase` is a former registered reason phrase of this code (ASCII case
    /// ignored).
    pub fn is_former_reason(&self, phrase: &[u8]) -> bool {
        self.former_reasons
            .iter()
            .any(|r| r.as_bytes().eq_ignore_ascii_case(phrase))
    }
}

/// The registered status code `code`, if any.
pub fn lookup(code: u16) -> Option<&'static StatusCode> {
    let i = ALL.binary_search_by_key(&code, |s| s.code).ok()?;
    ALL.get(i)
}

const fn r(rfc: u16, section: &'static str) -> Reference {
    Reference { rfc, section }
}

macro_rules! codes {
    ($( $code:literal $class:ident $reg:ident $reason:literal [$($former:literal),*] ($rfc:literal, $sec:literal) $desc:literal ;)*) => {
        /// Every registered status code, in ascending order.
        pub static ALL: &[StatusCode] = &[
            $(StatusCode {
                code: $code,
                reason: $reason,
                class: Class::$class,
                registration: Registration::$reg,
                reference: r($rfc, $sec),
                former_reasons: &[$($former),*],
                description: $desc,
            },)*
        ];
    };
}

codes! {
    100 Informational Active "Continue" [] (9110, "15.2.1")
        "The server has received the request header section and has not rejected it: the client may send the content. Sent in answer to Expect: 100-continue, so that a client does not upload a large body that would be refused; a client that did not ask can ignore it.";
    101 Informational Active "Switching Protocols" [] (9110, "15.2.2")
        "The server agrees to the client's Upgrade request and switches the connection to another protocol (such as WebSocket) right after this response's empty line. The response names the new protocol in its own Upgrade field.";
    102 Informational Active "Processing" [] (2518, "10.1")
        "A WebDAV interim response telling the client that a long request is still being worked on, so that it does not time out. RFC 4918 dropped it; it remains registered.";
    103 Informational Active "Early Hints" [] (8297, "2")
        "An interim response carrying Link fields (typically rel=preload) that the final response will probably have, so that a browser can start fetching subresources while the server is still preparing the answer.";
    200 Successful Active "OK" [] (9110, "15.3.1")
        "The request succeeded. What the content holds depends on the method: the representation for GET, the result of the action for POST, the echoed request for TRACE. A 200 to CONNECT starts a tunnel instead.";
    201 Successful Active "Created" [] (9110, "15.3.2")
        "The request created one or more new resources. The primary one is identified by the Location field, or by the target URI when there is none; PUT that creates a resource answers 201.";
    202 Successful Active "Accepted" [] (9110, "15.3.3")
        "The request was accepted for processing that has not finished (and may still fail). Used for queued or batch work; the content ought to describe the request's status or point to a status monitor.";
    203 Successful Active "Non-Authoritative Information" [] (9110, "15.3.4")
        "Like 200, but a transforming proxy has modified the origin server's content, so the representation is not exactly what the origin sent.";
    204 Successful Active "No Content" [] (9110, "15.3.5")
        "The request succeeded and there is no content to send: the response ends with its header section. Common after a PUT or DELETE, or a form save that keeps the user on the same page.";
    205 Successful Active "Reset Content" [] (9110, "15.3.6")
        "The request succeeded and the user agent should reset the document view (clear the form) that sent it. A 205 carries no content.";
    206 Successful Active "Partial Content" [] (9110, "15.3.7")
        "The answer to a range request: the content is one part of the representation (described by Content-Range) or several parts in a multipart/byteranges body.";
    207 Successful Active "Multi-Status" [] (4918, "11.1")
        "WebDAV: the content (an XML multistatus document) holds a separate status for each of several resources the request acted on.";
    208 Successful Active "Already Reported" [] (5842, "7.1")
        "WebDAV bindings: inside a 207 multistatus, says that the members of a collection were already listed earlier in the response, to avoid repeating them through multiple bindings.";
    226 Successful Active "IM Used" [] (3229, "10.4.1")
        "Delta encoding: the content is the result of instance manipulations (such as a delta against a version the client holds) applied to the current representation, as listed in the IM field.";
    300 Redirection Active "Multiple Choices" [] (9110, "15.4.1")
        "The target has several representations and the content lists them for the user or user agent to choose from; a Location field may name the server's preferred one.";
    301 Redirection Active "Moved Permanently" [] (9110, "15.4.2")
        "The resource has a new permanent URI, given in Location; links and bookmarks should be updated. User agents may turn a POST into a GET when following it (use 308 to forbid that).";
    302 Redirection Active "Found" ["Moved Temporarily"] (9110, "15.4.3")
        "The resource is temporarily at the URI in Location; keep using the original URI for future requests. User agents may turn a POST into a GET when following it (use 307 to forbid that).";
    303 Redirection Active "See Other" [] (9110, "15.4.4")
        "The answer is at another URI, given in Location, to be fetched with GET. Typically sent after a POST so that reloading the result page does not resubmit the form.";
    304 Redirection Active "Not Modified" [] (9110, "15.4.5")
        "A conditional GET or HEAD found that the client's cached copy is still current: use it. The response has no content, only the metadata that updates the stored response.";
    305 Redirection Deprecated "Use Proxy" [] (9110, "15.4.6")
        "Once asked the client to repeat the request through the proxy in Location. Deprecated for security reasons: clients ignore it.";
    306 Redirection Reserved "(Unused)" [] (9110, "15.4.7")
        "Defined in a draft of HTTP/1.1 and never used; the code is reserved and is not to be sent.";
    307 Redirection Active "Temporary Redirect" [] (9110, "15.4.8")
        "The resource is temporarily at the URI in Location, and the redirected request must use the same method and content (unlike 302).";
    308 Redirection Active "Permanent Redirect" [] (9110, "15.4.9")
        "The resource has a new permanent URI, given in Location, and the redirected request must use the same method and content (unlike 301).";
    400 ClientError Active "Bad Request" [] (9110, "15.5.1")
        "The server will not process the request because of a client error: malformed syntax, invalid framing, or deceptive routing. The generic answer when no more specific 4xx code fits.";
    401 ClientError Active "Unauthorized" [] (9110, "15.5.2")
        "The request lacks valid credentials for the target. The response must carry a WWW-Authenticate challenge telling the client how to authenticate; despite its name, this is about authentication.";
    402 ClientError Active "Payment Required" [] (9110, "15.5.3")
        "Reserved for future use by the specification, and used by some services for failed or required payments.";
    403 ClientError Active "Forbidden" [] (9110, "15.5.4")
        "The server understood the request and refuses it; different credentials may or may not help. A server that wants to hide the resource's existence answers 404 instead.";
    404 ClientError Active "Not Found" [] (9110, "15.5.5")
        "The origin server has no current representation for the target, or will not say that it has one. Says nothing about whether the condition is temporary (410 says permanent).";
    405 ClientError Active "Method Not Allowed" [] (9110, "15.5.6")
        "The method is known to the server but not supported by this resource. The response must list the methods that are supported in an Allow field.";
    406 ClientError Active "Not Acceptable" [] (9110, "15.5.7")
        "No representation matches the request's Accept, Accept-Language or Accept-Encoding preferences, and the server will not send a default one. Most servers send the default instead.";
    407 ClientError Active "Proxy Authentication Required" [] (9110, "15.5.8")
        "Like 401, but for a proxy: the client must authenticate to the proxy, as described by the Proxy-Authenticate field, and retry with Proxy-Authorization.";
    408 ClientError Active "Request Timeout" [] (9110, "15.5.9")
        "The server did not receive a complete request in the time it was willing to wait, and usually closes the connection; the client may repeat the request on a new one.";
    409 ClientError Active "Conflict" [] (9110, "15.5.10")
        "The request conflicts with the current state of the resource, such as an edit based on an outdated version; the content should explain the conflict so the user can resolve it.";
    410 ClientError Active "Gone" [] (9110, "15.5.11")
        "The resource is intentionally and permanently unavailable; links to it should be removed. Use 404 when permanence is not known.";
    411 ClientError Active "Length Required" [] (9110, "15.5.12")
        "The server refuses a request without a Content-Length (for example chunked content); the client may retry with one.";
    412 ClientError Active "Precondition Failed" [] (9110, "15.5.13")
        "A precondition in the request (If-Match, If-Unmodified-Since, or If-None-Match for a method other than GET and HEAD) was false, so the method was not applied: the lost-update guard.";
    413 ClientError Active "Content Too Large" ["Payload Too Large", "Request Entity Too Large"] (9110, "15.5.14")
        "The request content is larger than the server will process. The server may close the connection; a Retry-After field says when a temporary condition ends.";
    414 ClientError Active "URI Too Long" ["Request-URI Too Long"] (9110, "15.5.15")
        "The target URI is longer than the server will interpret, often because a form was sent with GET instead of POST or a redirect loop keeps growing the URI.";
    415 ClientError Active "Unsupported Media Type" [] (9110, "15.5.16")
        "The content is in a media type or content coding this method and resource do not accept; Accept or Accept-Encoding in the response can say what would be.";
    416 ClientError Active "Range Not Satisfiable" ["Requested Range Not Satisfiable"] (9110, "15.5.17")
        "None of the ranges in the request's Range field overlap the representation (or there were too many small ones). For bytes, Content-Range: bytes */length gives the current length.";
    417 ClientError Active "Expectation Failed" [] (9110, "15.5.18")
        "An expectation in the request's Expect field could not be met by a server on the way; a client that sent 100-continue should retry without it.";
    418 ClientError Reserved "(Unused)" ["I'm a teapot"] (9110, "15.5.19")
        "Reserved: an April Fools' joke (RFC 2324) deployed often enough that the code cannot be assigned to anything else. Not to be sent as a real status.";
    421 ClientError Active "Misdirected Request" [] (9110, "15.5.20")
        "The request reached a server that cannot answer authoritatively for its target URI, typically over a reused connection whose certificate covers another host; the client may retry on a new connection.";
    422 ClientError Active "Unprocessable Content" ["Unprocessable Entity"] (9110, "15.5.21")
        "The content is of a supported type and well-formed, but its instructions cannot be processed (semantic validation failed). Common in APIs for invalid input.";
    423 ClientError Active "Locked" [] (4918, "11.3")
        "WebDAV: the source or destination resource is locked and the request did not carry the lock token.";
    424 ClientError Active "Failed Dependency" [] (4918, "11.4")
        "WebDAV: the action was not performed because another action it depended on failed.";
    425 ClientError Active "Too Early" [] (8470, "5.2")
        "The server will not process a request that might be replayed because it arrived in TLS early data (0-RTT); the client should retry after the handshake completes.";
    426 ClientError Active "Upgrade Required" [] (9110, "15.5.22")
        "The server refuses the request over the current protocol and names, in an Upgrade field, the protocol the client must switch to first.";
    428 ClientError Active "Precondition Required" [] (6585, "3")
        "The server requires the request to be conditional (If-Match, for example) to prevent lost updates when several clients edit the same resource.";
    429 ClientError Active "Too Many Requests" [] (6585, "4")
        "The client has sent too many requests in a given time (rate limiting). A Retry-After field may say how long to wait.";
    431 ClientError Active "Request Header Fields Too Large" [] (6585, "5")
        "The header section, or one field in it, is larger than the server will process; the client may retry with smaller fields (often, fewer cookies).";
    451 ClientError Active "Unavailable For Legal Reasons" [] (7725, "3")
        "The resource is withheld because of a legal demand, such as a court order or a government block; the content should explain the demand and who made it.";
    500 ServerError Active "Internal Server Error" [] (9110, "15.6.1")
        "The server hit an unexpected condition that kept it from fulfilling the request: the generic answer to a bug or failure on the server side.";
    501 ServerError Active "Not Implemented" [] (9110, "15.6.2")
        "The server does not support the functionality the request requires, typically a method it does not recognize for any resource.";
    502 ServerError Active "Bad Gateway" [] (9110, "15.6.3")
        "A gateway or proxy received an invalid response from the server it forwarded the request to.";
    503 ServerError Active "Service Unavailable" [] (9110, "15.6.4")
        "The server cannot handle the request right now, because of overload or maintenance, and expects to recover; a Retry-After field may say when.";
    504 ServerError Active "Gateway Timeout" [] (9110, "15.6.5")
        "A gateway or proxy did not receive a timely response from the server it forwarded the request to.";
    505 ServerError Active "HTTP Version Not Supported" [] (9110, "15.6.6")
        "The server does not support the major version of HTTP used in the request; the content should say which protocols it does support.";
    506 ServerError Active "Variant Also Negotiates" [] (2295, "8.1")
        "Transparent content negotiation is misconfigured: the chosen variant is itself negotiable, which would loop.";
    507 ServerError Active "Insufficient Storage" [] (4918, "11.5")
        "WebDAV: the server cannot store the representation needed to complete the request.";
    508 ServerError Active "Loop Detected" [] (5842, "7.2")
        "WebDAV bindings: the server stopped a Depth: infinity request because it found an infinite loop of bindings.";
    510 ServerError Obsoleted "Not Extended" [] (2774, "7")
        "The HTTP Extension Framework (RFC 2774, now Historic) could not satisfy the extension policy of the request; no longer in use.";
    511 ServerError Active "Network Authentication Required" [] (6585, "6")
        "A captive portal (hotel or airport Wi-Fi) intercepted the request: the client must log in to the network first. The content usually links to the login page.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_and_classed() {
        for w in ALL.windows(2) {
            assert!(w[0].code < w[1].code, "{} before {}", w[0].code, w[1].code);
        }
        for s in ALL {
            assert_eq!(Class::of(s.code), Some(s.class), "{}", s.code);
            assert!(!s.description.is_empty() && !s.reason.is_empty());
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup(200).map(|s| s.reason), Some("OK"));
        assert_eq!(lookup(416).map(|s| s.reason), Some("Range Not Satisfiable"));
        assert_eq!(
            lookup(418).map(|s| s.registration),
            Some(Registration::Reserved)
        );
        assert!(lookup(419).is_none() && lookup(0).is_none() && lookup(600).is_none());
        assert!(lookup(413).is_some_and(|s| s.is_former_reason(b"payload too large")));
        assert_eq!(Class::of(471).map(Class::fallback), Some(400));
        assert_eq!(Class::of(99), None);
        assert_eq!(Class::of(600), None);
    }
}
