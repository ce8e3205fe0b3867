// statusCodes(), methods() and fieldNames() of the installed package: each holds every entry
// of the Rust registry it comes from (src/status.rs, src/method.rs, src/fields/registry.rs,
// read here from the source), with the same values.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT, importInstalled, install } from "./install.mjs";

let pkg;
let wirelint;
before(async () => {
  pkg = install();
  wirelint = await importInstalled(pkg.dir);
});
after(() => pkg?.cleanup());

const source = (path) => readFileSync(join(ROOT, path), "utf8");
const url = (rfc, section) => `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`;

describe("statusCodes()", () => {
  // `    413 ClientError Active "Content Too Large" ["Payload Too Large", …] (9110, "15.5.14")
  //         "description";`
  const ROW = /^ {4}(\d{3}) (\w+) (\w+) "([^"]*)" \[([^\]]*)\] \((\d+), "([^"]+)"\)\s*\n\s*"([^"]*)";/gm;
  const rust = [...source("src/status.rs").matchAll(ROW)];

  test("every code of src/status.rs, in order, with the same values", () => {
    assert.ok(rust.length >= 60, `only ${rust.length} rows parsed from src/status.rs`);
    const codes = wirelint.statusCodes();
    assert.equal(codes.length, rust.length);
    const classes = { Informational: "1xx", Successful: "2xx", Redirection: "3xx", ClientError: "4xx", ServerError: "5xx" };
    rust.forEach(([, code, cls, reg, phrase, former, rfc, section, description], i) => {
      const c = codes[i];
      assert.deepEqual(Object.keys(c), ["code", "phrase", "class", "className", "registration", "formerPhrases", "reference", "description"]);
      assert.equal(c.code, Number(code));
      assert.equal(c.phrase, phrase);
      assert.equal(c.class, classes[cls]);
      assert.equal(c.registration, reg.toLowerCase());
      assert.deepEqual(c.formerPhrases, [...former.matchAll(/"([^"]*)"/g)].map((m) => m[1]));
      assert.deepEqual(c.reference, { document: `RFC ${rfc}`, section, url: url(rfc, section) });
      assert.equal(c.description, description);
    });
  });

  test("404 Not Found, 413 Content Too Large, 418 reserved, classes named as RFC 9110 §15 does", () => {
    const byCode = new Map(wirelint.statusCodes().map((c) => [c.code, c]));
    assert.equal(byCode.get(404).phrase, "Not Found");
    assert.equal(byCode.get(404).class, "4xx");
    assert.equal(byCode.get(404).className, "Client Error");
    assert.equal(byCode.get(404).reference.url, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
    assert.equal(byCode.get(413).phrase, "Content Too Large");
    assert.deepEqual(byCode.get(413).formerPhrases, ["Payload Too Large", "Request Entity Too Large"]);
    assert.equal(byCode.get(418).registration, "reserved");
    assert.equal(byCode.get(305).registration, "deprecated");
    assert.equal(byCode.get(103).reference.document, "RFC 8297");
    assert.equal(byCode.get(500).className, "Server Error");
    assert.ok(!byCode.has(299));
  });

  test("each call returns fresh objects", () => {
    const a = wirelint.statusCodes();
    a[0].phrase = "changed";
    assert.notEqual(wirelint.statusCodes()[0].phrase, "changed");
  });
});

describe("methods()", () => {
  // `    "GET" true true Active (9110, "9.3.1")\n        "description";`
  const ROW = /^ {4}"([^"]+)" (true|false) (true|false) (\w+) \((\d+), "([^"]+)"\)\s*\n\s*"([^"]*)";/gm;
  const rust = [...source("src/method.rs").matchAll(ROW)];

  test("every method of src/method.rs, in order, with the same values", () => {
    assert.ok(rust.length >= 30, `only ${rust.length} rows parsed from src/method.rs`);
    const methods = wirelint.methods();
    assert.equal(methods.length, rust.length);
    rust.forEach(([, name, safe, idempotent, reg, rfc, section, description], i) => {
      assert.deepEqual(methods[i], {
        name,
        safe: safe === "true",
        idempotent: idempotent === "true",
        registration: reg.toLowerCase(),
        reference: { document: `RFC ${rfc}`, section, url: url(rfc, section) },
        description,
      });
    });
  });

  test("GET is safe and idempotent, POST neither, PUT idempotent only (RFC 9110 §9.2)", () => {
    const byName = new Map(wirelint.methods().map((m) => [m.name, m]));
    assert.deepEqual([byName.get("GET").safe, byName.get("GET").idempotent], [true, true]);
    assert.deepEqual([byName.get("POST").safe, byName.get("POST").idempotent], [false, false]);
    assert.deepEqual([byName.get("PUT").safe, byName.get("PUT").idempotent], [false, true]);
    assert.equal(byName.get("GET").reference.section, "9.3.1");
    assert.equal(byName.get("PATCH").reference.document, "RFC 5789");
    assert.equal(byName.get("*").registration, "reserved");
    assert.ok(!byName.has("get"));
  });
});

describe("fieldNames()", () => {
  // `e("Content-MD5", Obsoleted, "RFC 2616 §14.15", Some("Repr-Digest"))`, over one or more lines.
  const ROW = /\be\(\s*"([^"]+)",\s*(\w+),\s*"([^"]+)",\s*(?:None|Some\("([^"]+)"\)),?\s*\)/g;
  const rust = [...source("src/fields/registry.rs").matchAll(ROW)];

  test("every field name of src/fields/registry.rs, in order, with the same values", () => {
    assert.ok(rust.length >= 200, `only ${rust.length} rows parsed from src/fields/registry.rs`);
    const fields = wirelint.fieldNames();
    assert.equal(fields.length, rust.length);
    rust.forEach(([, name, status, reference, replacement], i) => {
      const f = fields[i];
      assert.deepEqual(Object.keys(f), ["name", "status", "reference", "replacement"]);
      assert.equal(f.name, name);
      assert.equal(f.status, status.toLowerCase());
      assert.equal(f.replacement, replacement ?? null);
      const [document, section = null] = reference.split(" §");
      assert.equal(f.reference.document, document);
      assert.equal(f.reference.section, section);
      const rfc = document.match(/^RFC (\d+)$/)?.[1];
      const link = rfc && (section ? url(rfc, section) : `https://www.rfc-editor.org/rfc/rfc${rfc}`);
      assert.equal(f.reference.url, link ?? null, name);
    });
  });

  test("Content-MD5 obsoleted by Repr-Digest, Cache-Control in RFC 9111 §5.2, Fetch without a URL", () => {
    const byName = new Map(wirelint.fieldNames().map((f) => [f.name, f]));
    assert.equal(byName.get("Content-MD5").status, "obsoleted");
    assert.equal(byName.get("Content-MD5").replacement, "Repr-Digest");
    assert.deepEqual(byName.get("Cache-Control").reference, {
      document: "RFC 9111",
      section: "5.2",
      url: "https://www.rfc-editor.org/rfc/rfc9111#section-5.2",
    });
    assert.equal(byName.get("Pragma").status, "deprecated");
    assert.deepEqual(byName.get("Access-Control-Max-Age").reference, { document: "Fetch", section: null, url: null });
    assert.equal(byName.get("Host").replacement, null);
    assert.ok(!byName.has("X-Forwarded-For"));
  });
});
