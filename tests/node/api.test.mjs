// The JS API of the installed package: result shape, offsets, options, rules(), version().
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { crlf, importInstalled, install } from "./install.mjs";

let pkg;
let wirelint;
before(async () => {
  pkg = install();
  wirelint = await importInstalled(pkg.dir);
});
after(() => pkg?.cleanup());

// Each of these is clean but for what its name says: other rules (user-agent-missing,
// date-missing, …) have nothing to report, so the tests see only the findings they mean.
const CONFLICT = crlf(
  "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/plain\nContent-Length: 5\nContent-Length: 6\n\nhello",
);
const CLEAN = crlf("GET / HTTP/1.1\nHost: example.com\nUser-Agent: wirelint-test/1.0\n\n");

/** The findings of one rule. */
const only = (findings, rule) => findings.filter((f) => f.rule === rule);
/** The rule ids of the error-level findings. */
const errors = (findings) => findings.filter((f) => f.severity === "error").map((f) => f.rule);

describe("package", () => {
  test("the tarball holds the wasm, both entry points, the CLI and the types", () => {
    for (const f of ["package.json", "wirelint.js", "wirelint_bg.wasm", "wirelint_rules.js", "wirelint.d.ts", "node.js", "cli.js", "README.md"]) {
      assert.ok(pkg.files.includes(f), `${f} missing from ${pkg.files}`);
    }
    assert.ok(pkg.files.some((f) => /^snippets\/.+\.js$/.test(f)), `no snippets/ in ${pkg.files}`);
  });

  test('the browser entry "wirelint/web" works after init()', () => {
    const code = `
      import { readFileSync } from "node:fs";
      import init, { lint } from "wirelint/web";
      const wasm = readFileSync(new URL(import.meta.resolve("wirelint/wirelint_bg.wasm")));
      await init({ module_or_path: wasm });
      console.log(lint(${JSON.stringify(CLEAN)}).findings.length);`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: pkg.dir, encoding: "utf8" });
    assert.equal(r.stderr, "");
    assert.equal(r.stdout.trim(), "0");
  });

  test('import { lint } from "wirelint" works in a plain Node project', () => {
    const code = 'import { lint } from "wirelint"; console.log(lint("GET / HTTP/1.1\\r\\n\\r\\n").findings.map((f) => f.rule).includes("host-missing"));';
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: pkg.dir, encoding: "utf8" });
    assert.equal(r.stderr, "");
    assert.equal(r.stdout.trim(), "true");
  });

  test("version() is the package version", () => {
    const { version } = JSON.parse(readFileSync(join(pkg.packageDir, "package.json"), "utf8"));
    assert.match(wirelint.version(), /^\d+\.\d+\.\d+/);
    assert.equal(wirelint.version(), version);
  });
});

describe("lint()", () => {
  test("returns messages and findings with every documented property", () => {
    const text = crlf("GET /a HTTP/1.1\nAccept: */*\n\nHTTP/1.1 200 OK\nContent-Length: 2\n\nhi");
    const r = wirelint.lint(text);
    assert.deepEqual(Object.keys(r), ["messages", "findings"]);
    assert.equal(r.messages.length, 2);
    const [req, res] = r.messages;
    assert.equal(req.kind, "request");
    assert.equal(req.method, "GET");
    assert.equal(req.target, "/a");
    assert.equal(req.version, "HTTP/1.1");
    assert.equal(req.status, null);
    assert.equal(req.request, null);
    assert.equal(req.framing, "zero");
    assert.deepEqual(req.fields, [
      { name: "Accept", value: "*/*", start: 17, end: 28, nameStart: 17, nameEnd: 23, valueStart: 25, valueEnd: 28 },
    ]);
    assert.equal(res.kind, "response");
    assert.equal(res.status, "200");
    assert.equal(res.reason, "OK");
    assert.equal(res.method, null);
    assert.equal(res.request, 0);
    assert.equal(res.framing, "content-length");
    assert.equal(text.slice(res.body.start, res.body.end), "hi");
    assert.equal(res.body.complete, true);
    assert.equal(text.slice(res.start, res.end), text.slice(req.end));

    // The request has no Host (and no User-Agent: a warning); host-missing is the one error.
    assert.deepEqual(errors(r.findings), ["host-missing"]);
    const [f] = only(r.findings, "host-missing");
    assert.deepEqual(Object.keys(f).sort(), [
      "byteEnd", "byteStart", "column", "end", "help", "labels", "line", "message", "messageIndex",
      "quote", "rule", "section", "severity", "start",
    ]);
    assert.equal(f.rule, "host-missing");
    assert.equal(f.severity, "error");
    assert.equal(f.messageIndex, 0);
    assert.equal(typeof f.message, "string");
    assert.equal(typeof f.help, "string");
    assert.deepEqual(f.section, {
      rfc: 9112,
      number: "3.2",
      title: "Request Target",
      url: "https://www.rfc-editor.org/rfc/rfc9112#section-3.2",
    });
    assert.match(f.quote, /MUST send a Host header field/);
    assert.deepEqual([f.start, f.end, f.line, f.column], [28, 28, 2, 12]);
    assert.deepEqual(f.labels, [
      { message: "request-target", start: 4, end: 6, byteStart: 4, byteEnd: 6, line: 1, column: 5 },
    ]);
  });

  test("a clean message has no findings", () => {
    assert.deepEqual(wirelint.lint(CLEAN).findings, []);
    const response = crlf("HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/plain\nContent-Length: 2\n\nhi");
    assert.deepEqual(wirelint.lint(CLEAN + response).findings, []);
  });

  test("string input: offsets and columns are UTF-16 units of the string", () => {
    // é is 2 UTF-8 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 units (a surrogate pair).
    const text = crlf("HTTP/1.1 200 OK\nX-Note: café 😀 ok\nContent-Length: 5\nX-After: ü😀\nContent-Length: 6\n\nhello");
    const r = wirelint.lint(text);
    const f = r.findings.find((x) => x.rule === "content-length-conflict");
    assert.ok(f, JSON.stringify(r.findings));
    assert.equal(text.slice(f.start, f.end), "6");
    const utf8 = Buffer.from(text);
    assert.equal(utf8.subarray(f.byteStart, f.byteEnd).toString(), "6");
    // é and ü: 2 bytes, 1 unit; 😀: 4 bytes, 2 units.
    assert.equal(f.byteStart - f.start, 1 + 2 + 1 + 2);
    assert.equal(f.line, 5);
    assert.equal(f.column, "Content-Length: ".length + 1);
    const [label] = f.labels;
    assert.equal(text.slice(label.start, label.end), "5");
    const fields = r.messages[0].fields;
    assert.equal(fields[0].value, "café 😀 ok");
    assert.equal(text.slice(fields[0].valueStart, fields[0].valueEnd), "café 😀 ok");
    assert.equal(text.slice(fields[2].start, fields[2].end), "X-After: ü😀");
    assert.equal(text.slice(fields[2].nameStart, fields[2].nameEnd), "X-After");
  });

  test("a column after non-ASCII text on the same line counts UTF-16 units", () => {
    const text = crlf("GET /é😀 HTTP/1.1\nAccept: */*\n\n");
    const [f] = only(wirelint.lint(text).findings, "host-missing");
    assert.ok(f);
    const label = f.labels[0];
    assert.equal(text.slice(label.start, label.end), "/é😀");
    assert.deepEqual([label.line, label.column], [1, 5]);
    assert.equal(f.column, "Accept: */*".length + 1);
  });

  test("Uint8Array input: offsets are bytes, invalid UTF-8 is fine", () => {
    const bytes = new Uint8Array([
      ...Buffer.from("HTTP/1.1 200 OK\r\nX-Raw: \xff\xfe caf"),
      0xc3, 0xa9, 0xff,
      ...Buffer.from("\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello"),
    ]);
    const r = wirelint.lint(bytes);
    const f = r.findings.find((x) => x.rule === "content-length-conflict");
    assert.ok(f);
    assert.equal(f.start, f.byteStart);
    assert.equal(f.end, f.byteEnd);
    assert.equal(Buffer.from(bytes.subarray(f.start, f.end)).toString(), "6");
    assert.equal(f.line, 4);
    assert.equal(f.column, 17);
    const raw = r.messages[0].fields[0];
    assert.equal(raw.name, "X-Raw");
    assert.equal(raw.value, new TextDecoder().decode(bytes.subarray(raw.valueStart, raw.valueEnd)));
    assert.match(raw.value, /\ufffd/);
  });

  test("ASCII as a string and as bytes gives the same result, of plain data", () => {
    const text = crlf("GET /a HTTP/1.1\nAccept: */*\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2\nhi\n0\n\n") + CONFLICT;
    const fromString = wirelint.lint(text);
    assert.deepEqual(wirelint.lint(new TextEncoder().encode(text)), fromString);
    assert.deepEqual(JSON.parse(JSON.stringify(fromString)), fromString);
    assert.equal(fromString.messages.length, 3);
    assert.equal(fromString.messages[1].framing, "chunked");
  });

  test("a Buffer is a Uint8Array too", () => {
    const r = wirelint.lint(Buffer.from(CONFLICT));
    assert.deepEqual(r.findings.map((f) => f.rule), ["content-length-conflict"]);
    assert.deepEqual(r, wirelint.lint(new Uint8Array(Buffer.from(CONFLICT))));
  });

  test("a lone surrogate in a string keeps offsets aligned", () => {
    const text = crlf("HTTP/1.1 200 OK\nX-Odd: \ud800!\nContent-Length: 5\nContent-Length: 6\n\nhello");
    const f = wirelint.lint(text).findings.find((x) => x.rule === "content-length-conflict");
    assert.equal(text.slice(f.start, f.end), "6");
  });

  test("random non-ASCII input: every offset, line and column matches the string", () => {
    // A small seeded generator, so that a failure can be replayed.
    let seed = 12345;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const pieces = ["GET / HTTP/1.1", "HTTP/1.1 200 OK", "Host: a", "Content-Length: 3", "Content-Length: 4",
      "Transfer-Encoding: chunked", "X-U: é😀ü", "😀", "é", " ", ":", "\r\n", "\n", "\r", "abc", "0", "\r\n\r\n"];
    const utf8 = (text) => Buffer.byteLength(text);
    for (let round = 0; round < 200; round++) {
      let text = "";
      for (let k = rand(40); k >= 0; k--) text += pieces[rand(pieces.length)];
      const bytes = Buffer.from(text);
      const isBoundary = (b) => b >= bytes.length || (bytes[b] & 0xc0) !== 0x80;
      const r = wirelint.lint(text, { lineEndings: rand(2) ? "auto" : "strict" });
      const spans = [];
      for (const f of r.findings) spans.push([f, "finding"], ...f.labels.map((l) => [l, "label"]));
      for (const m of r.messages) {
        spans.push([m, "message"], [m.body, "body"]);
        for (const f of m.fields) {
          spans.push([f, "field"], [{ start: f.nameStart, end: f.nameEnd }, "name"], [{ start: f.valueStart, end: f.valueEnd }, "value"]);
          assert.equal(f.value, text.slice(f.valueStart, f.valueEnd));
        }
      }
      for (const [span, what] of spans) {
        const where = `${what} ${JSON.stringify(span)} in ${JSON.stringify(text)}`;
        assert.ok(span.start <= span.end && span.end <= text.length, where);
        if (span.byteStart === undefined) continue;
        if (isBoundary(span.byteStart)) assert.equal(utf8(text.slice(0, span.start)), span.byteStart, where);
        if (isBoundary(span.byteEnd) && span.byteEnd > span.byteStart) assert.equal(utf8(text.slice(0, span.end)), span.byteEnd, where);
        if (span.line === undefined) continue;
        const before = text.slice(0, span.start);
        const lineStart = before.lastIndexOf("\n") + 1;
        assert.equal(span.line, before.split("\n").length, where);
        assert.equal(span.column, span.start - lineStart + 1, where);
      }
    }
  });

  test("a large input gets its findings and every message", () => {
    const one = crlf("POST /é HTTP/1.1\nHost: a\nContent-Length: 2\n\nhi");
    const text = one.repeat(2000) + crlf("GET / HTTP/1.1\n\n");
    const r = wirelint.lint(text);
    assert.equal(r.messages.length, 2001);
    const last = r.messages[2000];
    assert.equal(text.slice(last.start, last.end), "GET / HTTP/1.1\r\n\r\n");
    const missing = only(r.findings, "host-missing");
    assert.equal(missing.length, 1);
    assert.equal(missing[0].line, 2000 * 4 + 1);
    assert.equal(missing[0].messageIndex, 2000);
  });
});

describe("options", () => {
  test("disable drops a rule's findings, and only those", () => {
    assert.deepEqual(wirelint.lint(CONFLICT).findings.map((f) => f.rule), ["content-length-conflict"]);
    assert.deepEqual(wirelint.lint(CONFLICT, { disable: ["content-length-conflict"] }).findings, []);
    assert.deepEqual(wirelint.lint(CONFLICT, {}), wirelint.lint(CONFLICT));
    assert.deepEqual(wirelint.lint(CONFLICT, undefined), wirelint.lint(CONFLICT));
    // A message with several findings keeps the others.
    const text = crlf("GET / HTTP/1.1\nAccept: */*\n\n");
    const all = wirelint.lint(text).findings;
    assert.deepEqual(all.map((f) => f.rule), ["host-missing", "user-agent-missing"]);
    assert.deepEqual(wirelint.lint(text, { disable: ["user-agent-missing"] }).findings, only(all, "host-missing"));
  });

  test("lineEndings: auto reads LF-only input as CRLF, strict reports bare LF", () => {
    const text = "GET / HTTP/1.1\nHost: a\nUser-Agent: t/1\n\n";
    const auto = wirelint.lint(text).findings.map((f) => [f.rule, f.severity]);
    assert.deepEqual(auto, [["line-endings-assumed", "info"]]);
    assert.deepEqual(wirelint.lint(text, { lineEndings: "auto" }).findings.map((f) => f.rule), ["line-endings-assumed"]);
    const strict = wirelint.lint(text, { lineEndings: "strict" }).findings;
    assert.deepEqual(strict.map((f) => [f.rule, f.severity]), [["bare-lf", "error"]]);
    assert.equal(text.slice(strict[0].start, strict[0].end), "\n");
  });

  test("auto is strict for input that has CRs", () => {
    const mixed = "GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: t/1\n\r\n";
    const findings = wirelint.lint(mixed).findings;
    assert.deepEqual(findings.map((f) => f.rule), ["bare-lf"]);
    assert.equal(findings[0].start, mixed.indexOf("t/1\n") + 3);
  });

  test("now (a Date or milliseconds since 1970) turns on the checks that need the current time", () => {
    // Wed, 15 Nov 2023 22:13:20 GMT is 1700086400 s; a Date more than 60 s ahead of now is reported.
    const text = crlf(
      "HTTP/1.1 200 OK\nDate: Wed, 15 Nov 2023 22:13:20 GMT\nContent-Type: text/plain\nContent-Length: 0\n\n",
    );
    const rules = (options) => wirelint.lint(text, options).findings.map((f) => f.rule);
    assert.deepEqual(rules(), []);
    assert.deepEqual(rules({ now: null }), []);
    assert.deepEqual(rules({ now: 1_700_000_000_000 }), ["date-in-future"]);
    assert.deepEqual(rules({ now: new Date("2023-11-14T22:13:20Z") }), ["date-in-future"]);
    assert.deepEqual(rules({ now: new Date("2023-11-15T22:13:20Z") }), []);
    // Milliseconds round down to seconds: 61 s ahead is reported, 60 s is not.
    assert.deepEqual(rules({ now: 1_700_086_339_999 }), ["date-in-future"]);
    assert.deepEqual(rules({ now: 1_700_086_340_000 }), []);
    const [f] = wirelint.lint(text, { now: 1_700_000_000_000 }).findings;
    assert.equal(text.slice(f.start, f.end), "Wed, 15 Nov 2023 22:13:20 GMT");
    assert.equal(f.severity, "warning");
  });

  test("invalid options throw an Error that says what is wrong", () => {
    const cases = [
      [{ lineEndings: "crlf" }, /lineEndings must be "auto" or "strict", not "crlf"/],
      [{ lineEndings: 1 }, /lineEndings must be "auto" or "strict", not number/],
      [{ disable: "host-missing" }, /disable must be an array of rule ids, not "host-missing"/],
      [{ disable: [1] }, /disable must hold rule ids \(strings\), not number/],
      [{ disable: ["no-such-rule"] }, /unknown rule id "no-such-rule"/],
      [{ now: "2024-01-01" }, /now must be a Date or a number of milliseconds since 1970 \(as Date\.now\(\) gives\), not "2024-01-01"/],
      [{ now: NaN }, /now must be a valid time/],
      [{ now: new Date("not a date") }, /now must be a valid time/],
      [{ now: 1e16 }, /now must be a valid time \(milliseconds within ±8\.64e15\), not 10000000000000000/],
      [{ now: Infinity }, /now must be a valid time/],
      [{ lineEnding: "strict" }, /unknown option "lineEnding" \(known: lineEndings, disable, now\)/],
      ["strict", /options must be an object/],
      [[], /options must be an object/],
    ];
    for (const [options, message] of cases) {
      assert.throws(() => wirelint.lint("GET / HTTP/1.1\r\n\r\n", options), (e) => e instanceof Error && message.test(e.message), JSON.stringify(options));
    }
  });

  test("input of another type throws", () => {
    for (const input of [undefined, 42, {}, [71, 69, 84]]) {
      assert.throws(() => wirelint.lint(input), /input must be a string or a Uint8Array/);
    }
  });
});

describe("rules()", () => {
  test("lists every rule with its documentation", () => {
    const all = wirelint.rules();
    assert.ok(all.length >= 10);
    assert.equal(new Set(all.map((r) => r.id)).size, all.length);
    for (const r of all) {
      assert.deepEqual(Object.keys(r), ["id", "severity", "section", "quote", "summary", "docs"]);
      assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(["error", "warning", "info"].includes(r.severity));
      assert.ok([9110, 9111, 9112].includes(r.section.rfc));
      assert.match(r.section.url, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc911[012]#(section|appendix)-/);
      assert.ok(r.quote.length > 0, `${r.id} has no quote`);
      assert.ok(r.summary.length > 0, `${r.id} has no summary`);
      assert.match(r.docs, /^## What it checks$/m);
    }
    const host = all.find((r) => r.id === "host-missing");
    assert.equal(host.section.number, "3.2");
  });

  test("the documentation comes from wirelint_rules.js, not from the wasm", () => {
    const wasm = readFileSync(join(pkg.packageDir, "wirelint_bg.wasm"));
    assert.equal(wasm.indexOf("## What it checks"), -1, "rule documentation is compiled into the wasm");
    const module = readFileSync(join(pkg.packageDir, "wirelint_rules.js"), "utf8");
    const all = wirelint.rules();
    for (const r of all) assert.ok(module.includes(JSON.stringify(r.id) + ": { quote: "), r.id);
    assert.equal(module.match(/^ {2}"[a-z0-9-]+": \{ quote: /gm).length, all.length);
  });

  test("each finding's quote and section are its rule's", () => {
    const byId = new Map(wirelint.rules().map((r) => [r.id, r]));
    for (const f of wirelint.lint(CONFLICT + crlf("\nGET / HTTP/1.1\n\n")).findings) {
      assert.equal(f.quote, byId.get(f.rule).quote);
      assert.deepEqual(f.section, byId.get(f.rule).section);
      assert.equal(f.severity, byId.get(f.rule).severity);
    }
  });
});
