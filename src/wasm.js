// Reads back the tape that src/wasm.rs writes (its `Tape`) into the plain objects that
// lint(), rules(), explain(), statusCodes(), methods() and fieldNames() return. Conversion
// only: the layouts below mirror the writer's functions of the same names, field by field.
//
// A tape is a Uint32Array of numbers and one string holding every text of the result
// back to back; a text on the number tape is its length in UTF-16 units, and NONE stands
// for null. Field values and the start-line parts are not copied at all: they are sliced
// from the caller's own input by their offsets.
//
// The rules' documentation (quote, summary, docs) is not in the wasm either: scripts/build.sh
// writes it into the package as wirelint_rules.js, next to wirelint.js. wasm-bindgen copies
// this file to snippets/wirelint-<hash>/src/wasm.js, three directories below that.
import { RULE_DOCS } from "../../../wirelint_rules.js";

const NONE = 0xffffffff;
const SEVERITIES = ["info", "warning", "error"];
const KINDS = ["request", "response", "unknown"];
const FRAMINGS = [
  "no-content",
  "tunnel",
  "chunked",
  "transfer-encoding-not-chunked",
  "invalid-content-length",
  "content-length",
  "zero",
  "until-close",
];

const ELEMENTS = [
  "method",
  "request-target",
  "http-version",
  "status-code",
  "reason-phrase",
  "field-name",
  "field-value",
  "body",
  "chunk-size",
  "chunk-extension",
  "chunk-data",
  "trailer-field",
];

const utf8 = new TextDecoder();

/** The documentation of a rule, which must be there: the module is built with the wasm. */
function docsOf(id) {
  const docs = Object.hasOwn(RULE_DOCS, id) ? RULE_DOCS[id] : undefined;
  if (docs === undefined) {
    throw new Error(`wirelint: no documentation for rule ${id}: wirelint_rules.js does not match the wasm`);
  }
  return docs;
}

class Reader {
  constructor(nums, strs) {
    this.nums = nums;
    this.strs = strs;
    this.i = 0;
    this.at = 0;
  }

  num() {
    return this.nums[this.i++];
  }

  opt() {
    const n = this.nums[this.i++];
    return n === NONE ? null : n;
  }

  str() {
    const len = this.nums[this.i++];
    if (len === NONE) return null;
    return this.strs.slice(this.at, (this.at += len));
  }

  section() {
    const rfc = this.num();
    const number = this.str();
    const title = this.str();
    const url = this.str();
    return { rfc, number, title, url };
  }

  reference() {
    const document = this.str();
    const section = this.str();
    const url = this.str();
    return { document, section, url };
  }
}

/** A function giving the input's text between two offsets in the caller's unit. */
function slicer(input, asciiBytes) {
  if (typeof input === "string") return (start, end) => input.slice(start, end);
  if (asciiBytes) {
    const whole = utf8.decode(input);
    return (start, end) => whole.slice(start, end);
  }
  return (start, end) => utf8.decode(input.subarray(start, end));
}

/** lint(): rules, then findings, then messages. */
export function decodeLint(input, asciiBytes, nums, strs) {
  const r = new Reader(nums, strs);
  const text = slicer(input, asciiBytes);

  const rules = new Array(r.num());
  for (let k = 0; k < rules.length; k++) {
    const id = r.str();
    const severity = SEVERITIES[r.num()];
    const section = r.section();
    const { quote } = docsOf(id);
    rules[k] = { id, severity, section, quote };
  }

  const findings = new Array(r.num());
  for (let k = 0; k < findings.length; k++) {
    const rule = rules[r.num()];
    const message = r.str();
    const help = r.str();
    const start = r.num();
    const end = r.num();
    const byteStart = r.num();
    const byteEnd = r.num();
    const line = r.num();
    const column = r.num();
    const messageIndex = r.opt();
    const labels = new Array(r.num());
    for (let j = 0; j < labels.length; j++) {
      labels[j] = {
        message: r.str(),
        start: r.num(),
        end: r.num(),
        byteStart: r.num(),
        byteEnd: r.num(),
        line: r.num(),
        column: r.num(),
      };
    }
    findings[k] = {
      rule: rule.id,
      severity: rule.severity,
      message,
      help,
      section: { ...rule.section },
      quote: rule.quote,
      start,
      end,
      byteStart,
      byteEnd,
      line,
      column,
      messageIndex,
      labels,
    };
  }

  // A start-line part: its offsets, or NONE where the message has no such part.
  const part = () => {
    const start = r.num();
    const end = r.num();
    return start === NONE ? null : text(start, end);
  };
  const messages = new Array(r.num());
  for (let k = 0; k < messages.length; k++) {
    const index = r.num();
    const kind = KINDS[r.num()];
    const start = r.num();
    const byteStart = r.num();
    const method = part();
    const target = part();
    const version = part();
    const status = part();
    const reason = part();
    const fields = new Array(r.num());
    for (let j = 0; j < fields.length; j++) {
      const fieldStart = r.num();
      const fieldEnd = r.num();
      const nameStart = r.num();
      const nameEnd = r.num();
      const valueStart = r.num();
      const valueEnd = r.num();
      fields[j] = {
        name: text(nameStart, nameEnd),
        value: text(valueStart, valueEnd),
        start: fieldStart,
        end: fieldEnd,
        nameStart,
        nameEnd,
        valueStart,
        valueEnd,
      };
    }
    const body = {
      start: r.num(),
      end: r.num(),
      byteStart: r.num(),
      byteEnd: r.num(),
      complete: r.num() === 1,
    };
    const end = r.num();
    const byteEnd = r.num();
    const framing = FRAMINGS[r.num()];
    const request = r.opt();
    messages[k] = {
      index,
      kind,
      start,
      end,
      byteStart,
      byteEnd,
      method,
      target,
      version,
      status,
      reason,
      fields,
      body,
      framing,
      request,
    };
  }
  return { messages, findings };
}

/** rules(): every rule, with its documentation from wirelint_rules.js. */
export function decodeRules(nums, strs) {
  const r = new Reader(nums, strs);
  const rules = new Array(r.num());
  for (let k = 0; k < rules.length; k++) {
    const id = r.str();
    const severity = SEVERITIES[r.num()];
    const section = r.section();
    const { quote, summary, docs } = docsOf(id);
    rules[k] = { id, severity, section, quote, summary, docs };
  }
  return rules;
}

/** explain(): one explanation. */
export function decodeExplanation(nums, strs) {
  const r = new Reader(nums, strs);
  const messageIndex = r.num();
  const element = ELEMENTS[r.num()];
  const start = r.num();
  const end = r.num();
  const title = r.str();
  const summary = r.str();
  const section = r.num() === 1 ? r.section() : null;
  const details = new Array(r.num());
  for (let k = 0; k < details.length; k++) {
    const label = r.str();
    const value = r.str();
    details[k] = { label, value };
  }
  return { messageIndex, element, start, end, title, summary, section, details };
}

/** statusCodes(): the status code registry. */
export function decodeStatusCodes(nums, strs) {
  const r = new Reader(nums, strs);
  const codes = new Array(r.num());
  for (let k = 0; k < codes.length; k++) {
    const code = r.num();
    const phrase = r.str();
    const cls = r.str();
    const className = r.str();
    const registration = r.str();
    const formerPhrases = new Array(r.num());
    for (let j = 0; j < formerPhrases.length; j++) formerPhrases[j] = r.str();
    const reference = r.reference();
    const description = r.str();
    codes[k] = { code, phrase, class: cls, className, registration, formerPhrases, reference, description };
  }
  return codes;
}

/** methods(): the method registry. */
export function decodeMethods(nums, strs) {
  const r = new Reader(nums, strs);
  const methods = new Array(r.num());
  for (let k = 0; k < methods.length; k++) {
    const name = r.str();
    const safe = r.num() === 1;
    const idempotent = r.num() === 1;
    const registration = r.str();
    const reference = r.reference();
    const description = r.str();
    methods[k] = { name, safe, idempotent, registration, reference, description };
  }
  return methods;
}

/** fieldNames(): the field name registry. */
export function decodeFieldNames(nums, strs) {
  const r = new Reader(nums, strs);
  const fields = new Array(r.num());
  for (let k = 0; k < fields.length; k++) {
    const name = r.str();
    const status = r.str();
    const document = r.str();
    const section = r.str();
    const url = r.str();
    const replacement = r.str();
    fields[k] = { name, status, reference: { document, section, url }, replacement };
  }
  return fields;
}
