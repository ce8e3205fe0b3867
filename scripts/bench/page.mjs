#!/usr/bin/env node
// The page in headless Chromium (Debian's chromium, driven by playwright-core):
//   - navigation to first findings shown: from the start of navigation until the first
//     lint result is drawn (performance mark 'wirelint:first-findings');
//   - relint of a 100 KB paste: a ~100 KB pipeline of requests and responses from the
//     bench corpus, with LF line endings as pasted text has, pasted through the clipboard
//     over the whole text; from the paste event until the frame after the findings are
//     drawn, split into lint (wasm) and drawing (editor marks, syntax, findings list).
//
//   node scripts/bench/page.mjs <corpus-file> [rounds]
//
// Needs the built page (scripts/build.sh). Medians of `rounds` (default 9).

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const [corpusPath = 'target/bench/corpus-10000.txt', roundsArg = '9'] = process.argv.slice(2);
const ROUNDS = Number(roundsArg);
const TARGET = 100 * 1024;

function corpusText(path, bytes) {
  const data = readFileSync(path);
  const out = [];
  let size = 0;
  for (let at = 0; at < data.length && size < bytes;) {
    const nl = data.indexOf(10, at);
    const len = Number(data.toString('latin1', at, nl).split(' ')[1]);
    const message = data.subarray(nl + 1, nl + 1 + len).toString('utf8').replace(/\r\n/g, '\n');
    out.push(message);
    size += Buffer.byteLength(message);
    at = nl + 1 + len;
  }
  return out.join('');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1).padStart(6)} ms`;

const www = join(root, 'www');
if (!existsSync(join(www, 'assets/app.js')) || !existsSync(join(www, 'pkg/wirelint_bg.wasm'))) {
  console.error('bench: the page is not built: run scripts/build.sh first');
  process.exit(1);
}
const executablePath = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/chromium';
const server = await serve(www, 0);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext({ viewport: { width: 1380, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

try {
  // Navigation → first findings shown, on fresh loads (the HTTP cache is off: serve.mjs
  // sends no-store, so each load fetches the wasm and the bundle again).
  const firsts = [];
  for (let i = 0; i < ROUNDS; i++) {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('wirelint:first-findings').length > 0, null, { timeout: 20_000 });
    firsts.push(await page.evaluate(() => performance.getEntriesByName('wirelint:first-findings')[0].startTime));
    await page.close();
  }

  const text = corpusText(corpusPath, TARGET);
  const texts = [text, `${text}\n`];
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate(() => {
    window.__runs = [];
    window.addEventListener('paste', (e) => { window.__pasted = e.timeStamp; }, true);
    document.addEventListener('wirelint:rendered', (e) => {
      window.__runs.push({ ...e.detail, sincePaste: performance.now() - window.__pasted });
    });
  });
  const runs = [];
  for (let i = 0; i < ROUNDS + 2; i++) {
    const t = texts[i % 2];
    await page.evaluate((s) => navigator.clipboard.writeText(s), t);
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    const before = await page.evaluate(() => window.__runs.length);
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForFunction((n) => window.__runs.length > n, before, { timeout: 20_000 });
    const run = await page.evaluate(() => window.__runs.at(-1));
    if (run.chars !== t.length) throw new Error(`pasted ${run.chars} characters, expected ${t.length}`);
    if (i >= 2) runs.push(run); // the first two warm the wasm and the editor up
  }
  const { findings, chars } = runs[0];
  console.log(`page (headless Chromium, medians of ${ROUNDS})`);
  console.log(`  navigation to first findings shown     ${ms(median(firsts))}`);
  console.log(`  100 KB paste (${chars.toLocaleString('en')} characters, ${runs[0].messages ?? '?'} messages, ${findings} findings):`);
  console.log(`    lint (wasm)                          ${ms(median(runs.map((r) => r.lintMs)))}`);
  console.log(`    draw (editor, findings list)         ${ms(median(runs.map((r) => r.renderMs)))}`);
  console.log(`    relint and redraw (lint + draw)      ${ms(median(runs.map((r) => r.lintMs + r.renderMs)))}`);
  console.log(`    paste event to the next frame        ${ms(median(runs.map((r) => r.sincePaste)))}`);
  if (process.env.BENCH_DETAIL) {
    console.log(`      paste event to the editor's change ${ms(median(runs.map((r) => r.sincePaste - r.totalMs)))}`);
    console.log(`      change to lint start               ${ms(median(runs.map((r) => r.waitMs)))}`);
    console.log(`      drawn to the next frame            ${ms(median(runs.map((r) => r.totalMs - r.waitMs - r.lintMs - r.renderMs)))}`);
  }
} finally {
  await browser.close();
  await server.close();
}
