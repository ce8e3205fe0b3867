//! Explains the element of a message at an offset, for a reader learning HTTP: what the
//! element is, the section that defines it, and its value as parsed.
//!
//! ```
//! let input = b"GET /a HTTP/1.1\r\nCache-Control: max-age=60\r\n\r\n";
//! let e = wirelint::explain::explain(input, 35, &wirelint::Options::default()).unwrap();
//! assert_eq!(e.element, wirelint::explain::Element::FieldValue);
//! assert_eq!(e.title, "Cache-Control header field");
//! assert_eq!(e.section.map(|s| s.number), Some("5.2"));
//! assert_eq!(e.details[0].label, "max-age=60");
//! ```
//!
//! [`explain`] parses the input as [`crate::lint`] does (same options, same messages) and
//! finds the element under the offset: a start-line part, a field's name or value, the
//! body, or a part of a chunked body. The texts are ours, written from the RFCs' definitions;
//! each names the section it comes from.

mod fields;
mod text;

use crate::context::Sink;
use crate::iana::Registration;
use crate::parse::message::{FieldLine, Framing, Message, MessageKind, StartLine};
use crate::span::Span;
use crate::spec::{self, Section};
use crate::{method, status, Options};
use text::{lossy, plural};

/// The kind of element an [`Explanation`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    /// The request method.
    Method,
    /// The request-target.
    RequestTarget,
    /// The HTTP-version of a request-line or status-line.
    HttpVersion,
    /// The status code.
    StatusCode,
    /// The reason phrase.
    ReasonPhrase,
    /// A header field's name.
    FieldName,
    /// A header field's value.
    FieldValue,
    /// The message body.
    Body,
    /// A chunk's size.
    ChunkSize,
    /// A chunk's extensions.
    ChunkExtension,
    /// A chunk's data.
    ChunkData,
    /// A field line of the trailer section.
    TrailerField,
}

impl Element {
    /// Every element kind, in the order of [`Element::index`].
    pub const ALL: [Element; 12] = [
        Element::Method,
        Element::RequestTarget,
        Element::HttpVersion,
        Element::StatusCode,
        Element::ReasonPhrase,
        Element::FieldName,
        Element::FieldValue,
        Element::Body,
        Element::ChunkSize,
        Element::ChunkExtension,
        Element::ChunkData,
        Element::TrailerField,
    ];

    /// The name the JS API uses, such as `"field-value"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Element::Method => "method",
            Element::RequestTarget => "request-target",
            Element::HttpVersion => "http-version",
            Element::StatusCode => "status-code",
            Element::ReasonPhrase => "reason-phrase",
            Element::FieldName => "field-name",
            Element::FieldValue => "field-value",
            Element::Body => "body",
            Element::ChunkSize => "chunk-size",
            Element::ChunkExtension => "chunk-extension",
            Element::ChunkData => "chunk-data",
            Element::TrailerField => "trailer-field",
        }
    }

    /// A dense index (0..12), the position in [`Element::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One row of an explanation's parsed value, such as `max-age=60` → what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    /// What the row is about.
    pub label: String,
    /// What it says.
    pub value: String,
}

/// What the element at an offset is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The index of the message the element belongs to.
    pub message_index: u32,
    /// The kind of element.
    pub element: Element,
    /// The element's bytes in the input.
    pub span: Span,
    /// A short name, such as `"Cache-Control header field"` or `"Method GET"`.
    pub title: String,
    /// One or two plain sentences.
    pub summary: String,
    /// The section of RFC 9110, 9111 or 9112 that defines the element, when one does.
    pub section: Option<Section>,
    /// The parsed value, one row each.
    pub details: Vec<Detail>,
}

impl Explanation {
    fn new(m: &Message, element: Element, span: Span) -> Self {
        Explanation {
            message_index: m.index,
            element,
            span,
            title: String::new(),
            summary: String::new(),
            section: None,
            details: Vec::new(),
        }
    }

    fn row(&mut self, label: impl Into<String>, value: impl Into<String>) {
        self.details.push(Detail {
            label: label.into(),
            value: value.into(),
        });
    }
}

/// Explains the element at byte `offset` of `input`, read with `options` as
/// [`crate::lint`] reads it (`options.now` adds how far dates are from the current time).
/// An offset at the end of an element counts as in it, unless another element starts there.
/// `None` when nothing is there: line terminators, the empty line ending a header section,
/// tunnel data, or an offset past the input.
pub fn explain(input: &[u8], offset: usize, options: &Options) -> Option<Explanation> {
    let input = input.get(..u32::MAX as usize).unwrap_or(input);
    let offset = u32::try_from(offset).ok()?;
    if offset as usize > input.len() {
        return None;
    }
    let mut sink = Sink::new(options);
    let messages = crate::parse::parse(input, options, &mut sink);
    let cx = Cx {
        input,
        messages: &messages,
        options,
    };
    // Elements that hold the offset first; then those that end there (a cursor after them).
    for at_end in [false, true] {
        for m in &messages {
            if offset < m.span.start || offset > m.span.end {
                continue;
            }
            if let Some(hit) = locate(m, offset, at_end) {
                return Some(cx.explain(m, hit));
            }
        }
    }
    None
}

/// What [`locate`] found.
enum Hit<'m> {
    Method(Span),
    Target(Span),
    Version(Span),
    Status(Span),
    Reason(Span),
    FieldName(&'m FieldLine),
    FieldValue(&'m FieldLine),
    Body,
    ChunkSize(usize),
    ChunkExtension(usize),
    ChunkData(usize),
    Trailer(&'m FieldLine),
}

/// True when `span` holds `offset` or, with `at_end`, ends there.
fn hits(span: Span, offset: u32, at_end: bool) -> bool {
    if at_end {
        span.end == offset
    } else {
        span.start <= offset && offset < span.end
    }
}

/// The element of `m` at `offset`. A field line's colon belongs to its name, the
/// whitespace after it to the value.
fn locate(m: &Message, offset: u32, at_end: bool) -> Option<Hit<'_>> {
    match &m.start_line {
        StartLine::Request(r) => {
            let parts = [
                (r.method, Hit::Method as fn(Span) -> Hit<'static>),
                (r.target, Hit::Target),
                (r.version, Hit::Version),
            ];
            for (span, hit) in parts {
                if hits(span, offset, at_end) {
                    return Some(hit(span));
                }
            }
        }
        StartLine::Status(s) => {
            let parts = [
                (s.version, Hit::Version as fn(Span) -> Hit<'static>),
                (s.status, Hit::Status),
                (s.reason, Hit::Reason),
            ];
            for (span, hit) in parts {
                if hits(span, offset, at_end) {
                    return Some(hit(span));
                }
            }
        }
        StartLine::Missing => {}
    }
    for f in &m.fields {
        if hits(f.name, offset, at_end) {
            return Some(Hit::FieldName(f));
        }
        let in_value = if at_end {
            f.line.end == offset && f.name.end < offset
        } else {
            f.name.end < offset && offset < f.line.end
        };
        if in_value {
            return Some(Hit::FieldValue(f));
        }
    }
    let body = &m.body;
    for (i, c) in body.chunks.iter().enumerate() {
        if hits(c.size, offset, at_end) {
            return Some(Hit::ChunkSize(i));
        }
        if hits(c.ext, offset, at_end) {
            return Some(Hit::ChunkExtension(i));
        }
        if hits(c.data, offset, at_end) {
            return Some(Hit::ChunkData(i));
        }
    }
    for t in &body.trailers {
        if hits(t.line, offset, at_end) {
            return Some(Hit::Trailer(t));
        }
    }
    if hits(body.span, offset, at_end) {
        return Some(Hit::Body);
    }
    None
}

/// What every explanation may consult.
struct Cx<'a> {
    input: &'a [u8],
    messages: &'a [Message],
    options: &'a Options,
}

impl Cx<'_> {
    fn text(&self, span: Span) -> &[u8] {
        span.slice(self.input)
    }

    fn explain(&self, m: &Message, hit: Hit<'_>) -> Explanation {
        match hit {
            Hit::Method(span) => self.method(m, span),
            Hit::Target(span) => self.target(m, span),
            Hit::Version(span) => self.version(m, span),
            Hit::Status(span) => self.status(m, span),
            Hit::Reason(span) => self.reason(m, span),
            Hit::FieldName(f) => self.field(m, f, Element::FieldName),
            Hit::FieldValue(f) => self.field(m, f, Element::FieldValue),
            Hit::Trailer(f) => self.field(m, f, Element::TrailerField),
            Hit::Body => self.body(m),
            Hit::ChunkSize(i) => self.chunk_size(m, i),
            Hit::ChunkExtension(i) => self.chunk_extension(m, i),
            Hit::ChunkData(i) => self.chunk_data(m, i),
        }
    }

    /// The request `m` answers, when it is in the input.
    fn request_of(&self, m: &Message) -> Option<&Message> {
        m.request.and_then(|i| self.messages.get(i as usize))
    }

    fn method(&self, m: &Message, span: Span) -> Explanation {
        let mut e = Explanation::new(m, Element::Method, span);
        let name = self.text(span);
        let shown = lossy(name);
        e.title = format!("Method {shown}");
        let Some(def) = method::lookup(name) else {
            e.section = Some(spec::RFC9110_9_1);
            e.row("Registered", "no: not in the IANA HTTP Method Registry");
            if let Some(similar) = method::lookup_ignoring_case(name) {
                e.summary = format!(
                    "Not a registered method: method names are case-sensitive (RFC 9110 §9.1), so \
                     {shown} is not {}. A server that does not recognize a method answers 501 \
                     (Not Implemented).",
                    similar.name
                );
                e.row("Did you mean", similar.name);
            } else {
                e.summary = "Not in the IANA HTTP Method Registry. A server that does not \
                             recognize a method answers 501 (Not Implemented); one that knows \
                             it but does not allow it for the resource answers 405 (Method Not \
                             Allowed) (RFC 9110 §9.1)."
                    .to_string();
            }
            return e;
        };
        e.summary = def.description.to_string();
        e.section = def.reference.spec_section();
        e.row(
            "Safe",
            if def.safe {
                "yes: read-only, the client asks for no change on the server (RFC 9110 §9.2.1)"
            } else {
                "no: the request may change state on the server (RFC 9110 §9.2.1)"
            },
        );
        e.row(
            "Idempotent",
            if def.idempotent {
                "yes: sending it twice has the same intended effect as once, so a client may \
                 retry it automatically after a failed connection (RFC 9110 §9.2.2)"
            } else {
                "no: repeating it may repeat its effect, so clients do not retry it \
                 automatically (RFC 9110 §9.2.2)"
            },
        );
        match def.name {
            "GET" | "HEAD" => e.row(
                "Cacheable",
                "yes: caches may store its responses (RFC 9110 §9.2.3)",
            ),
            "POST" => e.row(
                "Cacheable",
                "only with explicit freshness information and a Content-Location equal to the \
                 target URI, and few caches do it (RFC 9110 §9.3.3)",
            ),
            _ => {}
        }
        if def.registration == Registration::Reserved {
            e.row("Registration", "reserved: never to be used as a method");
        }
        e.row(
            "Defined in",
            reference(def.reference.rfc, def.reference.section),
        );
        e
    }

    fn target(&self, m: &Message, span: Span) -> Explanation {
        use crate::fields::request_target::{self as rt, Form};
        let mut e = Explanation::new(m, Element::RequestTarget, span);
        let t = self.text(span);
        let form = rt::form(t);
        let (name, section, summary) = match form {
            Form::Origin => (
                "origin-form",
                spec::RFC9112_3_2_1,
                "The path and query of the target resource on the server that Host names: \
                 the usual form of a request to an origin server.",
            ),
            Form::Absolute => (
                "absolute-form",
                spec::RFC9112_3_2_2,
                "The complete target URI. A client sends this form to a proxy; a server \
                 must accept it too.",
            ),
            Form::Authority => (
                "authority-form",
                spec::RFC9112_3_2_3,
                "Only a host and port: the form of CONNECT, which asks a proxy to open a \
                 tunnel to that host.",
            ),
            Form::Asterisk => (
                "asterisk-form",
                spec::RFC9112_3_2_4,
                "\"*\": the server as a whole rather than one of its resources. Used only \
                 with OPTIONS.",
            ),
            Form::Other => (
                "none of the four forms",
                spec::RFC9112_3_2,
                "Not a valid request-target: it must be an origin-form (/path?query), \
                 absolute-form (http://host/path), authority-form (host:port) or \"*\". A \
                 server answers such a request with 400 (Bad Request).",
            ),
        };
        e.title = if t.is_empty() {
            "Request target (missing)".to_string()
        } else {
            format!("Request target ({name})")
        };
        e.summary = summary.to_string();
        e.section = Some(section);
        e.row("Form", name);
        let part = |a: usize, b: usize| lossy(t.get(a..b).unwrap_or_default());
        match form {
            Form::Origin => {
                let (path, query) = split_query(t);
                e.row("Path", lossy(path));
                if let Some(q) = query {
                    e.row("Query", lossy(q));
                }
                if let Some(host) = m.field(crate::fields::known::KnownField::Host) {
                    let host = lossy(self.text(host.value));
                    e.row(
                        "Target URI",
                        format!(
                            "http://{host}{} (https:// on a secured connection; RFC 9112 §3.3)",
                            lossy(t)
                        ),
                    );
                }
            }
            Form::Absolute => {
                let scheme_end = t.iter().position(|&b| b == b':').unwrap_or(0);
                e.row("Scheme", part(0, scheme_end));
                let mut rest = scheme_end + 1;
                if let Some((a, b)) = rt::absolute_form_userinfo(t) {
                    e.row(
                        "Userinfo",
                        format!(
                            "{}: deprecated in http(s) URIs, and it exposes credentials \
                             (RFC 9110 §4.2.4)",
                            part(a, b)
                        ),
                    );
                }
                if let Some((a, b)) = rt::absolute_form_host(t) {
                    e.row("Host", part(a, b));
                    if let Some((_, end)) = rt::absolute_form_authority(t) {
                        if b < end && t.get(b) == Some(&b':') {
                            e.row("Port", part(b + 1, end));
                        }
                        rest = end;
                    }
                }
                let (path, query) = split_query(t.get(rest..).unwrap_or_default());
                if !path.is_empty() {
                    e.row("Path", lossy(path));
                }
                if let Some(q) = query {
                    e.row("Query", lossy(q));
                }
            }
            Form::Authority => {
                if let Some(host_end) = rt::authority_form_host_end(t) {
                    e.row("Host", part(0, host_end));
                }
                if let Some((a, b)) = rt::authority_form_port(t) {
                    e.row("Port", part(a, b));
                }
            }
            Form::Asterisk | Form::Other => {}
        }
        e
    }

    fn version(&self, m: &Message, span: Span) -> Explanation {
        let mut e = Explanation::new(m, Element::HttpVersion, span);
        let shown = lossy(self.text(span));
        e.title = format!("HTTP version {shown}");
        e.section = Some(spec::RFC9112_2_3);
        e.summary = "The protocol version, HTTP/major.minor. The major digit says how the \
                     message is written; the minor digit, the highest HTTP/1.x version the \
                     sender conforms to, so that each side can tell what the other understands."
            .to_string();
        let Some(v) = m.version else {
            e.title = format!("HTTP version {shown} (invalid)");
            e.row(
                "Invalid",
                "an HTTP-version is \"HTTP/\", one digit, \".\" and one digit, case-sensitive \
                 (RFC 9112 §2.3)",
            );
            return e;
        };
        e.row("Major version", v.major.to_string());
        e.row("Minor version", v.minor.to_string());
        let note = match (v.major, v.minor) {
            (1, 1) => {
                "persistent connections by default, Host required in requests, chunked \
                       transfer coding (RFC 9112)"
            }
            (1, 0) => {
                "the connection closes after each response unless both sides agree to \
                       keep it open (Connection: keep-alive); no Transfer-Encoding \
                       (RFC 9112 Appendix C.2.2, C.2.3)"
            }
            (1, _) => {
                "a later HTTP/1 minor version, which a recipient treats as the highest \
                       HTTP/1.x version it supports (RFC 9110 §6.2)"
            }
            (2 | 3, _) => {
                "HTTP/2 and HTTP/3 are binary protocols with their own framing; they \
                           do not use this text syntax"
            }
            _ => "not a version of HTTP that this syntax serves",
        };
        e.row("What it means", note);
        if m.kind == MessageKind::Response {
            e.row(
                "In a response",
                "the server's highest conformant version whose major version is not above the \
                 request's (RFC 9110 §6.2)",
            );
        }
        e
    }

    fn status(&self, m: &Message, span: Span) -> Explanation {
        let mut e = Explanation::new(m, Element::StatusCode, span);
        let shown = lossy(self.text(span));
        let Some(code) = m.status_code else {
            e.title = format!("Status code {shown} (invalid)");
            e.section = Some(spec::RFC9112_4);
            e.summary = "A status code is exactly three digits (RFC 9112 §4).".to_string();
            return e;
        };
        let Some(class) = status::Class::of(code) else {
            e.title = format!("Status code {code} (invalid)");
            e.section = Some(spec::RFC9110_15);
            e.summary = "Status codes range from 100 to 599; values outside that range are \
                         invalid (RFC 9110 §15)."
                .to_string();
            return e;
        };
        let class_row = format!(
            "{} {}: {}",
            class.label(),
            class.name(),
            class_meaning(class)
        );
        let Some(def) = status::lookup(code) else {
            e.title = format!("Status code {code} (not registered)");
            e.section = Some(spec::RFC9110_15);
            e.summary = format!(
                "Not in the IANA HTTP Status Code Registry. A client that does not recognize a \
                 status code treats it as {}, the generic code of its class (RFC 9110 §15).",
                class.fallback()
            );
            e.row("Class", class_row);
            e.row("Registered", "no");
            return e;
        };
        e.title = format!("Status code {code} {}", def.reason);
        e.summary = def.description.to_string();
        e.section = def.reference.spec_section();
        e.row("Registered phrase", def.reason);
        e.row("Class", class_row);
        match def.registration {
            Registration::Active => {}
            Registration::Deprecated => e.row("Registration", "deprecated"),
            Registration::Obsoleted => e.row(
                "Registration",
                "obsoleted: its defining document is Historic",
            ),
            Registration::Reserved => e.row("Registration", "reserved: not to be sent"),
        }
        if !def.former_reasons.is_empty() {
            e.row("Former phrases", def.former_reasons.join(", "));
        }
        e.row(
            "Heuristically cacheable",
            if HEURISTICALLY_CACHEABLE.contains(&code) {
                "yes: without explicit freshness a cache may still store it and reuse it for a \
                 heuristic time (RFC 9110 §15.1, RFC 9111 §4.2.2)"
            } else {
                "no: a cache stores it only when explicit freshness or cache directives allow \
                 it (RFC 9111 §3)"
            },
        );
        e.row(
            "Defined in",
            reference(def.reference.rfc, def.reference.section),
        );
        e
    }

    fn reason(&self, m: &Message, span: Span) -> Explanation {
        let mut e = Explanation::new(m, Element::ReasonPhrase, span);
        let phrase = self.text(span);
        e.title = if phrase.is_empty() {
            "Reason phrase (empty)".to_string()
        } else {
            format!("Reason phrase \"{}\"", lossy(phrase))
        };
        e.section = Some(spec::RFC9112_4);
        e.summary = "Text describing the status code for people. A client should ignore it: it \
                     may be translated, rewritten by intermediaries or dropped, and it may be \
                     empty."
            .to_string();
        if let Some(def) = m.status_code.and_then(status::lookup) {
            e.row(format!("Registered phrase for {}", def.code), def.reason);
            let matches = if phrase.eq_ignore_ascii_case(def.reason.as_bytes()) {
                "yes"
            } else if def.is_former_reason(phrase) {
                "an earlier registered phrase of this code"
            } else {
                "no (harmless: clients rely on the code)"
            };
            e.row("Matches the registry", matches);
        }
        e
    }

    fn field(&self, m: &Message, f: &FieldLine, element: Element) -> Explanation {
        let span = match element {
            Element::FieldName => f.name,
            Element::FieldValue => f.value,
            _ => f.line,
        };
        let mut e = Explanation::new(m, element, span);
        fields::explain(self, m, f, &mut e);
        e
    }

    fn body(&self, m: &Message) -> Explanation {
        let body = &m.body;
        let mut e = Explanation::new(m, Element::Body, body.span);
        let len = body.span.len() as u64;
        e.title = "Message body".to_string();
        e.section = Some(spec::RFC9112_6_3);
        let (framing, summary) = match body.framing {
            Framing::ContentLength(n) => (
                format!("Content-Length: {n} (RFC 9112 §6.3, step 6)"),
                format!(
                    "The content of the message: the {} that Content-Length announces.",
                    plural(n, "octet")
                ),
            ),
            Framing::Chunked => {
                e.section = Some(spec::RFC9112_7_1);
                (
                    "chunked transfer coding (RFC 9112 §6.3, step 4)".to_string(),
                    "The content in the chunked transfer coding: chunks that each start with \
                     their size in hexadecimal, a last chunk of size 0, then an optional \
                     trailer section."
                        .to_string(),
                )
            }
            Framing::UntilClose | Framing::TransferEncodingNotChunked if m.is_response() => (
                format!(
                    "until the connection closes (RFC 9112 §6.3, step {})",
                    body.framing.step()
                ),
                "The content of a response that announces no length: it runs until the server \
                 closes the connection, so a truncated response cannot be told from a complete \
                 one."
                    .to_string(),
            ),
            _ => (
                format!("RFC 9112 §6.3, step {}", body.framing.step()),
                "The bytes after the header section, which the framing cannot delimit.".to_string(),
            ),
        };
        e.summary = summary;
        e.row("Framing", framing);
        e.row("Length", plural(len, "octet"));
        if body.framing == Framing::Chunked {
            let data: Vec<_> = body.chunks.iter().filter(|c| !c.data.is_empty()).collect();
            let total: u64 = data.iter().map(|c| c.data.len() as u64).sum();
            e.row(
                "Chunks",
                format!(
                    "{} with data, {} in all",
                    data.len(),
                    plural(total, "octet")
                ),
            );
            if !body.trailers.is_empty() {
                let names: Vec<String> = body
                    .trailers
                    .iter()
                    .map(|t| lossy(self.text(t.name)))
                    .collect();
                e.row("Trailer fields", names.join(", "));
            }
        }
        e.row(
            "Complete",
            if body.complete {
                "yes"
            } else {
                "no: the input ends before the framing says the body ends"
            },
        );
        if let Some(excess) = body.excess {
            e.row(
                "After the body",
                format!(
                    "{} that are not another message",
                    plural(excess.len() as u64, "octet")
                ),
            );
        }
        for known in [
            crate::fields::known::KnownField::ContentType,
            crate::fields::known::KnownField::ContentEncoding,
        ] {
            if let Some(f) = m.field(known) {
                e.row(known.name(), lossy(self.text(f.value)));
            }
        }
        e
    }

    fn chunk_size(&self, m: &Message, i: usize) -> Explanation {
        let chunks = &m.body.chunks;
        let Some(c) = chunks.get(i) else {
            return self.body(m);
        };
        let mut e = Explanation::new(m, Element::ChunkSize, c.size);
        let hex = lossy(self.text(c.size));
        e.section = Some(spec::RFC9112_7_1);
        e.summary = "The size of the chunk's data, in hexadecimal octets. A size of 0 marks the \
                     last chunk, after which the trailer section and an empty line end the body."
            .to_string();
        match c.size_value {
            Some(0) => {
                e.title = "Last chunk (size 0)".to_string();
                e.row("Octets", "0: the last chunk");
            }
            Some(n) => {
                e.title = format!("Chunk size {hex} ({})", plural(n, "octet"));
                e.row("Octets", format!("{n} (hexadecimal {hex})"));
            }
            None => {
                e.title = format!("Chunk size {hex} (invalid)");
                e.row("Invalid", "not a hexadecimal number that fits in 64 bits");
            }
        }
        e.row("Chunk", format!("{} of {}", i + 1, chunks.len()));
        e
    }

    fn chunk_extension(&self, m: &Message, i: usize) -> Explanation {
        let Some(c) = m.body.chunks.get(i) else {
            return self.body(m);
        };
        let mut e = Explanation::new(m, Element::ChunkExtension, c.ext);
        e.title = "Chunk extension".to_string();
        e.section = Some(spec::RFC9112_7_1_1);
        e.summary = "Metadata about one chunk, as \";name\" or \";name=value\" after its size. A \
                     recipient ignores extensions it does not understand."
            .to_string();
        let ext = self.text(c.ext);
        if let Err((a, b)) = crate::fields::chunk_ext::check(ext) {
            e.row(
                "Invalid",
                format!(
                    "not chunk-ext syntax at \"{}\"",
                    lossy(ext.get(a..b.max(a)).unwrap_or_default())
                ),
            );
            return e;
        }
        for piece in ext.split(|&b| b == b';').skip(1) {
            let piece = lossy(piece);
            let (name, value) = match piece.split_once('=') {
                Some((n, v)) => (n.trim().to_string(), v.trim().to_string()),
                None => (piece.trim().to_string(), "(no value)".to_string()),
            };
            e.row(name, value);
        }
        e
    }

    fn chunk_data(&self, m: &Message, i: usize) -> Explanation {
        let chunks = &m.body.chunks;
        let Some(c) = chunks.get(i) else {
            return self.body(m);
        };
        let mut e = Explanation::new(m, Element::ChunkData, c.data);
        let len = c.data.len() as u64;
        e.title = format!("Chunk data ({})", plural(len, "octet"));
        e.section = Some(spec::RFC9112_7_1);
        e.summary = "The data of one chunk. The content is the data of all chunks joined, once \
                     the transfer coding is removed."
            .to_string();
        let before: u64 = chunks.iter().take(i).map(|c| c.data.len() as u64).sum();
        e.row("Octets", len.to_string());
        e.row("Chunk", format!("{} of {}", i + 1, chunks.len()));
        e.row(
            "Content offset",
            format!("octets {before} to {} of the content", before + len),
        );
        e
    }
}

/// "RFC 9110 §15.5.5".
fn reference(rfc: u16, section: &str) -> String {
    format!("RFC {rfc} §{section}")
}

/// Splits an origin-form or path at `?`.
fn split_query(t: &[u8]) -> (&[u8], Option<&[u8]>) {
    match t.iter().position(|&b| b == b'?') {
        Some(q) => (
            t.get(..q).unwrap_or_default(),
            Some(t.get(q + 1..).unwrap_or_default()),
        ),
        None => (t, None),
    }
}

/// The status codes RFC 9110 §15.1 defines as heuristically cacheable.
const HEURISTICALLY_CACHEABLE: [u16; 12] =
    [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

/// What a class of status codes means, in the words of RFC 9110 §15.
fn class_meaning(class: status::Class) -> &'static str {
    match class {
        status::Class::Informational => "the request was received, continuing process",
        status::Class::Successful => {
            "the request was successfully received, understood, and accepted"
        }
        status::Class::Redirection => {
            "further action needs to be taken in order to complete the request"
        }
        status::Class::ClientError => "the request contains bad syntax or cannot be fulfilled",
        status::Class::ServerError => "the server failed to fulfill an apparently valid request",
    }
}

/// How far `timestamp` is from `options.now`, when that is set.
fn relative(options: &Options, timestamp: i64) -> Option<String> {
    let now = options.now?;
    let delta = timestamp.saturating_sub(now);
    Some(match delta {
        0 => "now".to_string(),
        d if d < 0 => format!("{} ago", text::span(d.unsigned_abs())),
        d => format!("in {}", text::span(d.unsigned_abs())),
    })
}

#[cfg(test)]
mod tests;
