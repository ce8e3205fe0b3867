//! What the method and status rules ask of a message, or of a request and its response:
//! the method, the status code, how much content there is, and where a missing field
//! would be. Read from the parsed [`Message`]; nothing here re-scans the input.

use crate::context::Context;
use crate::fields::content_range;
use crate::fields::date;
use crate::fields::etag::{self, EntityTag, TagList};
use crate::fields::known::KnownField;
use crate::fields::media_type::{self, MediaType};
use crate::fields::multipart::{self, Multipart};
use crate::fields::range::{self, Ranges};
use crate::parse::message::{Framing, Message, Version};
use crate::registry::Rule;
use crate::span::Span;
use crate::status;

/// The method of a request, as sent; `None` for a response or an empty method.
pub fn method<'a>(input: &'a [u8], m: &Message) -> Option<&'a [u8]> {
    m.request_line()
        .map(|r| r.method.slice(input))
        .filter(|s| !s.is_empty())
}

/// True when `m` is a request whose method is exactly `name`.
pub fn method_is(input: &[u8], m: &Message, name: &str) -> bool {
    method(input, m) == Some(name.as_bytes())
}

/// The span of a request's method, or of its start line.
pub fn method_span(m: &Message) -> Span {
    m.request_line().map_or(m.start_line_span, |r| r.method)
}

/// The status code of a response.
pub fn status(m: &Message) -> Option<u16> {
    m.status_code.filter(|_| m.is_response())
}

/// The span of a response's status code, or of its start line.
pub fn status_span(m: &Message) -> Span {
    m.status_line().map_or(m.start_line_span, |s| s.status)
}

/// `405 (Method Not Allowed)`, or just `499` for an unregistered code.
pub fn status_name(code: u16) -> String {
    match status::lookup(code) {
        Some(s) => format!("{code} ({})", s.reason),
        None => code.to_string(),
    }
}

/// The zero-length span where a missing header field was expected: the end of the last
/// field line, or of the start line when there is none.
pub fn missing_field_span(m: &Message) -> Span {
    let at = m
        .fields
        .last()
        .map_or(m.start_line_span.end, |f| f.line.end);
    Span { start: at, end: at }
}

/// How many octets of content the message has, as far as its framing tells: the
/// Content-Length, the sum of the chunk sizes, or the octets up to the end of the input
/// for a response delimited by closing the connection. `None` when the length cannot be
/// known (an invalid Content-Length).
pub fn content_octets(m: &Message) -> Option<u64> {
    match m.body.framing {
        Framing::NoContent | Framing::Tunnel | Framing::Zero => Some(0),
        Framing::ContentLength(n) => Some(n),
        Framing::Chunked => Some(
            m.body
                .chunks
                .iter()
                .filter_map(|c| c.size_value)
                .fold(0u64, u64::saturating_add),
        ),
        Framing::UntilClose | Framing::TransferEncodingNotChunked => Some(m.body.span.len() as u64),
        Framing::InvalidContentLength => None,
    }
}

/// True when the message carries content (at least one octet).
pub fn has_content(m: &Message) -> bool {
    content_octets(m).is_some_and(|n| n > 0)
}

/// True when the framing says, explicitly, that there is no content: `Content-Length: 0`,
/// or a complete chunked body with only the last chunk. A response that runs to the end of
/// the input is not explicit: pasted text often stops after the header section.
pub fn explicitly_empty(m: &Message) -> bool {
    match m.body.framing {
        Framing::ContentLength(n) => n == 0,
        Framing::Chunked => m.body.complete && content_octets(m) == Some(0),
        _ => false,
    }
}

/// Describes the content for a message: `12 octets of content`, or `chunked content`.
pub fn describe_content(m: &Message) -> String {
    match (m.body.framing, content_octets(m)) {
        (Framing::Chunked, _) => "chunked content".to_string(),
        (_, Some(1)) => "1 octet of content".to_string(),
        (_, Some(n)) => format!("{n} octets of content"),
        (_, None) => "content".to_string(),
    }
}

/// The span that shows the content: the body, or the framing field when the body is not
/// in the input.
pub fn content_span(m: &Message) -> Span {
    if !m.body.span.is_empty() {
        return m.body.span;
    }
    m.fields
        .iter()
        .find(|f| {
            matches!(
                f.known,
                Some(KnownField::ContentLength | KnownField::TransferEncoding)
            )
        })
        .map_or(m.start_line_span, |f| f.line)
}

/// True when a header field with this name is present with a non-empty value.
pub fn has_value(m: &Message, name: KnownField) -> bool {
    m.fields_named(name).any(|f| !f.value.is_empty())
}

/// The field's name and value text, for a message: `Content-Type: text/html`.
pub fn field_text(input: &[u8], f: &crate::parse::message::FieldLine) -> String {
    crate::context::quote(f.line.slice(input))
}

/// `HTTP/1.0` for a message's version, when it parsed.
pub fn version_name(v: Version) -> String {
    format!("HTTP/{}.{}", v.major, v.minor)
}

/// An If-Match or If-None-Match condition, over all its field lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagCondition {
    /// No such field.
    Absent,
    /// `*`, in this field value.
    Any(Span),
    /// Entity tags, each with the field value it was read from.
    Tags(Vec<(Span, EntityTag)>),
    /// A value that is not a valid list: a recipient cannot evaluate it.
    Invalid,
}

impl TagCondition {
    /// The first field value, for a label.
    pub fn span(&self) -> Option<Span> {
        match self {
            TagCondition::Any(s) => Some(*s),
            TagCondition::Tags(t) => t.first().map(|(s, _)| *s),
            TagCondition::Absent | TagCondition::Invalid => None,
        }
    }
}

/// Reads the `name` condition (If-Match or If-None-Match) of a request.
pub fn tag_condition(input: &[u8], m: &Message, name: KnownField) -> TagCondition {
    let mut tags = Vec::new();
    let mut any = None;
    for f in m.fields_named(name) {
        match etag::list(f.value.slice(input)) {
            Some(TagList::Any) => any = Some(f.value),
            Some(TagList::Tags(t)) => tags.extend(t.into_iter().map(|t| (f.value, t))),
            None => return TagCondition::Invalid,
        }
    }
    match (any, tags.is_empty()) {
        (Some(_), false) => TagCondition::Invalid,
        (Some(span), true) => TagCondition::Any(span),
        (None, false) => TagCondition::Tags(tags),
        (None, true) => TagCondition::Absent,
    }
}

/// The value span of the `name` header field when the message has exactly one: with
/// several, a recipient cannot tell which one the sender meant.
pub fn only_field(m: &Message, name: KnownField) -> Option<Span> {
    let mut fields = m.fields_named(name);
    let f = fields.next()?;
    fields.next().is_none().then_some(f.value)
}

/// The entity tag of a response's ETag field, with its value span, when there is exactly
/// one valid one.
pub fn response_etag(input: &[u8], m: &Message) -> Option<(Span, EntityTag)> {
    let value = only_field(m, KnownField::ETag)?;
    etag::parse(value.slice(input)).map(|t| (value, t))
}

/// The timestamp of a date field (Last-Modified, If-Modified-Since …), with its value
/// span, when the message has exactly one and it is a valid HTTP-date.
pub fn date_field(input: &[u8], m: &Message, name: KnownField) -> Option<(Span, i64)> {
    let value = only_field(m, name)?;
    date::parse(value.slice(input))
        .ok()
        .map(|d| (value, d.timestamp))
}

/// The value of a message's Range field, parsed, when there is exactly one.
pub fn range(input: &[u8], m: &Message) -> Option<(Span, Ranges)> {
    let value = only_field(m, KnownField::Range)?;
    range::parse(value.slice(input)).map(|r| (value, r))
}

/// The value of a request's Range field, parsed, when there is exactly one and its unit
/// is `bytes`.
pub fn byte_ranges(input: &[u8], m: &Message) -> Option<(Span, Ranges)> {
    range(input, m).filter(|(span, r)| r.is_bytes(span.slice(input)))
}

/// For a 206 (Partial Content) response to a request in the input: the request's bytes
/// Range (see [`byte_ranges`]), which the parts of the response answer.
pub fn requested_byte_ranges(cx: &Context<'_>) -> Option<(Span, Ranges)> {
    let request = cx.request?;
    if status(cx.message) != Some(206) {
        return None;
    }
    byte_ranges(cx.input, request)
}

/// The value of a message's Content-Range field, parsed, when there is exactly one.
pub fn content_range(input: &[u8], m: &Message) -> Option<(Span, content_range::Parsed)> {
    let value = only_field(m, KnownField::ContentRange)?;
    content_range::parse(value.slice(input)).map(|r| (value, r))
}

/// The Content-Type value span and media type of a message whose Content-Type is
/// `multipart/byteranges`.
pub fn byteranges_type(input: &[u8], m: &Message) -> Option<(Span, MediaType)> {
    let f = m.field(KnownField::ContentType)?;
    let value = f.value.slice(input);
    media_type::parse(value)
        .ok()
        .filter(|t| t.is(value, "multipart", "byteranges"))
        .map(|t| (f.value, t))
}

/// The body parts of a `multipart/byteranges` message whose body is one contiguous span
/// of the input (framed by Content-Length or by closing the connection, not chunked),
/// with that span.
pub fn byterange_parts(input: &[u8], m: &Message) -> Option<(Span, Multipart)> {
    let (ct, t) = byteranges_type(input, m)?;
    let boundary = t.param(ct.slice(input), "boundary")?.value(ct.slice(input));
    let contiguous = matches!(
        m.body.framing,
        Framing::ContentLength(_) | Framing::UntilClose
    );
    if !contiguous {
        return None;
    }
    let body = m.body.span;
    Some((body, multipart::parse(body.slice(input), &boundary)))
}

/// The value spans of every Content-Range of a message: its header fields (not folded
/// ones, which are `obs-fold`'s), then those of the body parts of `multipart/byteranges`
/// content (see [`byterange_parts`]).
pub fn content_range_values(input: &[u8], m: &Message) -> Vec<Span> {
    let mut values: Vec<Span> = m
        .fields_named(KnownField::ContentRange)
        .filter(|f| !f.folded)
        .map(|f| f.value)
        .collect();
    values.extend(body_part_content_ranges(input, m));
    values
}

/// The value spans of the Content-Range fields in the body parts of `multipart/byteranges`
/// content (see [`byterange_parts`]); none for other content.
pub fn body_part_content_ranges(input: &[u8], m: &Message) -> Vec<Span> {
    let Some((body, multipart)) = byterange_parts(input, m) else {
        return Vec::new();
    };
    let content = body.slice(input);
    multipart
        .parts
        .iter()
        .filter_map(|p| p.field(content, "content-range"))
        .map(|f| body.sub(f.value.0, f.value.1))
        .collect()
}

/// Reports `rule` on a `code` response without a `name` header field (with a non-empty
/// value), at the zero-length span where the field was expected. Shared by the rules that
/// require a field in one status code (401, 405, 407, 3xx …).
pub(crate) fn require_field(
    cx: &mut Context<'_>,
    rule: impl Rule,
    code: u16,
    name: KnownField,
    help: &str,
) {
    let m = cx.message;
    if status(m) != Some(code) || has_value(m, name) {
        return;
    }
    let what = status_name(code);
    cx.report(
        rule,
        missing_field_span(m),
        format!("{what} response has no {} header field", name.name()),
    )
    .label(status_span(m), "status code")
    .help(help);
}

/// Reports `rule` on a `method` request that carries content. Shared by the rules on
/// content in GET, HEAD, DELETE, TRACE and CONNECT requests.
pub(crate) fn content_in_request(cx: &mut Context<'_>, rule: impl Rule, method: &str, help: &str) {
    let m = cx.message;
    if !method_is(cx.input, m, method) || !has_content(m) {
        return;
    }
    let what = describe_content(m);
    cx.report(
        rule,
        content_span(m),
        format!("{method} request has {what}"),
    )
    .label(method_span(m), "method")
    .help(help);
}

/// True when `m` is a GET or HEAD request: the methods for which a server evaluates
/// If-None-Match and If-Modified-Since (RFC 9110 §13.1.2, §13.1.3).
pub fn is_get_or_head(input: &[u8], m: &Message) -> bool {
    method_is(input, m, "GET") || method_is(input, m, "HEAD")
}

/// For a 2xx (Successful) response to a GET or HEAD request in the input: the request
/// and the status code. A server that sends one has found the request's preconditions
/// true, which the `if-*-ignored` rules check against the response's validators.
pub fn success_to_get_or_head<'a>(cx: &Context<'a>) -> Option<(&'a Message, u16)> {
    let request = cx.request?;
    let code = status(cx.message).filter(|c| (200..300).contains(c))?;
    is_get_or_head(cx.input, request).then_some((request, code))
}

/// A request's date condition (If-Modified-Since or If-Unmodified-Since) next to the
/// Last-Modified of the response, each the value span and timestamp of exactly one valid
/// HTTP-date (see [`date_field`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCondition {
    /// The request's condition field value.
    pub since_span: Span,
    /// The date the condition gives.
    pub since: i64,
    /// The response's Last-Modified value.
    pub modified_span: Span,
    /// The date Last-Modified gives.
    pub modified: i64,
}

/// Reads the `name` date condition of `request` and the Last-Modified of `response`.
pub fn date_condition(
    input: &[u8],
    request: &Message,
    name: KnownField,
    response: &Message,
) -> Option<DateCondition> {
    let (since_span, since) = date_field(input, request, name)?;
    let (modified_span, modified) = date_field(input, response, KnownField::LastModified)?;
    Some(DateCondition {
        since_span,
        since,
        modified_span,
        modified,
    })
}

/// Reports `rule` on each `name` field line (Content-Length, Transfer-Encoding) of a 2xx
/// response to a CONNECT request in the input: after its header section the connection
/// is a tunnel (RFC 9110 §9.3.6, RFC 9112 §6.3).
pub(crate) fn field_in_connect_success(cx: &mut Context<'_>, rule: impl Rule, name: KnownField) {
    let Some(code) = cx.message.status_code else {
        return;
    };
    let Some(line) = cx.request.and_then(|r| r.request_line()) else {
        return;
    };
    if !(200..300).contains(&code) || cx.text(line.method) != b"CONNECT" {
        return;
    }
    let field_name = name.name();
    for field in cx.message.fields_named(name) {
        cx.report(
            rule,
            field.line,
            format!("{code} response to CONNECT carries {field_name}"),
        )
        .label(line.method, "CONNECT request")
        .help(format!(
            "Remove {field_name}; after this response the connection is a tunnel"
        ));
    }
}

/// Reports `rule` on each `name` field line (Content-Length, Transfer-Encoding) of a 1xx
/// (Informational) or 204 (No Content) response, which has no content.
pub(crate) fn field_in_no_content_response(
    cx: &mut Context<'_>,
    rule: impl Rule,
    name: KnownField,
) {
    let Some(code) = cx.message.status_code else {
        return;
    };
    if !((100..200).contains(&code) || code == 204) {
        return;
    }
    let field_name = name.name();
    for field in cx.message.fields_named(name) {
        cx.report(
            rule,
            field.line,
            format!("{code} response carries {field_name}"),
        )
        .help(format!("Remove {field_name}; this response has no content"));
    }
}

/// Reports `rule` on the octets that follow the header section of a response whose
/// status code (`applies`) means it has no content, where the parser read them as
/// excess rather than as a body.
pub(crate) fn content_after_bodiless_status(
    cx: &mut Context<'_>,
    rule: impl Rule,
    applies: impl Fn(u16) -> bool,
    help: &str,
) {
    let m = cx.message;
    let Some(c) = m.status_code else { return };
    if !applies(c) || m.body.framing != Framing::NoContent {
        return;
    }
    let Some(excess) = m.body.excess else { return };
    let Some(line) = m.status_line() else { return };
    let n = excess.len();
    let shown = cx.quote(excess);
    cx.report(
        rule,
        excess,
        format!("{c} response is followed by {n} octets of content: \"{shown}\""),
    )
    .label(line.status, "status code")
    .help(help);
}

/// Reports `rule` on a 4xx or 5xx response (`class` 4 or 5) whose framing says
/// explicitly that it has no content to explain the error.
pub(crate) fn error_without_content(cx: &mut Context<'_>, rule: impl Rule, class: u16) {
    let m = cx.message;
    let Some(code) = status(m).filter(|c| c / 100 == class) else {
        return;
    };
    if !explicitly_empty(m) {
        return;
    }
    cx.report(
        rule,
        content_span(m),
        format!(
            "{} response has no content explaining the error",
            status_name(code)
        ),
    )
    .label(status_span(m), "status code")
    .help("Explain the error in the content, e.g. as text/plain or application/problem+json");
}

/// Reports `rule` on a `code` response to a request in the input that has no `name`
/// field, which that status code answers (417 and Expect, 206 and 416 and Range).
pub(crate) fn status_without_request_field(
    cx: &mut Context<'_>,
    rule: impl Rule,
    code: u16,
    name: KnownField,
    help: &str,
) {
    let m = cx.message;
    let Some(request) = cx.request else { return };
    if status(m) != Some(code) || request.has(name) {
        return;
    }
    let field_name = name.name();
    cx.report(
        rule,
        status_span(m),
        format!(
            "{} response to a request without {field_name}",
            status_name(code)
        ),
    )
    .label(
        request.start_line_span,
        format!("request without {field_name}"),
    )
    .help(help);
}

/// Reports `rule` on each `name` field line of a request whose method is none of
/// `methods`, which alone define what the field means; `why` ends the message.
pub(crate) fn field_with_other_method(
    cx: &mut Context<'_>,
    rule: impl Rule,
    name: KnownField,
    methods: &[&str],
    why: &str,
    help: &str,
) {
    let m = cx.message;
    let Some(method) = self::method(cx.input, m) else {
        return;
    };
    if methods.iter().any(|&known| method == known.as_bytes()) {
        return;
    }
    let shown = crate::context::quote(method);
    let field_name = name.name();
    for field in m.fields_named(name) {
        cx.report(
            rule,
            field.line,
            format!("{field_name} in a {shown} request is ignored: {why}"),
        )
        .label(method_span(m), "method")
        .help(help);
    }
}

/// Reports `rule` on each field line of an If-Match or If-None-Match (`name`) that is
/// not `"*" / #entity-tag`, and on a `*` line when other lines of the same field follow
/// or precede it (together they form a list with `*` in it). Shared by
/// `if-match-invalid` and `if-none-match-invalid`. Folded values are `obs-fold`'s; an
/// empty value is an empty list, which the grammar allows.
pub(crate) fn report_tag_list(cx: &mut Context<'_>, rule: impl Rule, name: KnownField) {
    let m = cx.message;
    let field_name = name.name();
    let help = "Send \"*\" alone, or a comma-separated list of entity tags in double quotes, \
                such as \"xyzzy\", \"r2d2xxxx\"";
    let mut quote_it = None;
    let mut wildcard = None;
    let mut members = 0usize;
    for f in m.fields_named(name).filter(|f| !f.folded) {
        let value = f.value.slice(cx.input);
        let (span, message) = match etag::check_list(value) {
            Ok(TagList::Any) => {
                wildcard = wildcard.or(Some(f.value));
                members += 1;
                continue;
            }
            Ok(TagList::Tags(_)) => {
                members += 1;
                continue;
            }
            Err(etag::ListError::Empty) => continue,
            Err(etag::ListError::Wildcard(a, b)) => {
                let shown = cx.quote(f.value);
                let message = format!("{field_name} {shown} combines \"*\" with other members");
                (f.value.sub(a, b), message)
            }
            Err(etag::ListError::Tag((a, b), e)) => {
                let member = cx.quote(f.value.sub(a, b));
                let text = value.get(a..b).unwrap_or_default();
                if e.problem == etag::TagProblem::Unquoted && etag::quotable(text) {
                    quote_it = Some(format!(
                        "Put each entity tag in double quotes: \"{member}\""
                    ));
                }
                let message = match e.problem {
                    etag::TagProblem::BadChar => format!(
                        "{field_name} member {member} {}: \"{}\"",
                        e.problem.describe(),
                        cx.quote(f.value.sub(e.start, e.end))
                    ),
                    p => format!("{field_name} member {member} {}", p.describe()),
                };
                (f.value.sub(e.start, e.end), message)
            }
        };
        cx.report(rule, span, message)
            .help(quote_it.take().unwrap_or_else(|| help.to_string()));
    }
    let Some(span) = wildcard.filter(|_| members > 1) else {
        return;
    };
    cx.report(
        rule,
        span,
        format!("{field_name} \"*\" is combined with other {field_name} field lines"),
    )
    .help(help);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn first(input: &[u8]) -> Message {
        crate::lint(input, &Options::default())
            .messages
            .into_iter()
            .next()
            .unwrap()
    }

    #[test]
    fn content() {
        let table: &[(&[u8], Option<u64>, bool)] = &[
            (b"GET / HTTP/1.1\r\nHost: a\r\n\r\n", Some(0), false),
            (
                b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
                Some(0),
                true,
            ),
            (
                b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi",
                Some(2),
                false,
            ),
            (
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n",
                Some(2),
                false,
            ),
            (
                b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                Some(0),
                true,
            ),
            (b"HTTP/1.1 200 OK\r\n\r\n", Some(0), false),
            (b"HTTP/1.1 200 OK\r\n\r\nhello", Some(5), false),
            (b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", None, false),
        ];
        for &(input, octets, empty) in table {
            let m = first(input);
            assert_eq!(content_octets(&m), octets, "{input:?}");
            assert_eq!(explicitly_empty(&m), empty, "{input:?}");
        }
        assert_eq!(status_name(405), "405 (Method Not Allowed)");
        assert_eq!(status_name(499), "499");
    }
}
