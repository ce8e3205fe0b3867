#!/usr/bin/env node
// wirelint in node via wasm (the built pkg/) against node's own HTTP parser, llhttp, on
// the same corpus, one message at a time:
//
//   node --no-deprecation scripts/bench/node.mjs target/bench/corpus.txt [pkg-dir]
//
// llhttp runs as node's HTTP server runs it (process.binding('http_parser'): one parser
// per connection, each message fed to execute(), headers handed to JS), so its numbers are
// what node pays to parse HTTP, callbacks included.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [corpusPath = 'target/bench/corpus.txt', pkgDir = 'pkg'] = process.argv.slice(2);
const WARMUP = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

function readCorpus(path) {
  const data = readFileSync(path);
  const messages = [];
  let at = 0;
  while (at < data.length) {
    const nl = data.indexOf(10, at);
    const [kind, len] = data.toString('latin1', at, nl).split(' ');
    const start = nl + 1;
    const bytes = data.subarray(start, start + Number(len));
    messages.push({ request: kind === 'Q', bytes, text: bytes.toString('utf8') });
    at = start + Number(len);
  }
  return messages;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median milliseconds per round of each of `rounds`, after warm-up. Rounds of the
 * variants alternate, so that load from other processes weighs on all of them alike and
 * their ratio stays meaningful on a shared machine.
 */
function timeInterleaved(rounds) {
  for (let i = 0; i < WARMUP; i++) for (const round of rounds) round();
  const times = rounds.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    rounds.forEach((round, k) => {
      const t0 = process.hrtime.bigint();
      round();
      times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map(median);
}

function line(name, bytes, count, ms) {
  const mbs = bytes / 1e6 / (ms / 1e3);
  const mps = count / (ms / 1e3);
  console.log(`  ${name.padEnd(28)} ${mbs.toFixed(1).padStart(9)} MB/s ${mps.toFixed(0).padStart(12)} messages/s   (median round ${ms.toFixed(1)} ms)`);
  return mbs;
}

const messages = readCorpus(corpusPath);
const bytes = messages.reduce((n, m) => n + m.bytes.length, 0);

// --- wirelint (wasm) ------------------------------------------------------------------
const pkg = resolve(pkgDir);
const wasmFile = join(pkg, 'wirelint_bg.wasm');
const wasmBytes = readFileSync(wasmFile);
const { initSync, lint, version } = await import(pathToFileURL(join(pkg, 'wirelint.js')).href);
initSync({ module: wasmBytes });

// --- llhttp -----------------------------------------------------------------------------
const { HTTPParser } = process.binding('http_parser');
let completed = 0;
function parser(type) {
  const p = new HTTPParser();
  p.initialize(type, {});
  p[HTTPParser.kOnHeadersComplete] = () => 0;
  p[HTTPParser.kOnBody] = () => {};
  p[HTTPParser.kOnMessageComplete] = () => {
    completed++;
  };
  return p;
}
const requests = parser(HTTPParser.REQUEST);
const responses = parser(HTTPParser.RESPONSE);

function llhttpRound() {
  completed = 0;
  for (const m of messages) {
    const r = (m.request ? requests : responses).execute(m.bytes);
    if (r instanceof Error) throw new Error(`llhttp rejected a corpus message: ${r.code} ${r.reason}`);
  }
  if (completed !== messages.length) throw new Error(`llhttp completed ${completed} of ${messages.length} messages`);
  return completed;
}

let sink = 0;
const wasmBytesRound = () => {
  for (const m of messages) sink += lint(m.bytes).findings.length;
};
const wasmStringRound = () => {
  for (const m of messages) sink += lint(m.text).findings.length;
};

const findings = messages.reduce((n, m) => n + lint(m.bytes).findings.length, 0);
console.log(`node ${process.version} (wasm: wirelint ${version()}, llhttp ${process.versions.llhttp}; ${messages.length} messages, ${(bytes / 1e6).toFixed(2)} MB, median of ${ROUNDS} rounds)`);
console.log(`  corpus findings: ${findings}`);
const [bytesMs, llhttpMs] = timeInterleaved([wasmBytesRound, llhttpRound]);
const [stringMs] = timeInterleaved([wasmStringRound]);
const wasm = line('wirelint wasm lint(Uint8Array)', bytes, messages.length, bytesMs);
line('wirelint wasm lint(string)', bytes, messages.length, stringMs);
const llhttp = line('llhttp (node http_parser)', bytes, messages.length, llhttpMs);
console.log(`  ratio wirelint-wasm / llhttp: ${(wasm / llhttp).toFixed(2)}  (${wasm >= llhttp ? 'at least as fast' : 'slower'})`);
console.log(`wasm size: ${wasmBytes.length} bytes raw, ${gzipSync(wasmBytes, { level: 9 }).length} bytes gzipped (${wasmFile})`);
if (sink < 0) console.log(sink);
