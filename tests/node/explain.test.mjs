// explain() of the installed package: offsets in the caller's unit (UTF-16 for a string,
// bytes for a Uint8Array), every element kind, the parsed values, options and errors.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { crlf, importInstalled, install } from "./install.mjs";

let pkg;
let wirelint;
before(async () => {
  pkg = install();
  wirelint = await importInstalled(pkg.dir);
});
after(() => pkg?.cleanup());

/** The explanation at the first occurrence of `needle` (plus `skip` units). */
function at(text, needle, options, skip = 0) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not in the input`);
  const e = wirelint.explain(text, i + skip, options);
  assert.ok(e, `nothing at ${needle}`);
  return e;
}

/** The value of the detail row labelled `label`. */
function row(e, label) {
  const d = e.details.find((x) => x.label === label);
  assert.ok(d, `no ${label} row in ${JSON.stringify(e.details)}`);
  return d.value;
}

const EXCHANGE = crlf(
  "GET /café?q=😀 HTTP/1.1\nHost: example.com\nUser-Agent: test/1.0\nX-Note: naïve 😀 text\n" +
    "Accept: text/html;q=0.9, application/xhtml+xml, */*;q=0.1\n" +
    "Accept-Encoding: br;q=0.5, gzip\nIf-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT\n\n" +
    "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: public, max-age=3600, no-cache=\"Set-Cookie\"\n" +
    "Content-Type: text/plain; charset=utf-8\nTransfer-Encoding: chunked\nX-Clé: é\n\n" +
    "5;ext=1\nhello\n0\nX-Checksum: abc\n\n",
);

describe("explain(): offsets", () => {
  test("string input: start and end are UTF-16 offsets after non-ASCII text", () => {
    // The request-target holds é (2 UTF-8 bytes, 1 unit) and 😀 (4 bytes, 2 units).
    const e = at(EXCHANGE, "Cache-Control: public");
    assert.equal(e.element, "field-name");
    assert.equal(EXCHANGE.slice(e.start, e.end), "Cache-Control");
    assert.ok(Buffer.byteLength(EXCHANGE.slice(0, e.start)) > e.start, "non-ASCII text precedes");
    const v = at(EXCHANGE, "public");
    assert.equal(v.element, "field-value");
    assert.equal(EXCHANGE.slice(v.start, v.end), 'public, max-age=3600, no-cache="Set-Cookie"');
    const note = at(EXCHANGE, "naïve");
    assert.equal(EXCHANGE.slice(note.start, note.end), "naïve 😀 text");
    assert.equal(row(note, "Value"), "naïve 😀 text");
    const target = at(EXCHANGE, "/café");
    assert.equal(EXCHANGE.slice(target.start, target.end), "/café?q=😀");
    assert.equal(row(target, "Query"), "q=😀");
  });

  test("an offset inside a surrogate pair is the character's", () => {
    const i = EXCHANGE.indexOf("😀 text");
    const whole = wirelint.explain(EXCHANGE, i);
    assert.deepEqual(wirelint.explain(EXCHANGE, i + 1), whole);
    assert.equal(whole.element, "field-value");
  });

  test("Uint8Array input: byte offsets, and the same explanation", () => {
    const bytes = new TextEncoder().encode(EXCHANGE);
    const i = Buffer.from(bytes).indexOf("max-age=3600");
    const e = wirelint.explain(bytes, i);
    assert.equal(e.element, "field-value");
    assert.equal(Buffer.from(bytes.subarray(e.start, e.end)).toString(), 'public, max-age=3600, no-cache="Set-Cookie"');
    const fromString = at(EXCHANGE, "max-age=3600");
    assert.deepEqual({ ...e, start: 0, end: 0 }, { ...fromString, start: 0, end: 0 });
    assert.ok(e.start > fromString.start);
    // Invalid UTF-8 in bytes is fine.
    const head = "GET / HTTP/1.1\r\nX-Raw: ";
    const raw = new Uint8Array([...Buffer.from(head), 0xff, 0xfe, ...Buffer.from("\r\n\r\n")]);
    const r = wirelint.explain(raw, head.length + 1);
    assert.equal(r.element, "field-value");
    assert.deepEqual([r.start, r.end], [head.length, head.length + 2]);
    assert.match(row(r, "Value"), /\ufffd/);
  });

  test("the element under a cursor at its end; null on line ends, the empty line and past the end", () => {
    const text = crlf("GET / HTTP/1.1\nHost: a\n\n");
    assert.equal(wirelint.explain(text, 3).element, "method");
    assert.equal(wirelint.explain(text, text.indexOf(":")).element, "field-name");
    assert.equal(wirelint.explain(text, text.indexOf(": a") + 1).element, "field-value");
    assert.equal(wirelint.explain(text, text.indexOf("a\r") + 1).element, "field-value");
    assert.equal(wirelint.explain(text, text.indexOf("a\r") + 2), null);
    assert.equal(wirelint.explain(text, text.length - 1), null);
    assert.equal(wirelint.explain(text, text.length + 5), null);
    assert.equal(wirelint.explain("", 0), null);
  });
});

describe("explain(): each element", () => {
  test("the shape of an explanation", () => {
    const e = at(EXCHANGE, "GET");
    assert.deepEqual(Object.keys(e), ["messageIndex", "element", "start", "end", "title", "summary", "section", "details"]);
    assert.deepEqual(JSON.parse(JSON.stringify(e)), e);
  });

  test("method, request-target, http-version", () => {
    const m = at(EXCHANGE, "GET");
    assert.deepEqual([m.element, m.title, m.messageIndex], ["method", "Method GET", 0]);
    assert.deepEqual(m.section, { rfc: 9110, number: "9.3.1", title: "GET", url: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1" });
    assert.match(row(m, "Safe"), /^yes/);
    assert.match(row(m, "Idempotent"), /^yes/);
    const get = wirelint.methods().find((x) => x.name === "GET");
    assert.equal(m.summary, get.description);

    const t = at(EXCHANGE, "/café");
    assert.equal(t.element, "request-target");
    assert.equal(t.title, "Request target (origin-form)");
    assert.equal(t.section.number, "3.2.1");
    assert.equal(row(t, "Path"), "/café");

    const v = at(EXCHANGE, "HTTP/1.1");
    assert.equal(v.element, "http-version");
    assert.equal(v.section.number, "2.3");
    assert.equal(row(v, "Minor version"), "1");
  });

  test("status-code and reason-phrase, from the status code registry", () => {
    const s = at(EXCHANGE, "200");
    assert.deepEqual([s.element, s.title, s.messageIndex], ["status-code", "Status code 200 OK", 1]);
    assert.equal(s.section.number, "15.3.1");
    assert.equal(s.summary, wirelint.statusCodes().find((c) => c.code === 200).description);
    assert.match(row(s, "Class"), /^2xx Successful/);
    const r = at(EXCHANGE, "OK\r");
    assert.equal(r.element, "reason-phrase");
    assert.equal(r.section.number, "4");
    const tooLarge = wirelint.explain(crlf("HTTP/1.1 413 Payload Too Large\n\n"), 9);
    assert.equal(tooLarge.title, "Status code 413 Content Too Large");
  });

  test("field-name: the field's section and registration", () => {
    const n = at(EXCHANGE, "Cache-Control");
    assert.equal(n.title, "Cache-Control header field");
    assert.deepEqual([n.section.rfc, n.section.number], [9111, "5.2"]);
    assert.equal(row(n, "Registry"), "permanent");
    const x = at(EXCHANGE, "X-Clé");
    assert.equal(EXCHANGE.slice(x.start, x.end), "X-Clé");
    assert.equal(row(x, "Registry"), "not registered");
    const md5 = wirelint.explain(crlf("GET / HTTP/1.1\nContent-MD5: x\n\n"), 17);
    assert.match(row(md5, "Registry"), /^obsoleted/);
    assert.equal(row(md5, "Replaced by"), "Repr-Digest");
  });

  test("field-value: Cache-Control directives with their meaning", () => {
    const e = at(EXCHANGE, "max-age=3600");
    assert.deepEqual(e.details.map((d) => d.label), ["public", "max-age=3600", 'no-cache="Set-Cookie"']);
    assert.match(row(e, "max-age=3600"), /fresh for 3600 seconds \(1 hour\).*RFC 9111 §5\.2\.2\.1/);
    assert.match(row(e, 'no-cache="Set-Cookie"'), /Set-Cookie.*§5\.2\.2\.4/);
  });

  test("field-value: Accept and Accept-Encoding as preferences ordered by weight", () => {
    const a = at(EXCHANGE, "text/html;q=0.9");
    assert.deepEqual(a.details.slice(0, 3).map((d) => [d.label, d.value]), [
      ["application/xhtml+xml", "q=1 (no weight given)"],
      ["text/html", "q=0.9"],
      ["*/*", "q=0.1; any media type"],
    ]);
    const enc = at(EXCHANGE, "br;q=0.5");
    assert.deepEqual(enc.details.slice(0, 2).map((d) => d.label), ["gzip", "br"]);
  });

  test("field-value: an HTTP-date as an ISO 8601 instant, and with now how long ago", () => {
    const d = at(EXCHANGE, "Sun, 06 Nov");
    assert.equal(row(d, "Instant"), "1994-11-06T08:49:37Z");
    assert.match(row(d, "Form"), /^IMF-fixdate/);
    assert.ok(!d.details.some((x) => x.label === "Relative to now"));
    const now = Date.UTC(1994, 10, 8, 9, 49, 37);
    assert.equal(row(at(EXCHANGE, "Sun, 06 Nov", { now }), "Relative to now"), "2 days 1 hour ago");
    assert.equal(row(at(EXCHANGE, "Sun, 06 Nov", { now: new Date(now) }), "Relative to now"), "2 days 1 hour ago");
    const future = Date.UTC(1994, 10, 6, 8, 48, 37);
    assert.equal(row(at(EXCHANGE, "Sun, 06 Nov", { now: future }), "Relative to now"), "in 1 minute");
  });

  test("field-value: Content-Type, Content-Length against the body, Transfer-Encoding", () => {
    const ct = at(EXCHANGE, "text/plain");
    assert.equal(row(ct, "Media type"), "text/plain");
    assert.match(row(ct, "Parameter charset"), /^utf-8/);
    const te = at(EXCHANGE, "chunked");
    assert.match(row(te, "chunked"), /RFC 9112 §7\.1/);
    const cl = crlf("POST / HTTP/1.1\nContent-Length: 10\n\nhello");
    const e = wirelint.explain(cl, cl.indexOf("10"));
    assert.equal(row(e, "Octets"), "10 octets");
    assert.match(row(e, "Body"), /^incomplete: the input ends after 5 octets of the 10/);
  });

  test("body, chunk-size, chunk-extension, chunk-data, trailer-field", () => {
    const size = at(EXCHANGE, "5;ext");
    assert.deepEqual([size.element, size.title, size.section.number], ["chunk-size", "Chunk size 5 (5 octets)", "7.1"]);
    const ext = at(EXCHANGE, ";ext=1");
    assert.equal(ext.element, "chunk-extension");
    assert.equal(EXCHANGE.slice(ext.start, ext.end), ";ext=1");
    assert.equal(ext.section.number, "7.1.1");
    const data = at(EXCHANGE, "hello");
    assert.equal(data.element, "chunk-data");
    assert.equal(EXCHANGE.slice(data.start, data.end), "hello");
    const trailer = at(EXCHANGE, "X-Checksum");
    assert.equal(trailer.element, "trailer-field");
    assert.equal(EXCHANGE.slice(trailer.start, trailer.end), "X-Checksum: abc");
    assert.equal(trailer.title, "X-Checksum trailer field");
    const last = at(EXCHANGE, "0\r\nX-Checksum");
    assert.equal(last.title, "Last chunk (size 0)");
    const body = at(EXCHANGE, "\r\nhello", undefined, 2 + 5);
    assert.equal(body.element, "body");
    assert.match(row(body, "Framing"), /chunked/);

    const plain = crlf("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi");
    const b = wirelint.explain(plain, plain.length - 2);
    assert.deepEqual([b.element, plain.slice(b.start, b.end), b.section.number], ["body", "hi", "6.3"]);
  });
});

describe("explain(): options and errors", () => {
  test("lineEndings: LF-only text is read as CRLF in auto mode, as exact in strict mode", () => {
    const text = "GET / HTTP/1.1\nHost: example.com\nAccept: */*\n\n";
    assert.equal(wirelint.explain(text, text.indexOf("Accept")).title, "Accept header field");
    assert.equal(wirelint.explain(text, text.indexOf("Accept"), { lineEndings: "strict" })?.title, "Accept header field");
  });

  test("invalid arguments throw an Error that says what is wrong", () => {
    const cases = [
      [["GET", -1], /explain: offset must be a non-negative integer, not -1/],
      [["GET", 1.5], /offset must be a non-negative integer, not 1\.5/],
      [["GET", "1"], /offset must be a non-negative integer, not "1"/],
      [["GET"], /offset must be a non-negative integer, not undefined/],
      [[42, 0], /explain: input must be a string or a Uint8Array/],
      [["GET", 0, { now: "today" }], /explain: options\.now must be a Date or a number/],
      [["GET", 0, { lineEnding: "auto" }], /explain: unknown option "lineEnding"/],
    ];
    for (const [args, message] of cases) {
      assert.throws(() => wirelint.explain(...args), (e) => e instanceof Error && message.test(e.message), JSON.stringify(args));
    }
  });
});
