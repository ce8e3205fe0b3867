// The TypeScript types shipped in the package (generated from src/wasm.rs): they compile
// under strict settings, are not `any`, and name exactly the properties lint() returns.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, crlf, importInstalled, install } from "./install.mjs";

let pkg;
let wirelint;
before(async () => {
  pkg = install();
  wirelint = await importInstalled(pkg.dir);
});
after(() => pkg?.cleanup());

const CHECK_TS = `
import init, { explain, fieldNames, lint, methods, rules, statusCodes, version } from "wirelint/web";
import * as node from "wirelint";
import type {
  Detail, ElementKind, Explanation, FieldNameInfo, Finding, Label, LintOptions, LintResult, Message,
  MethodInfo, RuleInfo, Section, StatusCodeInfo,
} from "wirelint";

const options: LintOptions = { lineEndings: "strict", disable: ["host-missing"], now: Date.now() };
const withDate: LintOptions = { now: new Date() };
const withoutNow: LintOptions = { now: null };
const result: LintResult = node.lint(new Uint8Array([71, 69, 84]), options);
const text = "GET / HTTP/1.1\\r\\n\\r\\n";
const f: Finding = lint(text).findings[0];
const flagged: string = text.slice(f.start, f.end);
const section: Section = f.section;
const rfc: 9110 | 9111 | 9112 = section.rfc;
const label: Label | undefined = f.labels[0];
const help: string | null = f.help;
const at: [number, number, number, number, number | null] = [f.line, f.column, f.byteStart, f.byteEnd, f.messageIndex];
const m: Message = result.messages[0];
const parts: (string | null)[] = [m.method, m.target, m.version, m.status, m.reason];
const spans: number[] = m.fields.flatMap((x) => [x.start, x.end, x.nameStart, x.nameEnd, x.valueStart, x.valueEnd]);
const names: string[] = m.fields.map((x) => x.name + x.value);
const framing: "chunked" | string = m.framing;
const request: number | null = m.request;
const body: boolean = m.body.complete && m.body.start <= m.body.byteEnd;
const all: RuleInfo[] = rules();
const docs: string[] = all.map((r) => r.id + r.severity + r.quote + r.summary + r.docs + r.section.url);
const v: string = version() + node.version();
const e: Explanation | null = explain(text, 0, withDate);
if (e) {
  const kind: ElementKind = e.element;
  const rows: Detail[] = e.details;
  const where: Section | null = e.section;
  const span: number[] = [e.start, e.end, e.messageIndex];
  void [kind, rows, where, span, e.title + e.summary];
}
const codes: StatusCodeInfo[] = statusCodes();
const c = codes[0];
const cls: "1xx" | "2xx" | "3xx" | "4xx" | "5xx" = c.class;
const codeText: string = c.code.toFixed() + c.phrase + c.className + c.registration + c.formerPhrases.join() + c.reference.url + c.description;
const ms: MethodInfo[] = node.methods();
const flags: boolean = ms[0].safe && ms[0].idempotent;
const methodText: string = ms[0].name + methods()[0].reference.document + ms[0].description;
const fs: FieldNameInfo[] = fieldNames();
const fieldText: string | null = fs[0].reference.section ?? fs[0].reference.url ?? fs[0].replacement;
const fieldStatus: "permanent" | "provisional" | "deprecated" | "obsoleted" = fs[0].status;
void init;
void [flagged, rfc, label, help, at, parts, spans, names, framing, request, body, docs, v, withoutNow];
void [cls, codeText, flags, methodText, fieldText, fieldStatus];

// The types are not \`any\`:
// @ts-expect-error severity is a union of three strings
const severity: "fatal" = f.severity;
// @ts-expect-error input is a string or a Uint8Array
lint(42);
// @ts-expect-error lineEndings is "auto" or "strict"
lint(text, { lineEndings: "crlf" });
// @ts-expect-error kind is "request" | "response" | "unknown"
const kind: number = m.kind;
// @ts-expect-error now is a Date, a number or null
lint(text, { now: "2024-01-01" });
// @ts-expect-error explain needs an offset
explain(text);
// @ts-expect-error an explanation may be null
const title: string = explain(text, 0).title;
void [severity, kind, title];
`;

test("the shipped types compile against every part of the API (tsc --strict)", () => {
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  assert.ok(existsSync(tsc), "typescript is a dev dependency: run scripts/setup.sh");
  writeFileSync(join(pkg.dir, "check.ts"), CHECK_TS);
  writeFileSync(
    join(pkg.dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
      },
      files: ["check.ts"],
    }),
  );
  try {
    execFileSync(tsc, ["-p", pkg.dir], { encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

/** The property names of each `export interface` in a .d.ts file. */
function interfaces(dts) {
  const out = {};
  for (const [, name, body] of dts.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
    out[name] = [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]).sort();
  }
  return out;
}

test("the interfaces name exactly the properties that the functions return", () => {
  const types = interfaces(readFileSync(join(pkg.packageDir, "wirelint.d.ts"), "utf8"));
  const text = crlf("GET /a HTTP/1.1\nAccept: */*\n\nHTTP/1.1 200 OK\nContent-Length: 2\n\nhi");
  const result = wirelint.lint(text);
  const f = result.findings.find((x) => x.rule === "host-missing"); // one with a label
  const m = result.messages[0];
  const keys = (o) => Object.keys(o).sort();
  assert.deepEqual(types.LintResult, keys(result));
  assert.deepEqual(types.Finding, keys(f));
  assert.deepEqual(types.Label, keys(f.labels[0]));
  assert.deepEqual(types.Section, keys(f.section));
  assert.deepEqual(types.Message, keys(m));
  assert.deepEqual(types.Field, keys(m.fields[0]));
  assert.deepEqual(types.Body, keys(m.body));
  assert.deepEqual(types.RuleInfo, keys(wirelint.rules()[0]));
  assert.deepEqual(types.LintOptions, ["disable", "lineEndings", "now"]);
  const e = wirelint.explain(text, text.indexOf("*/*"));
  assert.deepEqual(types.Explanation, keys(e));
  assert.deepEqual(types.Detail, keys(e.details[0]));
  const code = wirelint.statusCodes()[0];
  assert.deepEqual(types.StatusCodeInfo, keys(code));
  assert.deepEqual(types.Reference, keys(code.reference));
  assert.deepEqual(types.MethodInfo, keys(wirelint.methods()[0]));
  const field = wirelint.fieldNames()[0];
  assert.deepEqual(types.FieldNameInfo, keys(field));
  assert.deepEqual(types.FieldReference, keys(field.reference));
});

test("ElementKind names exactly the element kinds explain() returns", () => {
  const dts = readFileSync(join(pkg.packageDir, "wirelint.d.ts"), "utf8");
  const union = dts.match(/export type ElementKind =([^;]*);/)[1];
  const declared = [...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]).sort();
  const text = crlf("GET /a HTTP/1.1\nHost: a\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2;x\nhi\n0\nT: 1\n\n");
  const seen = new Set();
  for (let i = 0; i <= text.length; i++) seen.add(wirelint.explain(text, i)?.element);
  seen.delete(undefined);
  const body = crlf("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi");
  seen.add(wirelint.explain(body, body.length - 1).element);
  assert.deepEqual([...seen].sort(), declared);
});
