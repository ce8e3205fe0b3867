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
import init, { lint, rules, version } from "wirelint/web";
import * as node from "wirelint";
import type { Finding, Label, LintOptions, LintResult, Message, RuleInfo, Section } from "wirelint";

const options: LintOptions = { lineEndings: "strict", disable: ["host-missing"] };
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
void init;
void [flagged, rfc, label, help, at, parts, spans, names, framing, request, body, docs, v];

// The types are not \`any\`:
// @ts-expect-error severity is a union of three strings
const severity: "fatal" = f.severity;
// @ts-expect-error input is a string or a Uint8Array
lint(42);
// @ts-expect-error lineEndings is "auto" or "strict"
lint(text, { lineEndings: "crlf" });
// @ts-expect-error kind is "request" | "response" | "unknown"
const kind: number = m.kind;
void [severity, kind];
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

test("the interfaces name exactly the properties that lint() and rules() return", () => {
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
  assert.deepEqual(types.LintOptions, ["disable", "lineEndings"]);
});
