//! The parsed form of an HTTP/1.x message: spans into the caller's input, never copies.

use crate::fields::known::KnownField;
use crate::span::Span;

/// Whether a message is a request or a response, judged from its first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// A request: the first line is a request-line.
    Request,
    /// A response: the first line is a status-line.
    Response,
    /// No start line: the input begins with header fields.
    Unknown,
}

/// An `HTTP-version` (RFC 9112 §2.3) as parsed from the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    /// The major version digit.
    pub major: u8,
    /// The minor version digit.
    pub minor: u8,
}

impl Version {
    /// HTTP/1.0.
    pub const HTTP_1_0: Version = Version { major: 1, minor: 0 };
    /// HTTP/1.1.
    pub const HTTP_1_1: Version = Version { major: 1, minor: 1 };
}

/// The request-line (RFC 9112 §3): `method SP request-target SP HTTP-version`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    /// The method.
    pub method: Span,
    /// The request-target; zero-length where it is missing.
    pub target: Span,
    /// The HTTP-version; zero-length where it is missing.
    pub version: Span,
}

/// The status-line (RFC 9112 §4): `HTTP-version SP status-code SP [ reason-phrase ]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    /// The HTTP-version.
    pub version: Span,
    /// The status code text; zero-length where it is missing.
    pub status: Span,
    /// The reason phrase, possibly empty.
    pub reason: Span,
}

/// The first line of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartLine {
    /// A request-line.
    Request(RequestLine),
    /// A status-line.
    Status(StatusLine),
    /// None: the message starts with a field line.
    Missing,
}

/// One field line (RFC 9112 §5): `field-name ":" OWS field-value OWS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldLine {
    /// The whole field line without its line terminator, including any obs-fold
    /// continuation lines.
    pub line: Span,
    /// The field name (as sent, before any whitespace ahead of the colon).
    pub name: Span,
    /// The field value without leading and trailing whitespace.
    pub value: Span,
    /// The field name, if wirelint knows it.
    pub known: Option<KnownField>,
    /// True when the value continues on obs-fold lines (RFC 9112 §5.2).
    pub folded: bool,
}

/// How the length of the message body was decided: the steps of RFC 9112 §6.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Step 1: a response to HEAD, or a 1xx, 204 or 304 response: no content.
    NoContent,
    /// Step 2: a 2xx response to CONNECT (or a 101 switching protocols): what follows
    /// is tunnel data, not HTTP.
    Tunnel,
    /// Steps 3 and 4: Transfer-Encoding with chunked as the final coding.
    Chunked,
    /// Step 4: Transfer-Encoding without chunked as the final coding. A response is read
    /// until the connection closes; a request cannot be framed.
    TransferEncodingNotChunked,
    /// Step 5: an invalid Content-Length and no Transfer-Encoding: unrecoverable.
    InvalidContentLength,
    /// Step 6: a valid Content-Length.
    ContentLength(u64),
    /// Step 7: a request with neither field: no content.
    Zero,
    /// Step 8: a response with neither field: content runs until the connection closes.
    UntilClose,
}

impl Framing {
    /// The step of RFC 9112 §6.3 that decided this framing.
    pub fn step(self) -> u8 {
        match self {
            Framing::NoContent => 1,
            Framing::Tunnel => 2,
            Framing::Chunked | Framing::TransferEncodingNotChunked => 4,
            Framing::InvalidContentLength => 5,
            Framing::ContentLength(_) => 6,
            Framing::Zero => 7,
            Framing::UntilClose => 8,
        }
    }
}

/// One chunk of the chunked transfer coding (RFC 9112 §7.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// The chunk-size line without its terminator.
    pub line: Span,
    /// The chunk-size hex digits.
    pub size: Span,
    /// The chunk extensions (from the first `;`), possibly empty.
    pub ext: Span,
    /// The chunk data (empty for the last chunk).
    pub data: Span,
    /// The parsed size; `None` when it is not a valid hex number or overflows.
    pub size_value: Option<u64>,
}

/// The message body (RFC 9112 §6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// How its length was decided.
    pub framing: Framing,
    /// The body's bytes as framed (for chunked: chunks and trailer section).
    pub span: Span,
    /// The chunks, for a chunked body.
    pub chunks: Vec<Chunk>,
    /// Trailer fields of a chunked body.
    pub trailers: Vec<FieldLine>,
    /// False when the input ended before the framing said the body ends.
    pub complete: bool,
    /// Data after the framed body that is not another message: content the framing does
    /// not account for.
    pub excess: Option<Span>,
}

/// One HTTP/1.x message found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Position in the input: 0 for the first message.
    pub index: u32,
    /// Request, response, or unknown.
    pub kind: MessageKind,
    /// The whole message.
    pub span: Span,
    /// The start line without its terminator; zero-length where it is missing.
    pub start_line_span: Span,
    /// The start line's parts.
    pub start_line: StartLine,
    /// The parsed HTTP-version, when it is well-formed.
    pub version: Option<Version>,
    /// The parsed status code, when it is three digits.
    pub status_code: Option<u16>,
    /// The header section's field lines, in order.
    pub fields: Vec<FieldLine>,
    /// The empty line that ends the header section (with its terminator); zero-length
    /// where it is missing.
    pub header_end: Span,
    /// The body.
    pub body: Body,
    /// For a response: the index of the request it answers, when that request is in the input.
    pub request: Option<u32>,
    /// After a 101 response or a 2xx response to CONNECT: the rest of the input, which is
    /// not HTTP/1.1.
    pub tunnel: Option<Span>,
    /// One bit per [`KnownField`] present in the header section, so that the many rules
    /// that look for one field answer "absent" without scanning the field lines.
    pub known_mask: u128,
}

impl Message {
    /// True for a request.
    pub fn is_request(&self) -> bool {
        self.kind == MessageKind::Request
    }

    /// True for a response.
    pub fn is_response(&self) -> bool {
        self.kind == MessageKind::Response
    }

    /// The request-line, for a request.
    pub fn request_line(&self) -> Option<&RequestLine> {
        match &self.start_line {
            StartLine::Request(r) => Some(r),
            _ => None,
        }
    }

    /// The status-line, for a response.
    pub fn status_line(&self) -> Option<&StatusLine> {
        match &self.start_line {
            StartLine::Status(s) => Some(s),
            _ => None,
        }
    }

    /// The HTTP-version span of the start line.
    pub fn version_span(&self) -> Option<Span> {
        match &self.start_line {
            StartLine::Request(r) => Some(r.version),
            StartLine::Status(s) => Some(s.version),
            StartLine::Missing => None,
        }
    }

    /// The header fields with this known name, in order.
    pub fn fields_named(&self, name: KnownField) -> impl Iterator<Item = &FieldLine> + '_ {
        let fields: &[FieldLine] = if self.has(name) { &self.fields } else { &[] };
        fields.iter().filter(move |f| f.known == Some(name))
    }

    /// The first header field with this known name.
    pub fn field(&self, name: KnownField) -> Option<&FieldLine> {
        if !self.has(name) {
            return None;
        }
        self.fields.iter().find(|f| f.known == Some(name))
    }

    /// True when a header field with this known name is present.
    pub fn has(&self, name: KnownField) -> bool {
        self.known_mask & name.bit() != 0
    }
}
