//! The WebAssembly binding: JS values in, [`crate::lint`], JS values out. Conversion only.
//!
//! Offsets: for a JS string, `start`, `end` and `column` count UTF-16 code units of that
//! string, so `text.slice(start, end)` is the flagged text; for a `Uint8Array` they count
//! bytes. `byteStart`/`byteEnd` are always bytes: of the array, or of the string's UTF-8
//! encoding. The UTF-16 offsets come from one pass over the input ([`Positions`]), skipped
//! when the input is ASCII.
//!
//! The result is built as JSON in Rust and handed to `JSON.parse` once: for a large
//! result this is several times faster than building the objects property by property
//! across the boundary (README, "Performance").

use crate::finding::{Finding, Label};
use crate::parse::message::{Body, FieldLine, Framing, Message, MessageKind, StartLine};
use crate::registry::{self, RuleMeta};
use crate::span::{LineIndex, Span};
use crate::spec::Section;
use crate::{LineEndings, Options, Report};
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Display;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** How serious a finding is: follows the RFC keyword (MUST → error, SHOULD → warning, MAY → info). */
export type Severity = "error" | "warning" | "info";

/** A section of RFC 9110, 9111 or 9112. */
export interface Section {
  rfc: 9110 | 9111 | 9112;
  /** As printed in the RFC: "6.3", "B.2". */
  number: string;
  title: string;
  /** https://www.rfc-editor.org/rfc/rfcNNNN#section-N */
  url: string;
}

/** A secondary span, such as the other side of a conflict. */
export interface Label {
  message: string;
  /** UTF-16 offsets into a string input; byte offsets for a Uint8Array. */
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
  /** 1-based. */
  line: number;
  /** 1-based, in the same unit as `start`. */
  column: number;
}

/** One problem found in the input. */
export interface Finding {
  /** The rule id, e.g. "host-missing". */
  rule: string;
  severity: Severity;
  /** One line saying what is wrong. */
  message: string;
  /** What to send instead. */
  help: string | null;
  section: Section;
  /** The requirement, verbatim from the RFC. */
  quote: string;
  /** UTF-16 offsets into a string input (`text.slice(start, end)` is the flagged text);
   * byte offsets for a Uint8Array. A missing element has `start === end`. */
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
  /** 1-based. */
  line: number;
  /** 1-based, in the same unit as `start`. */
  column: number;
  /** The index of the message it belongs to, in `messages`. */
  messageIndex: number | null;
  labels: Label[];
}

/** One field line of a header section. Spans are in the unit of `Finding.start`. */
export interface Field {
  name: string;
  value: string;
  /** The whole field line without its line terminator. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** How the body length was decided: the steps of RFC 9112 §6.3. */
export type Framing =
  | "no-content"
  | "tunnel"
  | "chunked"
  | "transfer-encoding-not-chunked"
  | "invalid-content-length"
  | "content-length"
  | "zero"
  | "until-close";

/** The message body as framed (for chunked: chunks and trailer section). */
export interface Body {
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
  /** False when the input ends before the framing says the body ends. */
  complete: boolean;
}

/** One HTTP/1.x message found in the input. */
export interface Message {
  index: number;
  kind: "request" | "response" | "unknown";
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
  /** Request-line parts (requests only). */
  method: string | null;
  target: string | null;
  /** The HTTP-version as sent, for requests and responses. */
  version: string | null;
  /** Status-line parts (responses only): the status code as sent, and the reason phrase. */
  status: string | null;
  reason: string | null;
  fields: Field[];
  body: Body;
  framing: Framing;
  /** For a response: the index of the request it answers, when that is in the input. */
  request: number | null;
}

export interface LintResult {
  messages: Message[];
  findings: Finding[];
}

export interface LintOptions {
  /** "auto" (default): input with no CR at all is read as if each LF were CRLF (pasted
   * text loses its CRs). "strict": the input is exact; every bare LF is a finding. */
  lineEndings?: "auto" | "strict";
  /** Rule ids not to report. An unknown id is an error. */
  disable?: string[];
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  section: Section;
  quote: string;
  /** One paragraph: what the rule checks. */
  summary: string;
  /** The full documentation, in Markdown. */
  docs: string;
}
"#;

/// Sends Rust panic messages to `console.error` (a `start` function would be exported).
fn set_panic_hook() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Lints `input` (a string or the exact bytes) and returns the messages and findings.
///
/// # Errors
/// Throws an `Error` when `input` is neither a string nor a `Uint8Array`, or when
/// `options` is not valid.
#[wasm_bindgen(unchecked_return_type = "LintResult")]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] input: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LintOptions")] options: &JsValue,
) -> Result<JsValue, JsError> {
    set_panic_hook();
    let options = options_from_js(options)?;
    let (bytes, utf16) = if let Some(text) = input.as_string() {
        (text.into_bytes(), true)
    } else if let Some(array) = input.dyn_ref::<js_sys::Uint8Array>() {
        (array.to_vec(), false)
    } else {
        return Err(into_error("lint: input must be a string or a Uint8Array"));
    };
    let report = crate::lint(&bytes, &options);
    let positions = Positions::new(report.input, utf16);
    to_js(&LintResult::new(&report, &positions))
}

/// Every rule wirelint knows, with its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsError> {
    set_panic_hook();
    let rules: Vec<RuleInfo> = registry::all().map(RuleInfo::new).collect();
    to_js(&rules)
}

/// The version of wirelint.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The one way errors become JS exceptions.
fn into_error(message: impl Display) -> JsError {
    JsError::new(&message.to_string())
}

/// The one serializer: JSON text, then `JSON.parse`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(into_error)?;
    js_sys::JSON::parse(&json).map_err(|_| into_error("wirelint: JSON.parse failed"))
}

fn options_from_js(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(into_error("lint: options must be an object"));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        let field = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::UNDEFINED);
        if field.is_undefined() {
            continue;
        }
        match name.as_str() {
            "lineEndings" => {
                options.line_endings = match field.as_string().as_deref() {
                    Some("auto") => LineEndings::Auto,
                    Some("strict") => LineEndings::Strict,
                    _ => {
                        return Err(into_error(format!(
                            "lint: options.lineEndings must be \"auto\" or \"strict\", not {}",
                            describe(&field)
                        )))
                    }
                };
            }
            "disable" => options.disable = disable_from_js(&field)?,
            _ => {
                return Err(into_error(format!(
                    "lint: unknown option {name:?} (known: lineEndings, disable)"
                )))
            }
        }
    }
    Ok(options)
}

fn disable_from_js(value: &JsValue) -> Result<Vec<String>, JsError> {
    if !js_sys::Array::is_array(value) {
        return Err(into_error(format!(
            "lint: options.disable must be an array of rule ids, not {}",
            describe(value)
        )));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    let mut ids = Vec::new();
    for item in array.iter() {
        let Some(id) = item.as_string() else {
            return Err(into_error(format!(
                "lint: options.disable must hold rule ids (strings), not {}",
                describe(&item)
            )));
        };
        if registry::lookup(&id).is_none() {
            return Err(into_error(format!(
                "lint: options.disable: unknown rule id {id:?}"
            )));
        }
        ids.push(id);
    }
    Ok(ids)
}

/// A short description of a JS value for an error message.
fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        return format!("{s:?}");
    }
    if js_sys::Array::is_array(value) {
        return "an array".to_string();
    }
    value.js_typeof().as_string().unwrap_or_default()
}

/// Byte offsets to the offsets, lines and columns the caller counts in.
enum Positions<'a> {
    /// Offsets are bytes: the input is a `Uint8Array`, or an ASCII string.
    Bytes(LineIndex),
    /// Offsets are UTF-16 code units of a non-ASCII string.
    Utf16(Utf16Index<'a>),
}

impl<'a> Positions<'a> {
    fn new(input: &'a [u8], utf16: bool) -> Self {
        if utf16 && !input.is_ascii() {
            Positions::Utf16(Utf16Index::new(input))
        } else {
            Positions::Bytes(LineIndex::new(input))
        }
    }

    /// A span in the caller's unit. A boundary inside a UTF-8 sequence widens the span to
    /// the whole character (possible only when a span cuts a character, as a byte count can).
    fn span(&self, span: Span) -> (u32, u32) {
        match self {
            Positions::Bytes(_) => (span.start, span.end),
            Positions::Utf16(index) => {
                let start = index.locate(span.start).floor;
                let end = if span.is_empty() {
                    start
                } else {
                    index.locate(span.end).ceil
                };
                (start, end)
            }
        }
    }

    /// 1-based line and column (in the caller's unit) of a byte offset.
    fn line_col(&self, offset: u32) -> (u32, u32) {
        match self {
            Positions::Bytes(lines) => lines.line_col(offset),
            Positions::Utf16(index) => {
                let at = index.locate(offset);
                (at.line, at.floor - at.line_unit + 1)
            }
        }
    }
}

/// Byte offset → UTF-16 offset for valid UTF-8, from checkpoints taken in one pass: at
/// each line start and at least every [`Utf16Index::STRIDE`] bytes, so that a lookup
/// scans a short stretch whatever the line lengths.
struct Utf16Index<'a> {
    input: &'a [u8],
    checkpoints: Vec<Checkpoint>,
}

#[derive(Clone, Copy)]
struct Checkpoint {
    byte: u32,
    unit: u32,
    line: u32,
    /// The UTF-16 offset where this checkpoint's line starts.
    line_unit: u32,
}

/// Where a byte offset falls, in UTF-16 code units.
struct Located {
    /// The offset of the character holding the byte (the byte's own offset at a boundary).
    floor: u32,
    /// The offset after that character, or `floor` at a boundary.
    ceil: u32,
    line: u32,
    line_unit: u32,
}

/// True for the first byte of a UTF-8 sequence.
const fn is_lead(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// UTF-16 code units of the character a lead byte starts: 2 for four-byte sequences.
const fn units(lead: u8) -> u32 {
    if lead >= 0xF0 {
        2
    } else {
        1
    }
}

impl<'a> Utf16Index<'a> {
    const STRIDE: u32 = 1024;

    fn new(input: &'a [u8]) -> Self {
        let start = Checkpoint {
            byte: 0,
            unit: 0,
            line: 1,
            line_unit: 0,
        };
        let mut checkpoints = vec![start];
        let mut at = start;
        for (i, &b) in input.iter().enumerate() {
            let i = i as u32;
            if is_lead(b) {
                if i >= at.byte + Self::STRIDE {
                    at.byte = i;
                    checkpoints.push(at);
                }
                at.unit += units(b);
            }
            if b == b'\n' {
                at.byte = i + 1;
                at.line += 1;
                at.line_unit = at.unit;
                checkpoints.push(at);
            }
        }
        Utf16Index { input, checkpoints }
    }

    fn locate(&self, offset: u32) -> Located {
        let i = self.checkpoints.partition_point(|c| c.byte <= offset);
        let cp = self.checkpoints.get(i.saturating_sub(1)).copied();
        let cp = cp.unwrap_or(Checkpoint {
            byte: 0,
            unit: 0,
            line: 1,
            line_unit: 0,
        });
        let from = cp.byte as usize;
        let to = (offset as usize).min(self.input.len());
        let stretch = self.input.get(from..to).unwrap_or_default();
        let ceil = cp.unit
            + stretch
                .iter()
                .filter(|&&b| is_lead(b))
                .map(|&b| units(b))
                .sum::<u32>();
        // Inside a character: the stretch counted it; floor is where it starts.
        let inside = self.input.get(to).is_some_and(|&b| !is_lead(b));
        let floor = if inside {
            let lead = stretch.iter().rev().find(|&&b| is_lead(b)).copied();
            ceil - lead.map_or(0, units)
        } else {
            ceil
        };
        Located {
            floor,
            ceil,
            line: cp.line,
            line_unit: cp.line_unit,
        }
    }
}

/// Bytes as text: lossy UTF-8, borrowed when valid.
fn text(input: &[u8], span: Span) -> Cow<'_, str> {
    String::from_utf8_lossy(span.slice(input))
}

#[derive(Serialize)]
struct LintResult<'a> {
    messages: Vec<JsMessage<'a>>,
    findings: Vec<JsFinding<'a>>,
}

impl<'a> LintResult<'a> {
    fn new(report: &'a Report<'a>, pos: &Positions<'_>) -> Self {
        let mut quotes: Vec<(&'static str, String)> = Vec::new();
        for f in &report.findings {
            if !quotes.iter().any(|(id, _)| *id == f.rule.id) {
                quotes.push((f.rule.id, f.rule.quote()));
            }
        }
        let findings = report
            .findings
            .iter()
            .map(|f| {
                let quote = quotes.iter().find(|(id, _)| *id == f.rule.id);
                JsFinding::new(f, quote.map_or("", |(_, q)| q.as_str()), pos)
            })
            .collect();
        let messages = report
            .messages
            .iter()
            .map(|m| JsMessage::new(m, report.input, pos))
            .collect();
        LintResult { messages, findings }
    }
}

#[derive(Serialize)]
struct JsSection {
    rfc: u16,
    number: &'static str,
    title: &'static str,
    url: String,
}

impl From<Section> for JsSection {
    fn from(s: Section) -> Self {
        JsSection {
            rfc: s.rfc,
            number: s.number,
            title: s.title,
            url: s.url(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    section: JsSection,
    quote: String,
    start: u32,
    end: u32,
    byte_start: u32,
    byte_end: u32,
    line: u32,
    column: u32,
    message_index: Option<u32>,
    labels: Vec<JsLabel<'a>>,
}

impl<'a> JsFinding<'a> {
    fn new(f: &'a Finding, quote: &str, pos: &Positions<'_>) -> Self {
        let (start, end) = pos.span(f.span);
        let (line, column) = pos.line_col(f.span.start);
        JsFinding {
            rule: f.rule.id,
            severity: f.rule.severity.as_str(),
            message: &f.message,
            help: f.help.as_deref(),
            section: f.rule.section.into(),
            quote: quote.to_string(),
            start,
            end,
            byte_start: f.span.start,
            byte_end: f.span.end,
            line,
            column,
            message_index: f.message_index,
            labels: f.labels.iter().map(|l| JsLabel::new(l, pos)).collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsLabel<'a> {
    message: &'a str,
    start: u32,
    end: u32,
    byte_start: u32,
    byte_end: u32,
    line: u32,
    column: u32,
}

impl<'a> JsLabel<'a> {
    fn new(l: &'a Label, pos: &Positions<'_>) -> Self {
        let (start, end) = pos.span(l.span);
        let (line, column) = pos.line_col(l.span.start);
        JsLabel {
            message: &l.message,
            start,
            end,
            byte_start: l.span.start,
            byte_end: l.span.end,
            line,
            column,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsMessage<'a> {
    index: u32,
    kind: &'static str,
    start: u32,
    end: u32,
    byte_start: u32,
    byte_end: u32,
    method: Option<Cow<'a, str>>,
    target: Option<Cow<'a, str>>,
    version: Option<Cow<'a, str>>,
    status: Option<Cow<'a, str>>,
    reason: Option<Cow<'a, str>>,
    fields: Vec<JsField<'a>>,
    body: JsBody,
    framing: &'static str,
    request: Option<u32>,
}

impl<'a> JsMessage<'a> {
    fn new(m: &Message, input: &'a [u8], pos: &Positions<'_>) -> Self {
        let (start, end) = pos.span(m.span);
        let part = |span: Span| Some(text(input, span));
        let (method, target, version, status, reason) = match &m.start_line {
            StartLine::Request(r) => (part(r.method), part(r.target), part(r.version), None, None),
            StartLine::Status(s) => (None, None, part(s.version), part(s.status), part(s.reason)),
            StartLine::Missing => (None, None, None, None, None),
        };
        JsMessage {
            index: m.index,
            kind: match m.kind {
                MessageKind::Request => "request",
                MessageKind::Response => "response",
                MessageKind::Unknown => "unknown",
            },
            start,
            end,
            byte_start: m.span.start,
            byte_end: m.span.end,
            method,
            target,
            version,
            status,
            reason,
            fields: m
                .fields
                .iter()
                .map(|f| JsField::new(f, input, pos))
                .collect(),
            body: JsBody::new(&m.body, pos),
            framing: framing_name(m.body.framing),
            request: m.request,
        }
    }
}

fn framing_name(framing: Framing) -> &'static str {
    match framing {
        Framing::NoContent => "no-content",
        Framing::Tunnel => "tunnel",
        Framing::Chunked => "chunked",
        Framing::TransferEncodingNotChunked => "transfer-encoding-not-chunked",
        Framing::InvalidContentLength => "invalid-content-length",
        Framing::ContentLength(_) => "content-length",
        Framing::Zero => "zero",
        Framing::UntilClose => "until-close",
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsField<'a> {
    name: Cow<'a, str>,
    value: Cow<'a, str>,
    start: u32,
    end: u32,
    name_start: u32,
    name_end: u32,
    value_start: u32,
    value_end: u32,
}

impl<'a> JsField<'a> {
    fn new(f: &FieldLine, input: &'a [u8], pos: &Positions<'_>) -> Self {
        let (start, end) = pos.span(f.line);
        let (name_start, name_end) = pos.span(f.name);
        let (value_start, value_end) = pos.span(f.value);
        JsField {
            name: text(input, f.name),
            value: text(input, f.value),
            start,
            end,
            name_start,
            name_end,
            value_start,
            value_end,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsBody {
    start: u32,
    end: u32,
    byte_start: u32,
    byte_end: u32,
    complete: bool,
}

impl JsBody {
    fn new(body: &Body, pos: &Positions<'_>) -> Self {
        let (start, end) = pos.span(body.span);
        JsBody {
            start,
            end,
            byte_start: body.span.start,
            byte_end: body.span.end,
            complete: body.complete,
        }
    }
}

#[derive(Serialize)]
struct RuleInfo {
    id: &'static str,
    severity: &'static str,
    section: JsSection,
    quote: String,
    summary: String,
    docs: String,
}

impl RuleInfo {
    fn new(meta: &'static RuleMeta) -> Self {
        RuleInfo {
            id: meta.id,
            severity: meta.severity.as_str(),
            section: meta.section.into(),
            quote: meta.quote(),
            summary: meta.summary(),
            docs: meta.docs(),
        }
    }
}
