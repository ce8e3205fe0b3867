//! How long the message body is: RFC 9112 §6.3, decided once, as its numbered steps.
//!
//! [`decide`] reads the header section (and, for a response, the method of the request it
//! answers) and returns the [`Framing`]; the parser then reads the body accordingly. Rules
//! read `message.body.framing` instead of deciding again.

use super::message::{FieldLine, Framing, MessageKind};
use crate::fields::content_length::{self, ContentLength};
use crate::fields::known::KnownField;
use crate::fields::transfer_encoding;
use crate::span::Span;

/// Decides the framing of a message from its kind, status code, header fields and, for a
/// response, the method of the request it answers.
pub fn decide(
    input: &[u8],
    kind: MessageKind,
    status: Option<u16>,
    fields: &[FieldLine],
    request_method: Option<&[u8]>,
) -> Framing {
    let text = |s: Span| s.slice(input);
    if kind == MessageKind::Response {
        let status = status.unwrap_or(0);
        // 1. "Any response to a HEAD request and any response with a 1xx (Informational),
        //    204 (No Content), or 304 (Not Modified) status code is always terminated by
        //    the first empty line after the header fields"
        if request_method == Some(b"HEAD") || (100..200).contains(&status) && status != 101 {
            return Framing::NoContent;
        }
        if status == 204 || status == 304 {
            return Framing::NoContent;
        }
        // 2. "Any 2xx (Successful) response to a CONNECT request implies that the
        //    connection will become a tunnel immediately after the empty line". A 101
        //    response does the same by switching protocols (RFC 9110 §15.2.2).
        if request_method == Some(b"CONNECT") && (200..300).contains(&status) || status == 101 {
            return Framing::Tunnel;
        }
    }
    // 3. and 4. Transfer-Encoding overrides Content-Length; chunked must be final.
    let mut te_present = false;
    let mut last_chunked = false;
    for field in fields
        .iter()
        .filter(|f| f.known == Some(KnownField::TransferEncoding))
    {
        te_present = true;
        let value = text(field.value);
        if let Some(last) = transfer_encoding::codings(value).last() {
            last_chunked = last.is_chunked(value);
        }
    }
    if te_present {
        return if last_chunked {
            Framing::Chunked
        } else {
            Framing::TransferEncodingNotChunked
        };
    }
    // 5. and 6. Content-Length: valid, or an unrecoverable error.
    let mut length: Option<u64> = None;
    for field in fields
        .iter()
        .filter(|f| f.known == Some(KnownField::ContentLength))
    {
        let n = match content_length::parse(text(field.value)) {
            ContentLength::Valid(n) | ContentLength::RepeatedList(n) => n,
            ContentLength::Invalid(_) => return Framing::InvalidContentLength,
        };
        match length {
            Some(prev) if prev != n => return Framing::InvalidContentLength,
            _ => length = Some(n),
        }
    }
    if let Some(n) = length {
        return Framing::ContentLength(n);
    }
    // 7. A request without either field has no content; 8. a response runs to close.
    match kind {
        MessageKind::Response => Framing::UntilClose,
        MessageKind::Request | MessageKind::Unknown => Framing::Zero,
    }
}
