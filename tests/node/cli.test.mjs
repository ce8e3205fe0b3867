// The installed `wirelint` command: files and stdin, text and JSON, exit codes, and the
// three cases of the issue that asked for the CLI.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { crlf, install, run } from "./install.mjs";

let pkg;
let file;
before(() => {
  pkg = install();
  file = (name, text) => {
    const path = join(pkg.dir, name);
    writeFileSync(path, text);
    return path;
  };
});
after(() => pkg?.cleanup());

// Each message is clean but for what its name says (it has the User-Agent, Date and
// Content-Type that other rules ask for), so that a test sees only the findings it means.
const UA = "User-Agent: curl/8.5.0\n";
const NO_HOST = crlf(`GET /index.html HTTP/1.1\n${UA}Accept: text/html\n\n`);
const TWO_LENGTHS = crlf(
  "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/plain\nContent-Length: 5\nContent-Length: 6\n\nhello",
);
const LENGTH_AND_CHUNKED = crlf(`POST /upload HTTP/1.1\nHost: example.com\n${UA}Content-Length: 3\nTransfer-Encoding: chunked\n\n0\n\n`);
const CLEAN = crlf(`GET / HTTP/1.1\nHost: example.com\n${UA}\n`);
const CLEAN_LF = `GET / HTTP/1.1\nHost: a\n${UA}\n`;

describe("the issue's three cases, as --format json", () => {
  const cases = [
    ["a request without Host", NO_HOST, "host-missing", "3.2", (f, text) => {
      // Missing: an empty span where the field was expected, after the last field line.
      assert.equal(f.start, f.end);
      assert.equal(f.start, text.indexOf("text/html") + "text/html".length);
      assert.equal(text.slice(f.labels[0].start, f.labels[0].end), "/index.html");
    }],
    ["a response with two different Content-Length values", TWO_LENGTHS, "content-length-conflict", "6.3", (f, text) => {
      assert.equal(text.slice(f.start, f.end), "6");
      assert.equal(text.slice(f.labels[0].start, f.labels[0].end), "5");
    }],
    ["a request with Content-Length and Transfer-Encoding: chunked", LENGTH_AND_CHUNKED, "content-length-with-transfer-encoding", "6.2", (f, text) => {
      assert.equal(text.slice(f.start, f.end), "Content-Length: 3");
    }],
  ];
  for (const [name, text, rule, section, checkSpan] of cases) {
    test(name, () => {
      const r = run(pkg.bin, ["--format", "json", file(`${rule}.http`, text)]);
      assert.equal(r.code, 1, r.stderr);
      const result = JSON.parse(r.stdout);
      const errors = result.findings.filter((f) => f.severity === "error");
      assert.deepEqual(errors.map((f) => f.rule), [rule]);
      assert.deepEqual(result.findings.map((f) => f.rule), [rule]);
      const [f] = errors;
      assert.equal(f.section.rfc, 9112);
      assert.equal(f.section.number, section);
      assert.equal(f.section.url, `https://www.rfc-editor.org/rfc/rfc9112#section-${section}`);
      assert.ok(f.quote.length > 20);
      checkSpan(f, text);
    });
  }
});

describe("wirelint FILE", () => {
  test("JSON for one file is exactly the lint() result", async () => {
    const { lint } = await import(join(pkg.packageDir, "node.js"));
    const r = run(pkg.bin, ["--format=json", file("conflict.http", TWO_LENGTHS)]);
    assert.deepEqual(JSON.parse(r.stdout), lint(new Uint8Array(Buffer.from(TWO_LENGTHS))));
  });

  test("JSON for several files is an array with each file", () => {
    const a = file("a.http", CLEAN);
    const b = file("b.http", NO_HOST);
    const r = run(pkg.bin, ["--format", "json", a, b]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 2);
    assert.deepEqual(out.map((x) => x.file), [a, b]);
    assert.deepEqual(out[0].findings, []);
    assert.deepEqual(out[1].findings.map((f) => f.rule), ["host-missing"]);
    assert.ok(Array.isArray(out[1].messages));
  });

  test("text: location, severity, rule, message, citation, source line, caret, help", () => {
    const path = file("conflict.http", TWO_LENGTHS);
    const r = run(pkg.bin, [path]);
    assert.equal(r.code, 1);
    const lines = r.stdout.split("\n");
    assert.equal(lines[0], `${path}:5:17: error content-length-conflict ${lines[0].split("content-length-conflict ")[1].split(" [")[0]} [RFC 9112 §6.3]`);
    assert.equal(lines[1], " 5 | Content-Length: 6\\r");
    assert.equal(lines[2], "   |                 ^");
    assert.ok(lines.some((l) => l.startsWith("   = help: ")), r.stdout);
    assert.match(lines.at(-2), /^1 error, 0 warnings, 0 info$/);
  });

  test("text: control characters and invalid UTF-8 in the source line are escaped", () => {
    const bytes = Buffer.concat([Buffer.from("GET / HTTP/1.1\r\nUser-Agent: t/1\r\nX-Evil: \x1b[2J\x07\u202e "), Buffer.from([0xff]), Buffer.from("\r\n\r\n")]);
    const r = run(pkg.bin, [file("evil.http", bytes)]);
    assert.equal(r.code, 1);
    assert.ok(!/[\x00-\x09\x0b-\x1f\x7f\u202e]/.test(r.stdout), JSON.stringify(r.stdout));
    assert.ok(r.stdout.includes(" 3 | X-Evil: \\x1B[2J\\x07\\u{202E} \\xFF\\r\n"), r.stdout);
    // The caret of host-missing's empty span sits after the escaped text, before the line end.
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => / error host-missing /.test(l));
    assert.ok(at >= 0, r.stdout);
    const caret = lines[at + 2];
    assert.match(caret, /^ +\| +\^$/);
    assert.equal(caret.indexOf("^"), " 3 | X-Evil: \\x1B[2J\\x07\\u{202E} \\xFF".length);
  });

  test("a clean file exits 0; warnings and info alone exit 0", () => {
    assert.equal(run(pkg.bin, [file("clean.http", CLEAN)]).code, 0);
    const lf = run(pkg.bin, [file("lf.http", CLEAN_LF)]);
    assert.equal(lf.code, 0);
    assert.match(lf.stdout, /info line-endings-assumed/);
    assert.match(lf.stdout, /^0 errors, 0 warnings, 1 info$/m);
    const warned = run(pkg.bin, [file("no-ua.http", crlf("GET / HTTP/1.1\nHost: a\n\n"))]);
    assert.equal(warned.code, 0);
    assert.match(warned.stdout, /warning user-agent-missing/);
    assert.match(warned.stdout, /^0 errors, 1 warning, 0 info$/m);
  });

  test("--line-endings strict and --disable reach lint()", () => {
    const lf = file("lf.http", CLEAN_LF);
    const strict = run(pkg.bin, ["--line-endings", "strict", "--format", "json", lf]);
    assert.equal(strict.code, 1);
    assert.deepEqual(JSON.parse(strict.stdout).findings.map((f) => f.rule), ["bare-lf"]);
    const off = run(pkg.bin, ["--line-endings=strict", "--disable", "bare-lf,host-missing", "--format", "json", lf]);
    assert.equal(off.code, 0);
    assert.deepEqual(JSON.parse(off.stdout).findings, []);
  });
});

describe("--now", () => {
  // Date: 1700086400 s (2023-11-15T22:13:20Z): ahead of the clock only before that.
  const DATED = crlf("HTTP/1.1 200 OK\nDate: Wed, 15 Nov 2023 22:13:20 GMT\nContent-Type: text/plain\nContent-Length: 0\n\n");
  const rules = (args) => {
    const r = run(pkg.bin, ["--format", "json", ...args, file("dated.http", DATED)]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout).findings.map((f) => f.rule);
  };

  test("an ISO 8601 date-time or date sets lint()'s now", () => {
    assert.deepEqual(rules([]), []);
    assert.deepEqual(rules(["--now", "2023-11-14T22:13:20Z"]), ["date-in-future"]);
    assert.deepEqual(rules(["--now=2023-11-15T23:13:20+01:00"]), []);
    assert.deepEqual(rules(["--now", "2023-11-15T22:12:19.5Z"]), ["date-in-future"]);
    assert.deepEqual(rules(["--now", "2023-11-15"]), ["date-in-future"]);
    assert.deepEqual(rules(["--now", "2023-11-16"]), []);
  });

  test('"now" is the clock', () => {
    const future = crlf("HTTP/1.1 200 OK\nDate: Fri, 31 Dec 2099 23:59:59 GMT\n\n");
    const r = run(pkg.bin, ["--now", "now", file("future.http", future)]);
    assert.match(r.stdout, /warning date-in-future/);
    assert.doesNotMatch(run(pkg.bin, [file("future.http", future)]).stdout, /date-in-future/);
  });

  test("anything else is a usage error", () => {
    for (const bad of ["yesterday", "2024-05-01T12:00:00", "2024-02-30", "2024-13-01", "1700000000", ""]) {
      const r = run(pkg.bin, ["--now", bad], { input: CLEAN });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /^wirelint: --now must be an ISO 8601 date-time with a zone/, bad);
    }
  });
});

describe("wirelint < stdin", () => {
  test("reads stdin when no file is given", () => {
    const r = run(pkg.bin, ["--format", "json"], { input: TWO_LENGTHS });
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f) => f.rule), ["content-length-conflict"]);
    const text = run(pkg.bin, [], { input: NO_HOST });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^<stdin>:3:18: error host-missing /);
    assert.equal(run(pkg.bin, ["-"], { input: CLEAN }).code, 0);
  });
});

describe("usage and I/O errors exit 2 with a message on stderr", () => {
  const cases = [
    [["--format", "xml"], /--format must be text or json, not "xml"/],
    [["--line-endings", "crlf"], /--line-endings must be auto or strict, not "crlf"/],
    [["--frobnicate"], /unknown option --frobnicate/],
    [["--format"], /--format needs a value/],
    [["--disable", "no-such-rule"], /unknown rule id "no-such-rule"/],
    [["does-not-exist.http"], /cannot read does-not-exist.http: no such file/],
  ];
  for (const [args, message] of cases) {
    test(args.join(" "), () => {
      const r = run(pkg.bin, args, { input: CLEAN, cwd: pkg.dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^wirelint: /);
    });
  }
});

describe("--list-rules, --help, --version", () => {
  test("--list-rules --format json prints rules()", async () => {
    const { rules } = await import(join(pkg.packageDir, "node.js"));
    const r = run(pkg.bin, ["--list-rules", "--format", "json"]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), rules());
  });

  test("--list-rules prints one rule a line", () => {
    const r = run(pkg.bin, ["--list-rules"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^host-missing +error +RFC 9112 §3\.2 +An HTTP\/1\.1 request without a Host/m);
  });

  test("--help and --version", () => {
    const help = run(pkg.bin, ["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: wirelint /);
    const { version } = JSON.parse(readFileSync(join(pkg.packageDir, "package.json"), "utf8"));
    const v = run(pkg.bin, ["--version"]);
    assert.equal(v.code, 0);
    assert.equal(v.stdout, `${version}\n`);
  });
});
