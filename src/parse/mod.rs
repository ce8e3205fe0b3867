//! The tolerant parser: bytes in, messages with spans out, never an error.
//!
//! The input is read line by line ([`lines`]). At each message boundary the next non-empty
//! line is classified: a status-line (`HTTP/…`) starts a response, a request-line
//! (`METHOD target HTTP/…`) a request. Anything else either continues the previous message
//! (content its framing did not account for, kept as `body.excess`) or, at the start of
//! the input, is an invalid start line or a header section without one. Field lines follow
//! until the empty line; the body is then read by the framing decided in [`framing`], as
//! RFC 9112 §6.3 says. A response is paired with the oldest request still waiting for a
//! final response, so that HEAD and CONNECT frame their responses as they should.
//!
//! Every irregularity becomes a finding and parsing goes on the way a lenient recipient
//! would (RFC 9112 §2.2, §5.1, §5.2, §6.3, §7.1). Where the input has no CR at all and
//! `lineEndings` is auto, LF stands for CRLF; a body length is then checked both ways
//! (see [`Parser::fixed_length`]).

pub mod framing;
pub mod grammar;
pub mod lines;
pub mod message;

use crate::context::Sink;
use crate::fields::known::KnownField;
use crate::fields::list_contains;
use crate::rules::message::{
    bare_cr::BareCr, bare_lf::BareLf, chunk_data_unterminated::ChunkDataUnterminated,
    chunk_size_invalid::ChunkSizeInvalid, empty_line_before_request::EmptyLineBeforeRequest,
    field_line_invalid::FieldLineInvalid, header_section_unterminated::HeaderSectionUnterminated,
    line_endings_assumed::LineEndingsAssumed, message_incomplete::MessageIncomplete,
    start_line_invalid::StartLineInvalid, start_line_missing::StartLineMissing,
    whitespace_after_start_line::WhitespaceAfterStartLine,
};
use crate::span::Span;
use crate::{LineEndings, Options};
use grammar::{is_hexdig, is_ows, is_tchar, trim_ows};
use lines::{read_line, Line, Terminator};
use message::{
    Body, Chunk, FieldLine, Framing, Message, MessageKind, RequestLine, StartLine, StatusLine,
    Version,
};
use std::collections::VecDeque;

/// True when every LF of `input` stands for CRLF: line endings `auto` and no CR at all
/// (pasted text). Rules that count octets say so in their messages.
pub fn lf_as_crlf(input: &[u8], options: &Options) -> bool {
    options.line_endings == LineEndings::Auto && !input.contains(&b'\r')
}

/// Parses every message in `input`, reporting syntax problems to `sink`.
pub fn parse(input: &[u8], options: &Options, sink: &mut Sink) -> Vec<Message> {
    let lf_as_crlf = lf_as_crlf(input, options);
    let mut parser = Parser {
        input,
        lf_as_crlf,
        sink,
        messages: Vec::new(),
        pending: VecDeque::new(),
        bare_lf: None,
        bare_lf_count: 0,
        expects_continue: false,
    };
    if lf_as_crlf {
        if let Some(lf) = input.iter().position(|&b| b == b'\n') {
            parser.sink.report(
                LineEndingsAssumed,
                None,
                Span::new(lf, lf + 1),
                "The input has no CR: every LF is read as CRLF",
            ).help("Pasted text usually loses its CRs. Choose strict line endings to lint exact bytes, such as a file or a capture");
        }
    }
    parser.run();
    parser.messages
}

/// What the first line of a message looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineClass {
    /// `HTTP/…`: a status-line.
    Status,
    /// `token target HTTP/…`, or `token /target`: a request-line.
    Request,
    /// `token: value`: a field line.
    Field,
    /// Anything else.
    Other,
}

/// Classifies a line as a possible start line.
pub fn classify(text: &[u8]) -> LineClass {
    if text.len() >= 5
        && text
            .get(..5)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"HTTP/"))
    {
        return LineClass::Status;
    }
    let mut words = text.split(|&b| is_ws(b)).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    let second = words.next();
    let rest_last = words.next_back();
    let starts_http = |w: &[u8]| w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"HTTP"));
    if grammar::is_token(first) && text.starts_with(first) {
        let is_request = match (second, rest_last) {
            (Some(_), Some(last)) => starts_http(last),
            (Some(target), None) => {
                starts_http(target)
                    || target.starts_with(b"/")
                    || target == b"*"
                    || target.windows(3).any(|w| w == b"://")
            }
            _ => false,
        };
        if is_request {
            return LineClass::Request;
        }
    }
    // Three or more words ending in `HTTP/…` are a request-line even when the method is
    // not a token or whitespace precedes it (RFC 9112 §3 lets a recipient ignore
    // preceding whitespace), so that method-invalid and request-line-whitespace can say
    // what is wrong. A first word with a colon is more likely a field line, one that does
    // not start like a token (`{`, `<`) content.
    let ends_in_version = rest_last.is_some_and(is_version_like);
    let method_like = first.first().is_some_and(|&b| is_tchar(b)) && !first.contains(&b':');
    if ends_in_version && method_like {
        return LineClass::Request;
    }
    if let Some(colon) = text.iter().position(|&b| b == b':') {
        let name = text.get(..colon).unwrap_or_default();
        let (a, b) = trim_ows(name);
        if a == 0 && grammar::is_token(name.get(..b).unwrap_or_default()) {
            return LineClass::Field;
        }
    }
    LineClass::Other
}

/// Whitespace that separates start-line words (RFC 9112 §3: "SP, HTAB, VT (%x0B), FF
/// (%x0C), or bare CR").
const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | 0x0b | 0x0c | b'\r')
}

/// A line that cannot be a field line and looks like content (`{`, `[`, `<` …): the
/// empty line before the content is probably missing.
fn looks_like_content(text: &[u8]) -> bool {
    text.first().is_some_and(|&b| !is_tchar(b) && !is_ows(b))
}

struct Parser<'a, 's> {
    input: &'a [u8],
    lf_as_crlf: bool,
    sink: &'s mut Sink,
    messages: Vec<Message>,
    /// Requests still waiting for a final response, oldest first.
    pending: VecDeque<u32>,
    /// The first bare LF of the current message, and how many it has.
    bare_lf: Option<usize>,
    bare_lf_count: u32,
    /// The current message is a request with `Expect: 100-continue`.
    expects_continue: bool,
}

impl Parser<'_, '_> {
    fn len(&self) -> usize {
        self.input.len()
    }

    fn run(&mut self) {
        let len = self.len();
        let mut pos = 0;
        loop {
            // Empty lines between messages.
            let blank_start = pos;
            while pos < len {
                let line = read_line(self.input, pos);
                if !line.is_empty() {
                    break;
                }
                pos = line.next;
            }
            if pos >= len {
                break;
            }
            let blank = Span::new(blank_start, pos);
            let line = read_line(self.input, pos);
            let class = classify(line.text(self.input));
            let continues_previous = matches!(class, LineClass::Field | LineClass::Other);
            if continues_previous && !self.messages.is_empty() {
                let end = self.next_start_line(line.next);
                let excess_end = trim_line_ends(self.input, pos, end);
                if let Some(prev) = self.messages.last_mut() {
                    prev.body.excess = Some(Span::new(pos, excess_end));
                    prev.span.end = Span::new(pos, excess_end).end;
                }
                pos = end;
                continue;
            }
            let index = self.messages.len();
            let at_start = index == 0;
            if !blank.is_empty() && class == LineClass::Request && (!at_start || !self.lf_as_crlf) {
                self.sink
                    .report(
                        EmptyLineBeforeRequest,
                        u32::try_from(index).ok(),
                        blank,
                        "Empty line before the request-line",
                    )
                    .help("Send the request-line first; do not precede or follow a request with an extra CRLF");
            }
            let message = self.parse_message(pos, line, class);
            pos = (message.span.end as usize).max(pos + 1);
            let tunnel = message.body.framing == Framing::Tunnel;
            self.messages.push(message);
            if tunnel {
                if pos < len {
                    if let Some(m) = self.messages.last_mut() {
                        m.tunnel = Some(Span::new(pos, len));
                    }
                }
                break;
            }
        }
    }

    /// The start of the next line from `from` that looks like a start line, or the end.
    fn next_start_line(&self, mut from: usize) -> usize {
        while from < self.len() {
            let line = read_line(self.input, from);
            if matches!(
                classify(line.text(self.input)),
                LineClass::Status | LineClass::Request
            ) {
                return from;
            }
            from = line.next;
        }
        self.len()
    }

    /// Notes a line's terminator and any bare CR in it (RFC 9112 §2.2).
    fn note_line(&mut self, line: &Line, index: u32) {
        if line.term == Terminator::Lf && !self.lf_as_crlf {
            self.bare_lf_count += 1;
            if self.bare_lf.is_none() {
                self.bare_lf = Some(line.end);
            }
        }
        if !self.lf_as_crlf {
            if let Some(cr) = line.text(self.input).iter().position(|&b| b == b'\r') {
                let at = line.start + cr;
                self.sink
                    .report(
                        BareCr,
                        Some(index),
                        Span::new(at, at + 1),
                        "Bare CR (not followed by LF) in a protocol element",
                    )
                    .help("Remove the CR, or end the line with CRLF");
            }
        }
    }

    fn parse_message(&mut self, pos: usize, line: Line, class: LineClass) -> Message {
        let index = u32::try_from(self.messages.len()).unwrap_or(u32::MAX);
        self.bare_lf = None;
        self.bare_lf_count = 0;
        let line_span = Span::new(line.start, line.end);
        let mut kind = MessageKind::Unknown;
        let mut start_line = StartLine::Missing;
        let mut start_line_span = line_span;
        let mut version = None;
        let mut status_code = None;
        let mut cur = line.next;
        match class {
            LineClass::Status => {
                kind = MessageKind::Response;
                let (sl, v, code) = parse_status_line(self.input, &line);
                start_line = StartLine::Status(sl);
                version = v;
                status_code = code;
            }
            LineClass::Request => {
                kind = MessageKind::Request;
                let (rl, v) = parse_request_line(self.input, &line);
                start_line = StartLine::Request(rl);
                version = v;
            }
            LineClass::Field => {
                start_line_span = Span::empty(pos);
                cur = pos;
                self.sink
                    .report(StartLineMissing, Some(index), start_line_span, "No start line: the input begins with a field line")
                    .help("Paste the request-line (GET /path HTTP/1.1) or status-line (HTTP/1.1 200 OK) too, to lint the whole message");
            }
            LineClass::Other => {
                self.sink
                    .report(
                        StartLineInvalid,
                        Some(index),
                        line_span,
                        format!("\"{}\" is neither a request-line nor a status-line", crate::context::quote(line.text(self.input))),
                    )
                    .help("A request starts with METHOD SP request-target SP HTTP/1.1, a response with HTTP/1.1 SP status-code SP reason");
            }
        }
        if cur != pos {
            self.note_line(&line, index);
        }

        // The header section.
        let section = self.parse_fields(cur, index, false);
        let fields = section.fields;
        let known_mask = KnownField::mask_of(&fields);
        let header_end = section.end_line;
        cur = section.next;
        if !section.terminated && !section.content_starts && !self.lf_as_crlf {
            self.sink
                .report(
                    MessageIncomplete,
                    Some(index),
                    Span::empty(cur),
                    "The input ends before the empty line that ends the header section",
                )
                .help("End the header section with an empty line (CRLF CRLF)");
        }

        // The body.
        let request = if kind == MessageKind::Response {
            self.pending.front().copied()
        } else {
            None
        };
        let request_method = request
            .and_then(|r| self.messages.get(r as usize))
            .and_then(|m| m.request_line())
            .map(|rl| rl.method.slice(self.input));
        let framing = framing::decide(self.input, kind, status_code, &fields, request_method);
        self.expects_continue = kind == MessageKind::Request
            && fields.iter().any(|f| {
                f.known == Some(KnownField::Expect)
                    && list_contains(f.value.slice(self.input), b"100-continue")
            });
        // A client that sent `Expect: 100-continue` can be answered before it sends the
        // content: the expectation "allows the origin server to immediately respond with
        // an error message" (RFC 9110 §10.1.1). A status-line right after the header
        // section starts that response; the content was not sent.
        let answered_first = self.expects_continue
            && section.terminated
            && cur < self.len()
            && classify(read_line(self.input, cur).text(self.input)) == LineClass::Status;
        let body = if answered_first {
            Body {
                framing,
                span: Span::empty(cur),
                chunks: Vec::new(),
                trailers: Vec::new(),
                complete: false,
                excess: None,
            }
        } else if section.terminated || section.content_starts {
            self.parse_body(cur, framing, kind, index)
        } else {
            Body {
                framing,
                span: Span::empty(cur),
                chunks: Vec::new(),
                trailers: Vec::new(),
                complete: true,
                excess: None,
            }
        };
        let end = body.span.end.max(Span::empty(cur).end);

        // Pair requests and responses (RFC 9112 §9.2): a response answers the oldest
        // request still waiting; an interim 1xx response does not end the wait.
        match kind {
            MessageKind::Request => self.pending.push_back(index),
            MessageKind::Response => {
                let interim = status_code.is_some_and(|c| (100..200).contains(&c) && c != 101);
                if !interim {
                    self.pending.pop_front();
                }
            }
            MessageKind::Unknown => {}
        }
        if let Some(lf) = self.bare_lf {
            let n = self.bare_lf_count;
            let what = if n == 1 {
                "1 line ends".to_string()
            } else {
                format!("{n} lines end")
            };
            self.sink
                .report(BareLf, Some(index), Span::new(lf, lf + 1), format!("{what} in a bare LF instead of CRLF"))
                .help("End every line of the start line, header section and chunked framing with CRLF");
        }
        Message {
            index,
            kind,
            span: Span::new(pos, end as usize),
            start_line_span,
            start_line,
            version,
            status_code,
            fields,
            header_end,
            body,
            request,
            tunnel: None,
            known_mask,
        }
    }

    /// Reads field lines up to and including the empty line.
    fn parse_fields(&mut self, mut pos: usize, index: u32, trailers: bool) -> FieldSection {
        let len = self.len();
        let mut fields: Vec<FieldLine> = Vec::new();
        let mut prev_is_field = false;
        loop {
            if pos >= len {
                return FieldSection {
                    fields,
                    end_line: Span::empty(len),
                    next: len,
                    terminated: false,
                    content_starts: false,
                };
            }
            let line = read_line(self.input, pos);
            if line.is_empty() {
                self.note_line(&line, index);
                return FieldSection {
                    fields,
                    end_line: Span::new(line.start, line.next),
                    next: line.next,
                    terminated: true,
                    content_starts: false,
                };
            }
            let text = line.text(self.input);
            if text.first().is_some_and(|&b| is_ows(b)) {
                self.note_line(&line, index);
                let no_fields = fields.is_empty();
                match fields.last_mut() {
                    Some(last) if prev_is_field => {
                        // obs-fold: the value continues on this line (RFC 9112 §5.2).
                        last.line.end = Span::empty(line.end).end;
                        let (a, b) = trim_ows(text);
                        if a < b {
                            if last.value.is_empty() {
                                last.value = Span::new(line.start + a, line.start + b);
                            } else {
                                last.value.end = Span::empty(line.start + b).end;
                            }
                        }
                        last.folded = true;
                    }
                    _ if no_fields && !trailers => {
                        self.sink
                            .report(WhitespaceAfterStartLine, Some(index), Span::new(line.start, line.end), "Whitespace-preceded line right after the start line")
                            .help("Remove the leading whitespace; a recipient ignores this line or rejects the message");
                    }
                    _ => {}
                }
                pos = line.next;
                continue;
            }
            let colon = text.iter().position(|&b| b == b':');
            let name_part = colon.map_or(text, |c| text.get(..c).unwrap_or_default());
            let (_, name_end) = trim_ows(name_part);
            let name = name_part.get(..name_end).unwrap_or_default();
            let name_ok = colon.is_some() && grammar::is_token(name);
            if !name_ok && !trailers && looks_like_content(text) {
                self.sink
                    .report(
                        HeaderSectionUnterminated,
                        Some(index),
                        Span::empty(line.start),
                        "Content starts without the empty line that ends the header section",
                    )
                    .label(Span::new(line.start, line.end), "this looks like content")
                    .help("Put an empty line (CRLF) between the last field line and the content");
                return FieldSection {
                    fields,
                    end_line: Span::empty(line.start),
                    next: line.start,
                    terminated: false,
                    content_starts: true,
                };
            }
            self.note_line(&line, index);
            let Some(colon) = colon else {
                self.sink
                    .report(
                        FieldLineInvalid,
                        Some(index),
                        Span::new(line.start, line.end),
                        format!(
                            "\"{}\" is not a field line: it has no colon",
                            crate::context::quote(text)
                        ),
                    )
                    .help("Write each field as Name: value");
                prev_is_field = false;
                pos = line.next;
                continue;
            };
            let value_part = text.get(colon + 1..).unwrap_or_default();
            let (va, vb) = trim_ows(value_part);
            let value_start = line.start + colon + 1;
            fields.push(FieldLine {
                line: Span::new(line.start, line.end),
                name: Span::new(line.start, line.start + name_end),
                value: Span::new(value_start + va, value_start + vb),
                known: KnownField::lookup(name),
                folded: false,
            });
            prev_is_field = true;
            pos = line.next;
        }
    }

    fn parse_body(
        &mut self,
        start: usize,
        framing: Framing,
        kind: MessageKind,
        index: u32,
    ) -> Body {
        let len = self.len();
        let mut body = Body {
            framing,
            span: Span::empty(start),
            chunks: Vec::new(),
            trailers: Vec::new(),
            complete: true,
            excess: None,
        };
        match framing {
            Framing::NoContent | Framing::Tunnel | Framing::Zero => {}
            Framing::ContentLength(n) => {
                let (end, complete) = self.fixed_length(start, n);
                body.span = Span::new(start, end);
                body.complete = complete;
            }
            Framing::Chunked => self.parse_chunked(start, index, &mut body),
            Framing::UntilClose => body.span = Span::new(start, len),
            Framing::TransferEncodingNotChunked if kind == MessageKind::Response => {
                body.span = Span::new(start, len);
            }
            Framing::TransferEncodingNotChunked | Framing::InvalidContentLength => {
                // The length cannot be known; read on to whatever looks like the next
                // message, so that one bad field does not hide the rest of the input.
                let end = self.next_start_line(start);
                body.span = Span::new(start, trim_line_ends(self.input, start, end));
            }
        }
        body
    }

    /// Where a body of `n` octets starting at `start` ends, and whether the input holds
    /// all of it.
    ///
    /// When LF stands for CRLF (pasted text), a line break in the body may have been CRLF
    /// (two octets) or LF (one) when the message was sent. Both readings are tried; the
    /// one after which the input ends or another message starts wins, raw octets first.
    fn fixed_length(&self, start: usize, n: u64) -> (usize, bool) {
        let len = self.len();
        let avail = (len - start.min(len)) as u64;
        let raw_complete = n <= avail;
        let raw_end = if raw_complete {
            start + n as usize
        } else {
            len
        };
        if !self.lf_as_crlf {
            return (raw_end, raw_complete);
        }
        let (virt_end, virt_complete) = self.advance_virtual(start, n);
        if raw_complete && self.at_boundary(raw_end) {
            return (raw_end, true);
        }
        if virt_complete && self.at_boundary(virt_end) {
            return (virt_end, true);
        }
        if raw_complete {
            (raw_end, true)
        } else {
            (virt_end, virt_complete)
        }
    }

    /// Advances `n` octets from `start`, counting each LF as CRLF.
    fn advance_virtual(&self, start: usize, n: u64) -> (usize, bool) {
        let mut left = n;
        let mut pos = start;
        for &b in self.input.get(start..).unwrap_or_default() {
            if left == 0 {
                break;
            }
            left = left.saturating_sub(if b == b'\n' { 2 } else { 1 });
            pos += 1;
        }
        (pos, left == 0)
    }

    /// True at the end of the input, or where only empty lines or another message follow.
    fn at_boundary(&self, pos: usize) -> bool {
        let mut p = pos;
        while p < self.len() {
            let line = read_line(self.input, p);
            if !line.is_empty() {
                return matches!(
                    classify(line.text(self.input)),
                    LineClass::Status | LineClass::Request
                );
            }
            p = line.next;
        }
        true
    }

    /// Reads a chunked body (RFC 9112 §7.1) into `body`.
    fn parse_chunked(&mut self, start: usize, index: u32, body: &mut Body) {
        let len = self.len();
        let mut pos = start;
        loop {
            if pos >= len {
                body.complete = false;
                body.span = Span::new(start, len);
                if pos == start && self.lf_as_crlf {
                    // Pasted text that ends right after the header section: a header
                    // section copied on its own, not a body cut short.
                    return;
                }
                if pos == start && self.expects_continue {
                    // A client that sends `Expect: 100-continue` waits for 100 (Continue)
                    // before sending the content (RFC 9110 §10.1.1): it has sent all it
                    // should so far.
                    return;
                }
                self.sink
                    .report(
                        MessageIncomplete,
                        Some(index),
                        Span::empty(len),
                        "The input ends before the last chunk (0) of the chunked body",
                    )
                    .help("End a chunked body with a last chunk (0 CRLF) and an empty line");
                return;
            }
            let line = read_line(self.input, pos);
            self.note_line(&line, index);
            let text = line.text(self.input);
            let hex_len = text.iter().take_while(|&&b| is_hexdig(b)).count();
            let size = Span::new(line.start, line.start + hex_len);
            let ext = Span::new(line.start + hex_len, line.end);
            let ext_text = ext.slice(self.input);
            let ext_ok = ext_text
                .iter()
                .find(|&&b| !is_ows(b))
                .is_none_or(|&b| b == b';');
            let value = parse_hex(size.slice(self.input));
            let Some(value) = value.filter(|_| hex_len > 0 && ext_ok) else {
                let why = if hex_len == 0 || !ext_ok {
                    format!(
                        "\"{}\" is not a chunk size (hexadecimal digits)",
                        crate::context::quote(text)
                    )
                } else {
                    format!(
                        "Chunk size {} does not fit in 64 bits",
                        crate::context::quote(size.slice(self.input))
                    )
                };
                self.sink
                    .report(
                        ChunkSizeInvalid,
                        Some(index),
                        Span::new(line.start, line.end),
                        why,
                    )
                    .help("Start each chunk with its size in hexadecimal, then CRLF");
                let end = self.next_start_line(line.next);
                body.span = Span::new(start, trim_line_ends(self.input, start, end));
                body.complete = false;
                return;
            };
            if value == 0 {
                body.chunks.push(Chunk {
                    line: Span::new(line.start, line.end),
                    size,
                    ext,
                    data: Span::empty(line.next),
                    size_value: Some(0),
                });
                let section = self.parse_fields(line.next, index, true);
                body.trailers = section.fields;
                body.span = Span::new(start, section.next);
                if !section.terminated && !self.lf_as_crlf {
                    body.complete = false;
                    self.sink
                        .report(MessageIncomplete, Some(index), Span::empty(section.next), "The input ends before the empty line that ends the chunked body")
                        .help("After the last chunk and any trailer fields, send an empty line (CRLF)");
                }
                return;
            }
            let data_start = line.next;
            let (data_end, complete) = self.chunk_data_end(data_start, value);
            body.chunks.push(Chunk {
                line: Span::new(line.start, line.end),
                size,
                ext,
                data: Span::new(data_start, data_end),
                size_value: Some(value),
            });
            if !complete {
                body.complete = false;
                body.span = Span::new(start, len);
                self.sink
                    .report(
                        MessageIncomplete,
                        Some(index),
                        Span::empty(len),
                        format!("The input ends inside a chunk of {value} octets"),
                    )
                    .label(size, "chunk size")
                    .help("Send as many octets of chunk data as the chunk size says, then CRLF");
                return;
            }
            let after = read_line(self.input, data_end);
            if after.is_empty() && after.term != Terminator::Eof {
                self.note_line(&after, index);
                pos = after.next;
            } else if after.term == Terminator::Eof && after.is_empty() {
                pos = len;
            } else {
                self.sink
                    .report(ChunkDataUnterminated, Some(index), Span::new(data_end, after.end), format!("Chunk data is not followed by CRLF after the {value} octets its size announces"))
                    .label(size, "chunk size")
                    .help("Make the chunk size equal the number of data octets (in hexadecimal), and end the data with CRLF");
                pos = after.next;
            }
        }
    }

    /// Where `n` octets of chunk data from `start` end; with LF standing for CRLF, the
    /// reading that is followed by a line end wins.
    fn chunk_data_end(&self, start: usize, n: u64) -> (usize, bool) {
        let len = self.len();
        let avail = (len - start.min(len)) as u64;
        let raw = if n <= avail {
            Some(start + n as usize)
        } else {
            None
        };
        if !self.lf_as_crlf {
            return raw.map_or((len, false), |e| (e, true));
        }
        let ends_line = |e: usize| matches!(self.input.get(e), Some(b'\n') | None);
        if let Some(e) = raw.filter(|&e| ends_line(e)) {
            return (e, true);
        }
        let (virt_end, virt_ok) = self.advance_virtual(start, n);
        if virt_ok && ends_line(virt_end) {
            return (virt_end, true);
        }
        raw.map_or((virt_end, virt_ok), |e| (e, true))
    }
}

/// The result of reading a field section.
struct FieldSection {
    fields: Vec<FieldLine>,
    /// The empty line, or a zero-length span where it is missing.
    end_line: Span,
    /// Where the body (or the next message) starts.
    next: usize,
    /// True when the empty line was found.
    terminated: bool,
    /// True when content started without the empty line.
    content_starts: bool,
}

/// `end`, moved back over line terminators that follow `start`.
fn trim_line_ends(input: &[u8], start: usize, end: usize) -> usize {
    let mut e = end;
    while e > start && matches!(input.get(e - 1), Some(b'\r' | b'\n')) {
        e -= 1;
    }
    e
}

/// Parses `1*HEXDIG` without overflow.
fn parse_hex(s: &[u8]) -> Option<u64> {
    if s.is_empty() || s.len() > 16 {
        return None;
    }
    s.iter().try_fold(0u64, |n, &d| {
        let v = char::from(d).to_digit(16)?;
        n.checked_mul(16)?.checked_add(u64::from(v))
    })
}

/// Parses `HTTP-version = HTTP-name "/" DIGIT "." DIGIT` (RFC 9112 §2.3), case-sensitive.
pub fn parse_version(s: &[u8]) -> Option<Version> {
    match s {
        [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
            if major.is_ascii_digit() && minor.is_ascii_digit() =>
        {
            Some(Version {
                major: major - b'0',
                minor: minor - b'0',
            })
        }
        _ => None,
    }
}

/// The whitespace-separated words of a line, as spans.
fn words(input: &[u8], line: &Line) -> Vec<Span> {
    let mut out = Vec::new();
    let mut word_start = None;
    for (i, &b) in line.text(input).iter().enumerate() {
        match (is_ws(b), word_start) {
            (false, None) => word_start = Some(i),
            (true, Some(s)) => {
                out.push(Span::new(line.start + s, line.start + i));
                word_start = None;
                if out.len() > 64 {
                    // A request-target with that much whitespace is one broken target.
                    break;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = word_start {
        out.push(Span::new(line.start + s, line.end));
    }
    out
}

/// `HTTP/` in any case: what a second word must start with to be read as an HTTP-version.
fn is_version_like(word: &[u8]) -> bool {
    word.get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"HTTP/"))
}

fn parse_request_line(input: &[u8], line: &Line) -> (RequestLine, Option<Version>) {
    let words = words(input, line);
    let method = words.first().copied().unwrap_or(Span::empty(line.start));
    let (target, version) = match words.as_slice() {
        [] | [_] => (Span::empty(line.end), Span::empty(line.end)),
        // `GET HTTP/1.1`: the request-target is missing, not the version.
        [m, t] if is_version_like(t.slice(input)) => {
            let at = (m.end as usize + 1).min(t.start as usize);
            (Span::empty(at), *t)
        }
        [_, t] => (*t, Span::empty(line.end)),
        [_, first, .., last] => {
            if last
                .slice(input)
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"HTTP"))
            {
                let before = words.get(words.len() - 2).copied().unwrap_or(*first);
                (first.to(before), *last)
            } else {
                (first.to(*last), Span::empty(line.end))
            }
        }
    };
    let parsed = parse_version(version.slice(input));
    (
        RequestLine {
            method,
            target,
            version,
        },
        parsed,
    )
}

fn parse_status_line(input: &[u8], line: &Line) -> (StatusLine, Option<Version>, Option<u16>) {
    let text = line.text(input);
    let v_end = text.iter().position(|&b| is_ws(b)).unwrap_or(text.len());
    let version = Span::new(line.start, line.start + v_end);
    let rest = text.get(v_end..).unwrap_or_default();
    let gap = rest.iter().take_while(|&&b| is_ws(b)).count();
    let s_start = v_end + gap;
    let s_len = text
        .get(s_start..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| !is_ws(b))
        .count();
    let status = Span::new(line.start + s_start, line.start + s_start + s_len);
    let r_start = (s_start + s_len + 1).min(text.len());
    let reason = Span::new(line.start + r_start, line.end);
    let code = match status.slice(input) {
        [a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    };
    (
        StatusLine {
            version,
            status,
            reason,
        },
        parse_version(version.slice(input)),
        code,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_lines() {
        let table: &[(&str, LineClass)] = &[
            ("HTTP/1.1 200 OK", LineClass::Status),
            ("http/1.1 200 OK", LineClass::Status),
            ("GET / HTTP/1.1", LineClass::Request),
            ("get /a b HTTP/1.0", LineClass::Request),
            ("GET /", LineClass::Request),
            ("OPTIONS * HTTP/1.1", LineClass::Request),
            ("CONNECT example.com:443 HTTP/1.1", LineClass::Request),
            ("Host: example.com", LineClass::Field),
            ("Host : example.com", LineClass::Field),
            ("{\"a\": 1}", LineClass::Other),
            ("hello world", LineClass::Other),
            ("", LineClass::Other),
            (" GET / HTTP/1.1", LineClass::Request),
            ("GE@T / HTTP/1.1", LineClass::Request),
            ("G\"ET\" / HTTP/1.1", LineClass::Request),
            ("X-A: b HTTP/1.1", LineClass::Field),
            (" HTTP/1.1 200 OK", LineClass::Other),
            ("{\"a\": 1} HTTP/1.1", LineClass::Other),
            ("<p>use HTTP/1.1", LineClass::Other),
        ];
        for (input, want) in table {
            assert_eq!(classify(input.as_bytes()), *want, "{input:?}");
        }
    }

    #[test]
    fn request_line_parts() {
        type Part<'a> = (u32, &'a str);
        fn parts(text: &str) -> (Part<'_>, Part<'_>, Part<'_>) {
            let input = text.as_bytes();
            let line = read_line(input, 0);
            let (rl, _) = parse_request_line(input, &line);
            let s = |sp: Span| (sp.start, &text[sp.start as usize..sp.end as usize]);
            (s(rl.method), s(rl.target), s(rl.version))
        }
        assert_eq!(
            parts("GET / HTTP/1.1"),
            ((0, "GET"), (4, "/"), (6, "HTTP/1.1"))
        );
        // The version right after the method: the target is missing, not the version.
        assert_eq!(
            parts("GET HTTP/1.1"),
            ((0, "GET"), (4, ""), (4, "HTTP/1.1"))
        );
        assert_eq!(
            parts("GET http://a/"),
            ((0, "GET"), (4, "http://a/"), (13, ""))
        );
        assert_eq!(
            parts(" GET /a b HTTP/1.0"),
            ((1, "GET"), (5, "/a b"), (10, "HTTP/1.0"))
        );
    }

    #[test]
    fn versions_and_hex() {
        assert_eq!(parse_version(b"HTTP/1.1"), Some(Version::HTTP_1_1));
        assert_eq!(parse_version(b"http/1.1"), None);
        assert_eq!(parse_version(b"HTTP/1.10"), None);
        assert_eq!(parse_hex(b"1aF"), Some(0x1af));
        assert_eq!(parse_hex(b"ffffffffffffffff"), Some(u64::MAX));
        assert_eq!(parse_hex(b"10000000000000000"), None);
        assert_eq!(parse_hex(b""), None);
    }
}
