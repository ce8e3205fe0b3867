//! The WebAssembly binding: JS values in, [`crate::lint`], JS values out. Conversion only.
//!
//! Offsets: for a JS string, `start`, `end` and `column` count UTF-16 code units of that
//! string, so `text.slice(start, end)` is the flagged text; for a `Uint8Array` they count
//! bytes. `byteStart`/`byteEnd` are always bytes: of the array, or of the string's UTF-8
//! encoding. The UTF-16 offsets come from one pass over the input ([`Positions`]), skipped
//! when the input is ASCII.
//!
//! The result crosses the boundary as a [`Tape`] of numbers and texts that `src/wasm.js`
//! turns into plain objects, slicing field values from the caller's own input. For a large
//! result this is about four times faster than building JSON with serde_json and parsing it,
//! and than serde-wasm-bindgen's object building (README, "Performance").

use crate::explain::Explanation;
use crate::finding::Severity;
use crate::iana::{Reference, Registration};
use crate::parse::message::{FieldLine, Framing, Message, MessageKind, StartLine};
use crate::registry::{self, RuleMeta};
use crate::span::{LineIndex, Span};
use crate::spec::Section;
use crate::{fields, method, status};
use crate::{LineEndings, Options, Report};
use std::cell::Cell;
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
  /** The current time, as a `Date` or as milliseconds since 1970 (what `Date.now()`
   * returns). Turns on the checks that need it (a Date in the future) and, in `explain()`,
   * how far dates are from now. Unset (or `null`), results depend on the input alone. */
  now?: Date | number | null;
}

/** The kind of element `explain()` describes. */
export type ElementKind =
  | "method"
  | "request-target"
  | "http-version"
  | "status-code"
  | "reason-phrase"
  | "field-name"
  | "field-value"
  | "body"
  | "chunk-size"
  | "chunk-extension"
  | "chunk-data"
  | "trailer-field";

/** One row of an explanation's parsed value. */
export interface Detail {
  label: string;
  value: string;
}

/** What the element at an offset is: the result of `explain()`. */
export interface Explanation {
  /** The index of its message, as in `LintResult.messages`. */
  messageIndex: number;
  element: ElementKind;
  /** The element's span, in the unit of `Finding.start`. */
  start: number;
  end: number;
  /** "Cache-Control header field", "Method GET", "Status code 304 Not Modified". */
  title: string;
  /** One or two plain sentences. */
  summary: string;
  /** The section of RFC 9110, 9111 or 9112 that defines it, when one does. */
  section: Section | null;
  /** The parsed value, one row each: a date as an ISO 8601 instant, each Cache-Control
   * directive with its meaning, Accept members by weight… */
  details: Detail[];
}

/** Where a registry entry is defined. */
export interface Reference {
  /** "RFC 9110" */
  document: string;
  /** "15.5.5" */
  section: string;
  url: string;
}

/** The state of a status code or method registration. */
export type Registration = "active" | "deprecated" | "obsoleted" | "reserved";

/** One entry of the IANA HTTP Status Code Registry. */
export interface StatusCodeInfo {
  code: number;
  /** The registered reason phrase, such as "Content Too Large". */
  phrase: string;
  class: "1xx" | "2xx" | "3xx" | "4xx" | "5xx";
  /** The class's name in RFC 9110 §15, such as "Client Error". */
  className: string;
  registration: Registration;
  /** Phrases earlier specifications gave the code, newest first. */
  formerPhrases: string[];
  reference: Reference;
  /** What the code means and when it is sent. */
  description: string;
}

/** One entry of the IANA HTTP Method Registry. */
export interface MethodInfo {
  /** Case-sensitive, such as "GET". */
  name: string;
  /** RFC 9110 §9.2.1. */
  safe: boolean;
  /** RFC 9110 §9.2.2. */
  idempotent: boolean;
  registration: Registration;
  reference: Reference;
  description: string;
}

/** Where a field name is defined: the registry gives a section and an RFC link only for some. */
export interface FieldReference {
  /** "RFC 9111", "Fetch" */
  document: string;
  section: string | null;
  url: string | null;
}

/** One entry of the IANA HTTP Field Name Registry. */
export interface FieldNameInfo {
  name: string;
  status: "permanent" | "provisional" | "deprecated" | "obsoleted";
  reference: FieldReference;
  /** For a deprecated or obsoleted field, the field that replaces it. */
  replacement: string | null;
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

#[wasm_bindgen(module = "/src/wasm.js")]
extern "C" {
    #[wasm_bindgen(js_name = decodeLint)]
    fn decode_lint(input: &JsValue, ascii_bytes: bool, nums: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeRules)]
    fn decode_rules(nums: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeExplanation)]
    fn decode_explanation(nums: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeStatusCodes)]
    fn decode_status_codes(nums: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeMethods)]
    fn decode_methods(nums: &[u32], strs: &str) -> JsValue;
    #[wasm_bindgen(js_name = decodeFieldNames)]
    fn decode_field_names(nums: &[u32], strs: &str) -> JsValue;
}

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
    let options = options_from_js(options, "lint")?;
    let (bytes, utf16) = input_from_js(input, "lint")?;
    let report = crate::lint(&bytes, &options);
    let positions = Positions::new(report.input, utf16);
    let mut tape = Tape::default();
    write_lint(&mut tape, &report, &positions);
    // Bytes that are all ASCII can be decoded once and sliced, not decoded piece by piece.
    let ascii_bytes = !utf16 && report.input.is_ascii();
    Ok(decode_lint(input, ascii_bytes, &tape.nums, &tape.strs))
}

/// Explains the element of the input at `offset` (UTF-16 units of a string, bytes of a
/// `Uint8Array`, as finding offsets are): what it is, the section that defines it, and its
/// parsed value. `null` when nothing is there (a line end, the empty line, past the end).
///
/// # Errors
/// Throws an `Error` when `input` is neither a string nor a `Uint8Array`, when `offset` is
/// not a non-negative integer, or when `options` is not valid.
#[wasm_bindgen(unchecked_return_type = "Explanation | null")]
pub fn explain(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] input: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] offset: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LintOptions")] options: &JsValue,
) -> Result<JsValue, JsError> {
    set_panic_hook();
    let options = options_from_js(options, "explain")?;
    let (bytes, utf16) = input_from_js(input, "explain")?;
    let offset = match offset.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => n,
        _ => {
            let shown = offset.as_f64().map_or_else(|| describe(offset), number);
            return Err(into_error(format!(
                "explain: offset must be a non-negative integer, not {shown}"
            )));
        }
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let offset = offset as u32;
    let byte = if utf16 && !bytes.is_ascii() {
        utf16_to_byte(&bytes, offset)
    } else {
        Some(offset as usize)
    };
    let Some(explained) = byte.and_then(|b| crate::explain::explain(&bytes, b, &options)) else {
        return Ok(JsValue::NULL);
    };
    let input = bytes.get(..u32::MAX as usize).unwrap_or(&bytes);
    let positions = Positions::new(input, utf16);
    let mut tape = Tape::default();
    write_explanation(&mut tape, &explained, &positions);
    Ok(decode_explanation(&tape.nums, &tape.strs))
}

/// A table that depends on no input (a registry, the rules): written to a tape, read back
/// into objects by `src/wasm.js`.
fn static_table(write: fn(&mut Tape), decode: fn(&[u32], &str) -> JsValue) -> JsValue {
    set_panic_hook();
    let mut tape = Tape::default();
    write(&mut tape);
    decode(&tape.nums, &tape.strs)
}

/// The IANA HTTP Status Code Registry: every registered code, with an explanation.
#[wasm_bindgen(js_name = statusCodes, unchecked_return_type = "StatusCodeInfo[]")]
pub fn status_codes() -> JsValue {
    static_table(write_status_codes, decode_status_codes)
}

/// The IANA HTTP Method Registry: every registered method, with its properties.
#[wasm_bindgen(unchecked_return_type = "MethodInfo[]")]
pub fn methods() -> JsValue {
    static_table(write_methods, decode_methods)
}

/// The IANA HTTP Field Name Registry: every registered field name and its status.
#[wasm_bindgen(js_name = fieldNames, unchecked_return_type = "FieldNameInfo[]")]
pub fn field_names() -> JsValue {
    static_table(write_field_names, decode_field_names)
}

/// Every rule wirelint knows, with its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> JsValue {
    static_table(write_rules, decode_rules)
}

/// The version of wirelint.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The input's bytes, and whether offsets count UTF-16 units (a string) or bytes.
fn input_from_js(input: &JsValue, func: &str) -> Result<(Vec<u8>, bool), JsError> {
    if let Some(text) = input.as_string() {
        Ok((text.into_bytes(), true))
    } else if let Some(array) = input.dyn_ref::<js_sys::Uint8Array>() {
        Ok((array.to_vec(), false))
    } else {
        Err(into_error(format!(
            "{func}: input must be a string or a Uint8Array"
        )))
    }
}

/// The byte offset (into valid UTF-8) of UTF-16 offset `unit`; inside a surrogate pair, the
/// character's start. `None` past the end.
fn utf16_to_byte(input: &[u8], unit: u32) -> Option<usize> {
    let mut at = 0u32;
    for (i, &b) in input.iter().enumerate() {
        if is_lead(b) {
            let width = units(b);
            if at + width > unit {
                return Some(i);
            }
            at += width;
        }
    }
    (at == unit).then_some(input.len())
}

/// The one way errors become JS exceptions.
fn into_error(message: impl Display) -> JsError {
    JsError::new(&message.to_string())
}

fn options_from_js(value: &JsValue, func: &str) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(into_error(format!("{func}: options must be an object")));
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
                            "{func}: options.lineEndings must be \"auto\" or \"strict\", not {}",
                            describe(&field)
                        )))
                    }
                };
            }
            "disable" => options.disable = disable_from_js(&field, func)?,
            "now" => options.now = now_from_js(&field, func)?,
            _ => {
                return Err(into_error(format!(
                    "{func}: unknown option {name:?} (known: lineEndings, disable, now)"
                )))
            }
        }
    }
    Ok(options)
}

/// `options.now`: a `Date`, or milliseconds since the epoch as `Date.now()` gives them
/// (`null`: no current time); in Unix seconds, rounded down, as [`Options::now`] takes it.
fn now_from_js(value: &JsValue, func: &str) -> Result<Option<i64>, JsError> {
    if value.is_null() {
        return Ok(None);
    }
    let ms = if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        date.get_time()
    } else if let Some(ms) = value.as_f64() {
        ms
    } else {
        return Err(into_error(format!(
            "{func}: options.now must be a Date or a number of milliseconds since 1970 (as \
             Date.now() gives), not {}",
            describe(value)
        )));
    };
    // The range of a JS Date: ±8.64e15 ms.
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return Err(into_error(format!(
            "{func}: options.now must be a valid time (milliseconds within ±8.64e15), not {}",
            if ms.is_nan() {
                "an invalid Date or NaN".to_string()
            } else {
                number(ms)
            }
        )));
    }
    #[allow(clippy::cast_possible_truncation)]
    Ok(Some((ms / 1000.0).floor() as i64))
}

fn disable_from_js(value: &JsValue, func: &str) -> Result<Vec<String>, JsError> {
    if !js_sys::Array::is_array(value) {
        return Err(into_error(format!(
            "{func}: options.disable must be an array of rule ids, not {}",
            describe(value)
        )));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    let mut ids = Vec::new();
    for item in array.iter() {
        let Some(id) = item.as_string() else {
            return Err(into_error(format!(
                "{func}: options.disable must hold rule ids (strings), not {}",
                describe(&item)
            )));
        };
        if registry::lookup(&id).is_none() {
            return Err(into_error(format!(
                "{func}: options.disable: unknown rule id {id:?}"
            )));
        }
        ids.push(id);
    }
    Ok(ids)
}

/// A number as JavaScript writes it. (Rust's float formatting would add about 20 KB to the
/// wasm for error messages alone.)
fn number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
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

/// Byte offset → UTF-16 offset, line and line start for valid UTF-8. The writer visits a
/// message's parts in input order, so a lookup scans on from where the previous one ended,
/// or from the start of its line when it goes back on the same line (a field's name after
/// its line); any other jump starts from the checkpoint before it: checkpoints are taken
/// every [`Utf16Index::STRIDE`] bytes in one pass over the input.
struct Utf16Index<'a> {
    input: &'a [u8],
    checkpoints: Vec<Checkpoint>,
    /// Where the last lookup ended, at a character boundary.
    cursor: Cell<Checkpoint>,
}

/// A character boundary, with its UTF-16 offset, its line, and where that line starts.
#[derive(Clone, Copy)]
struct Checkpoint {
    byte: u32,
    unit: u32,
    line: u32,
    line_byte: u32,
    line_unit: u32,
}

impl Checkpoint {
    const START: Checkpoint = Checkpoint {
        byte: 0,
        unit: 0,
        line: 1,
        line_byte: 0,
        line_unit: 0,
    };

    /// The start of this checkpoint's line.
    fn line_start(self) -> Checkpoint {
        Checkpoint {
            byte: self.line_byte,
            unit: self.line_unit,
            ..self
        }
    }

    /// Moves over `bytes`, which start at this boundary.
    fn advance(&mut self, bytes: &[u8]) {
        for (i, &b) in bytes.iter().enumerate() {
            if is_lead(b) {
                self.unit += units(b);
            }
            if b == b'\n' {
                self.line += 1;
                self.line_byte = self.byte + i as u32 + 1;
                self.line_unit = self.unit;
            }
        }
        self.byte += bytes.len() as u32;
    }
}

/// Where a byte offset falls, in UTF-16 code units.
struct Located {
    /// The offset of the character holding the byte (the byte's own offset at a boundary).
    floor: u32,
    /// The offset after that character, or `floor` at a boundary.
    ceil: u32,
    line: u32,
    /// The offset where the line starts.
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
    const STRIDE: u32 = 256;

    fn new(input: &'a [u8]) -> Self {
        let mut checkpoints = vec![Checkpoint::START];
        let mut at = Checkpoint::START;
        let mut from = 0;
        for (i, &b) in input.iter().enumerate() {
            if is_lead(b) && i >= from + Self::STRIDE as usize {
                at.advance(input.get(from..i).unwrap_or_default());
                checkpoints.push(at);
                from = i;
            }
        }
        Utf16Index {
            input,
            checkpoints,
            cursor: Cell::new(Checkpoint::START),
        }
    }

    fn locate(&self, offset: u32) -> Located {
        let offset = offset.min(self.input.len() as u32);
        let cursor = self.cursor.get();
        let mut at = if cursor.byte <= offset && offset - cursor.byte <= Self::STRIDE {
            cursor
        } else if cursor.line_byte <= offset && offset < cursor.byte {
            cursor.line_start()
        } else {
            let i = self.checkpoints.partition_point(|c| c.byte <= offset);
            let checkpoint = self.checkpoints.get(i.saturating_sub(1)).copied();
            checkpoint.unwrap_or(Checkpoint::START)
        };
        let stretch = self
            .input
            .get(at.byte as usize..offset as usize)
            .unwrap_or_default();
        at.advance(stretch);
        // Inside a character, `at.unit` counts all of it: floor is where it starts.
        if self
            .input
            .get(offset as usize)
            .is_some_and(|&b| !is_lead(b))
        {
            let lead = stretch.iter().rev().find(|&&b| is_lead(b)).copied();
            return Located {
                floor: at.unit - lead.map_or(0, units),
                ceil: at.unit,
                line: at.line,
                line_unit: at.line_unit,
            };
        }
        self.cursor.set(at);
        Located {
            floor: at.unit,
            ceil: at.unit,
            line: at.line,
            line_unit: at.line_unit,
        }
    }
}

/// The one serializer: a tape of numbers and one string of texts, read back into plain
/// objects by `src/wasm.js`. Each `write_*` function below has a twin there that reads
/// the same fields in the same order. Field values and start-line parts go as offsets
/// only: the reader slices them from the caller's own input.
#[derive(Default)]
struct Tape {
    nums: Vec<u32>,
    strs: String,
}

/// On the number tape: null, or a missing start-line part.
const NONE: u32 = u32::MAX;

impl Tape {
    fn num(&mut self, n: u32) {
        self.nums.push(n);
    }

    fn opt(&mut self, n: Option<u32>) {
        self.nums.push(n.unwrap_or(NONE));
    }

    /// A text: its length in UTF-16 units on the number tape, its characters on the string.
    fn str(&mut self, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.len(units);
        self.strs.push_str(s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.nums.push(NONE),
        }
    }

    fn len(&mut self, n: usize) {
        self.num(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn severity(&mut self, severity: Severity) {
        self.num(match severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        });
    }

    fn section(&mut self, section: Section) {
        self.num(u32::from(section.rfc));
        self.str(section.number);
        self.str(section.title);
        self.str(&section.url());
    }

    /// A span as `start, end` in the caller's unit, then `byteStart, byteEnd`; with
    /// `line, column` of its start when `located`.
    fn span(&mut self, span: Span, pos: &Positions<'_>, located: bool) {
        let (start, end) = pos.span(span);
        self.nums.extend([start, end, span.start, span.end]);
        if located {
            let (line, column) = pos.line_col(span.start);
            self.nums.extend([line, column]);
        }
    }

    /// A span in the caller's unit only.
    fn offsets(&mut self, span: Span, pos: &Positions<'_>) {
        let (start, end) = pos.span(span);
        self.nums.extend([start, end]);
    }
}

/// `lint()`: the rules that have findings, the findings, the messages. A rule's quote is
/// not on the tape: the wasm has no documentation (the `docs` feature is off), and the
/// reader takes it from the package's `wirelint_rules.js`.
fn write_lint(tape: &mut Tape, report: &Report<'_>, pos: &Positions<'_>) {
    let mut used: Vec<&'static RuleMeta> = Vec::new();
    for f in &report.findings {
        if !used.iter().any(|m| m.id == f.rule.id) {
            used.push(f.rule);
        }
    }
    tape.len(used.len());
    for meta in &used {
        tape.str(meta.id);
        tape.severity(meta.severity);
        tape.section(meta.section);
    }
    tape.len(report.findings.len());
    for f in &report.findings {
        let rule = used.iter().position(|m| m.id == f.rule.id).unwrap_or(0);
        tape.len(rule);
        tape.str(&f.message);
        tape.opt_str(f.help.as_deref());
        tape.span(f.span, pos, true);
        tape.opt(f.message_index);
        tape.len(f.labels.len());
        for label in &f.labels {
            tape.str(&label.message);
            tape.span(label.span, pos, true);
        }
    }
    tape.len(report.messages.len());
    for m in &report.messages {
        write_message(tape, m, pos);
    }
}

fn write_message(tape: &mut Tape, m: &Message, pos: &Positions<'_>) {
    tape.num(m.index);
    tape.num(match m.kind {
        MessageKind::Request => 0,
        MessageKind::Response => 1,
        MessageKind::Unknown => 2,
    });
    // The message's end is written after its parts, so that lookups go forward.
    let (start, end) = pos.span(m.span);
    tape.nums.extend([start, m.span.start]);
    let parts = match &m.start_line {
        StartLine::Request(r) => [Some(r.method), Some(r.target), Some(r.version), None, None],
        StartLine::Status(s) => [None, None, Some(s.version), Some(s.status), Some(s.reason)],
        StartLine::Missing => [None; 5],
    };
    for part in parts {
        match part {
            Some(span) => tape.offsets(span, pos),
            None => tape.nums.extend([NONE, NONE]),
        }
    }
    tape.len(m.fields.len());
    for field in &m.fields {
        write_field(tape, field, pos);
    }
    tape.span(m.body.span, pos, false);
    tape.num(u32::from(m.body.complete));
    tape.nums.extend([end, m.span.end]);
    tape.num(match m.body.framing {
        Framing::NoContent => 0,
        Framing::Tunnel => 1,
        Framing::Chunked => 2,
        Framing::TransferEncodingNotChunked => 3,
        Framing::InvalidContentLength => 4,
        Framing::ContentLength(_) => 5,
        Framing::Zero => 6,
        Framing::UntilClose => 7,
    });
    tape.opt(m.request);
}

fn write_field(tape: &mut Tape, field: &FieldLine, pos: &Positions<'_>) {
    tape.offsets(field.line, pos);
    tape.offsets(field.name, pos);
    tape.offsets(field.value, pos);
}

/// `rules()`: every rule; the reader adds quote, summary and docs from `wirelint_rules.js`.
fn write_rules(tape: &mut Tape) {
    tape.len(registry::all().count());
    for meta in registry::all() {
        tape.str(meta.id);
        tape.severity(meta.severity);
        tape.section(meta.section);
    }
}

/// `explain()`: one explanation.
fn write_explanation(tape: &mut Tape, e: &Explanation, pos: &Positions<'_>) {
    tape.num(e.message_index);
    tape.len(e.element.index());
    tape.offsets(e.span, pos);
    tape.str(&e.title);
    tape.str(&e.summary);
    match e.section {
        Some(section) => {
            tape.num(1);
            tape.section(section);
        }
        None => tape.num(0),
    }
    tape.len(e.details.len());
    for d in &e.details {
        tape.str(&d.label);
        tape.str(&d.value);
    }
}

fn registration(r: Registration) -> &'static str {
    match r {
        Registration::Active => "active",
        Registration::Deprecated => "deprecated",
        Registration::Obsoleted => "obsoleted",
        Registration::Reserved => "reserved",
    }
}

/// A registry reference as `document, section, url`.
fn write_reference(tape: &mut Tape, r: Reference) {
    tape.str(&r.document());
    tape.str(r.section);
    tape.str(&r.url());
}

/// `statusCodes()`.
fn write_status_codes(tape: &mut Tape) {
    tape.len(status::ALL.len());
    for s in status::ALL {
        tape.num(u32::from(s.code));
        tape.str(s.reason);
        tape.str(s.class.label());
        tape.str(s.class.name());
        tape.str(registration(s.registration));
        tape.len(s.former_reasons.len());
        for r in s.former_reasons {
            tape.str(r);
        }
        write_reference(tape, s.reference);
        tape.str(s.description);
    }
}

/// `methods()`.
fn write_methods(tape: &mut Tape) {
    tape.len(method::ALL.len());
    for m in method::ALL {
        tape.str(m.name);
        tape.num(u32::from(m.safe));
        tape.num(u32::from(m.idempotent));
        tape.str(registration(m.registration));
        write_reference(tape, m.reference);
        tape.str(m.description);
    }
}

/// `fieldNames()`.
fn write_field_names(tape: &mut Tape) {
    tape.len(fields::registry::FIELDS.len());
    for f in fields::registry::FIELDS {
        tape.str(f.name);
        tape.str(f.status.as_str());
        tape.str(f.document());
        tape.opt_str(f.section());
        tape.opt_str(f.url().as_deref());
        tape.opt_str(f.replacement);
    }
}
