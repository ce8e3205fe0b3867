#!/usr/bin/env node
// wirelint's command line: lints files (or stdin) as exact bytes and prints the findings.
// Exit status: 0 clean or only warnings/info, 1 some error-level finding, 2 usage or I/O error.
import { readFileSync } from "node:fs";
import { lint, rules, version } from "./node.js";

const USAGE = `Usage: wirelint [options] [FILE...]
       wirelint --list-rules [--format text|json]

Lints raw HTTP/1.x messages against RFC 9110, RFC 9111 and RFC 9112.
Reads stdin when no FILE is given (or for "-"). Files are read as exact bytes.

Options:
  --format text|json          Output format (default: text)
  --line-endings auto|strict  auto (default): input with no CR at all is read as if
                              each LF were CRLF; strict: every bare LF is a finding
  --disable ID[,ID...]        Rule ids not to report (repeatable)
  --now ISO-8601|now          The current time, for the checks that need it (a Date
                              in the future): 2024-05-01T12:00:00Z, 2024-05-01 (UTC
                              midnight), or "now" for the clock. Unset, they are off
  --list-rules                Print every rule
  -h, --help                  Print this help
  -V, --version               Print the version

Exit status: 0 no error-level finding, 1 some error-level finding, 2 usage or I/O error.`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { format: "text", lineEndings: undefined, disable: [], now: undefined, files: [], listRules: false };
  const value = (name, inline, rest) => {
    if (inline !== undefined) return inline;
    if (rest.length === 0) throw new UsageError(`${name} needs a value`);
    return rest.shift();
  };
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest.shift();
    if (arg === "--") {
      opts.files.push(...rest);
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      opts.files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = name === arg ? undefined : arg.slice(eq + 1);
    switch (name) {
      case "-h":
      case "--help":
        opts.help = true;
        break;
      case "-V":
      case "--version":
        opts.version = true;
        break;
      case "--list-rules":
        opts.listRules = true;
        break;
      case "--format":
        opts.format = value(name, inline, rest);
        if (!["text", "json"].includes(opts.format)) {
          throw new UsageError(`--format must be text or json, not "${opts.format}"`);
        }
        break;
      case "--line-endings":
        opts.lineEndings = value(name, inline, rest);
        if (!["auto", "strict"].includes(opts.lineEndings)) {
          throw new UsageError(`--line-endings must be auto or strict, not "${opts.lineEndings}"`);
        }
        break;
      case "--now":
        opts.now = parseNow(value(name, inline, rest));
        break;
      case "--disable":
        opts.disable.push(...value(name, inline, rest).split(",").map((s) => s.trim()).filter(Boolean));
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  return opts;
}

// An ISO 8601 date, or date-time with seconds optional and a zone required (a time without
// a zone would depend on the machine's time zone).
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** --now: milliseconds since 1970, as lint()'s `now` option takes them. */
function parseNow(text) {
  if (text === "now") return Date.now();
  const m = ISO_8601.exec(text);
  const ms = m ? Date.parse(text) : NaN;
  // Date.parse rolls 2024-02-30 over to March: require the date as written to exist.
  const day = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(ms) || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) {
    throw new UsageError(
      `--now must be an ISO 8601 date-time with a zone (2024-05-01T12:00:00Z), a date (2024-05-01), or "now", not "${text}"`,
    );
  }
  return ms;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function readInputs(files) {
  if (files.length === 0) return [{ file: "<stdin>", bytes: await readStdin() }];
  const inputs = [];
  for (const file of files) {
    if (file === "-") {
      inputs.push({ file: "<stdin>", bytes: await readStdin() });
      continue;
    }
    try {
      inputs.push({ file, bytes: new Uint8Array(readFileSync(file)) });
    } catch (e) {
      throw new Error(`cannot read ${file}: ${e.code === "ENOENT" ? "no such file" : e.message}`);
    }
  }
  return inputs;
}

// Characters that could move the cursor, change colours or reorder text in a terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** One character (or invalid byte) of a source line as shown: escaped when unsafe. */
function show(ch) {
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  if (ch === "\n") return "\\n";
  if (UNSAFE.test(ch)) {
    const cp = ch.codePointAt(0);
    return cp < 0x100 ? `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}` : `\\u{${cp.toString(16).toUpperCase()}}`;
  }
  return ch;
}

/** Text made safe to print: unsafe characters escaped. */
function safe(text) {
  return [...text].map(show).join("");
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The line of `bytes` holding byte `start`, rendered safe, with the display columns where
 * the span `start..end` begins and ends on it. Invalid UTF-8 bytes are shown as \xHH.
 */
function sourceLine(bytes, start, end) {
  let lineStart = start === 0 ? 0 : bytes.lastIndexOf(0x0a, start - 1) + 1;
  let lineEnd = bytes.indexOf(0x0a, start);
  if (lineEnd < 0) lineEnd = bytes.length;
  // Show at most about 120 bytes of a long line, around the span.
  const WINDOW = 120;
  let prefix = "";
  let suffix = "";
  if (lineEnd - lineStart > WINDOW) {
    const from = Math.max(lineStart, start - 40);
    const to = Math.min(lineEnd, from + WINDOW);
    if (from > lineStart) prefix = "…";
    if (to < lineEnd) suffix = "…";
    lineStart = from;
    lineEnd = to;
  }
  let text = prefix;
  let col = prefix.length;
  let caretFrom = -1;
  let caretTo = -1;
  let i = lineStart;
  while (i < lineEnd) {
    // The longest valid UTF-8 sequence at i (1 to 4 bytes), else one invalid byte.
    let piece = null;
    let len = 1;
    for (let n = 1; n <= 4 && i + n <= lineEnd; n++) {
      try {
        piece = decoder.decode(bytes.subarray(i, i + n));
        len = n;
        break;
      } catch {
        piece = null;
      }
    }
    const shown = piece === null ? `\\x${bytes[i].toString(16).toUpperCase().padStart(2, "0")}` : safe(piece);
    if (caretFrom < 0 && i + len > start) caretFrom = col;
    text += shown;
    col += [...shown].length;
    i += len;
    if (caretTo < 0 && caretFrom >= 0 && i >= end) caretTo = col;
  }
  if (caretFrom < 0) caretFrom = col;
  // A zero-length span (something missing) gets one caret where it was expected.
  if (caretTo < 0 || end <= start) caretTo = end > start ? col : caretFrom;
  return { text: text + suffix, caretFrom, caretTo: Math.max(caretTo, caretFrom + 1) };
}

function formatText(file, bytes, result) {
  const out = [];
  for (const f of result.findings) {
    const cite = `RFC ${f.section.rfc} §${f.section.number}`;
    out.push(`${safe(file)}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${safe(f.message)} [${cite}]`);
    const { text, caretFrom, caretTo } = sourceLine(bytes, f.byteStart, f.byteEnd);
    const gutter = String(f.line).length;
    out.push(`${String(f.line).padStart(gutter + 1)} | ${text}`);
    out.push(`${" ".repeat(gutter + 1)} | ${" ".repeat(caretFrom)}${"^".repeat(caretTo - caretFrom)}`);
    for (const label of f.labels) {
      out.push(`${" ".repeat(gutter + 1)} = ${label.line}:${label.column}: ${safe(label.message)}`);
    }
    if (f.help) out.push(`${" ".repeat(gutter + 1)} = help: ${safe(f.help)}`);
  }
  return out;
}

function summary(results) {
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) count[f.severity]++;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count.error, "error")}, ${plural(count.warning, "warning")}, ${count.info} info`;
}

function listRules(format) {
  const all = rules();
  if (format === "json") return JSON.stringify(all, null, 2);
  const width = Math.max(...all.map((r) => r.id.length));
  return all
    .map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  RFC ${r.section.rfc} §${r.section.number.padEnd(6)} ${r.summary}`)
    .join("\n");
}

async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) return { stdout: USAGE, code: 0 };
  if (opts.version) return { stdout: version(), code: 0 };
  if (opts.listRules) return { stdout: listRules(opts.format), code: 0 };
  const options = { disable: opts.disable };
  if (opts.now !== undefined) options.now = opts.now;
  if (opts.lineEndings) options.lineEndings = opts.lineEndings;
  const inputs = await readInputs(opts.files);
  const results = inputs.map(({ bytes }) => lint(bytes, options));
  const failed = results.some((r) => r.findings.some((f) => f.severity === "error"));
  let stdout;
  if (opts.format === "json") {
    const value = inputs.length === 1 ? results[0] : results.map((r, i) => ({ file: inputs[i].file, ...r }));
    stdout = JSON.stringify(value, null, 2);
  } else {
    const lines = inputs.flatMap(({ file, bytes }, i) => formatText(file, bytes, results[i]));
    lines.push(summary(results));
    stdout = lines.join("\n");
  }
  return { stdout, code: failed ? 1 : 0 };
}

try {
  const { stdout, code } = await main(process.argv.slice(2));
  process.stdout.write(stdout + "\n");
  process.exitCode = code;
} catch (e) {
  const hint = e instanceof UsageError ? "\nTry 'wirelint --help'." : "";
  process.stderr.write(`wirelint: ${e.message.replace(/^lint: /, "")}${hint}\n`);
  process.exitCode = 2;
}
