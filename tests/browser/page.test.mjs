// The page in headless Chromium: findings are listed and marked, clicking one selects its
// text, and message text never becomes markup.
//
//   node --test tests/browser/
//
// Needs the built package in www/pkg/ (the test command builds it first), Debian's
// `chromium` and the npm package `playwright-core`. Never downloads a browser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const www = join(repo, 'www');
const results = join(repo, 'test-results');

function chromiumPath() {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
  return found || '/usr/bin/chromium';
}

let server;
let context;
let page;
let profile;
/** Console errors, page errors and failed requests: any of them fails the run. */
const problems = [];

before(async () => {
  assert.ok(
    existsSync(join(www, 'pkg', 'wirelint.js')),
    'www/pkg/wirelint.js is missing: build the package first (scripts/build.sh)',
  );
  const executablePath = chromiumPath();
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: apt-get install chromium`);
  server = await serve(www, 0);
  profile = mkdtempSync(join(tmpdir(), 'wirelint-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Empties the editor, then pastes `text` through the clipboard as a user would. */
async function paste(text) {
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 0);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#input');
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForFunction((t) => document.querySelector('#input').value === t, text);
}

test('Content-Length with Transfer-Encoding is listed, marked and selectable', { timeout: 60_000 }, async () => {
  const request = [
    'POST /upload HTTP/1.1',
    'Host: example.com',
    'Content-Length: 5',
    'Transfer-Encoding: chunked',
    '',
    '0',
    '',
    '',
  ].join('\n');
  await paste(request);
  const item = page.locator('#findings li[data-rule="content-length-with-transfer-encoding"]');
  await item.waitFor({ timeout: 10_000 });
  assert.match(await item.innerText(), /RFC 9112 §6\.2/);
  assert.ok(await item.locator('a[href^="https://www.rfc-editor.org/rfc/rfc9112"]').count());

  const marked = await page.evaluate(() =>
    [...document.querySelectorAll('#mirror mark')]
      .filter((m) => (m.dataset.rules ?? '').split(' ').includes('content-length-with-transfer-encoding'))
      .map((m) => ({ text: m.textContent, error: m.classList.contains('sev-error') })),
  );
  assert.equal(marked.map((m) => m.text).join(''), 'Content-Length: 5');
  assert.ok(marked.every((m) => m.error), 'the range is marked as an error');
  // The mirror holds the editor's text (up to the end of the last marked line), so the
  // marks lie over the right characters.
  const mirrored = await page.evaluate(() => document.querySelector('#mirror').textContent);
  assert.ok(mirrored.startsWith('POST /upload HTTP/1.1\nHost: example.com\nContent-Length: 5'), mirrored);
  assert.ok(request.startsWith(mirrored), 'the mirror is a prefix of the editor text');

  // Keyboard: focus the finding and press Enter; its text is selected in the editor.
  await item.locator('button.locate').focus();
  await page.keyboard.press('Enter');
  const selected = await page.evaluate(() => {
    const ta = document.querySelector('#input');
    return { text: ta.value.slice(ta.selectionStart, ta.selectionEnd), focused: document.activeElement === ta };
  });
  assert.deepEqual(selected, { text: 'Content-Length: 5', focused: true });

  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: join(results, 'page.png'), fullPage: true });
  assert.deepEqual(problems, []);
});

test('message text is shown as text, never run as markup', { timeout: 60_000 }, async () => {
  const payload = '<img src=x onerror=window.__pwned=1>';
  // The payload is a header value inside a marked range (Content-Length next to
  // Transfer-Encoding), so it reaches the mirror's marks, the excerpt and the labels.
  const request = [
    'POST / HTTP/1.1',
    'Host: example.com',
    `Content-Length: ${payload}`,
    'Transfer-Encoding: chunked',
    `X-Note: ${payload}`,
    '',
    '0',
    '',
    '',
  ].join('\n');
  await paste(request);
  const item = page.locator('#findings li[data-rule="content-length-with-transfer-encoding"]');
  await item.waitFor({ timeout: 10_000 });
  await item.locator('button.locate').click();
  await page.waitForTimeout(300);
  const seen = await page.evaluate((p) => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('img').length,
    marked: [...document.querySelectorAll('#mirror mark')].some((m) => m.textContent.includes(p)),
    listed: document.querySelector('#findings').textContent.includes(p),
  }), payload);
  assert.deepEqual(seen, { pwned: undefined, images: 0, marked: true, listed: true });
  assert.deepEqual(problems, []);
});

test('typing relints live; the line-endings switch relints at once', { timeout: 60_000 }, async () => {
  const request = 'GET / HTTP/1.1\nHost: example.com\n\n';
  await paste(request);
  await page.locator('#findings li[data-rule="line-endings-assumed"]').waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('#findings li[data-rule="host-missing"]').count(), 0);
  // Rename Host to X-Host by typing at the start of line 2: Host goes missing.
  await page.evaluate(() => {
    const ta = document.querySelector('#input');
    ta.focus();
    ta.setSelectionRange(15, 15);
  });
  await page.keyboard.type('X-');
  await page.locator('#findings li[data-rule="host-missing"]').waitFor({ timeout: 10_000 });

  await page.getByLabel('Strict').check();
  await page.locator('#findings li[data-rule="bare-lf"]').waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('#findings li[data-rule="line-endings-assumed"]').count(), 0);
  await page.getByLabel('Auto').check();
  await page.locator('#findings li[data-rule="line-endings-assumed"]').waitFor({ timeout: 10_000 });
  assert.deepEqual(problems, []);
});

test('the mirror follows the editor when it scrolls', { timeout: 60_000 }, async () => {
  // Content-Length near the top, Transfer-Encoding (the finding's label) far below.
  const lines = ['POST / HTTP/1.1', 'Host: example.com', 'Content-Length: 1'];
  for (let i = 0; i < 200; i++) lines.push(`X-Filler-${i}: ${'v'.repeat(i % 90)}`);
  lines.push('Transfer-Encoding: chunked', '', '0', '', '');
  await paste(lines.join('\n'));
  const item = page.locator('#findings li[data-rule="content-length-with-transfer-encoding"]');
  await item.waitFor({ timeout: 10_000 });
  const geometry = (selector) =>
    page.evaluate((sel) => {
      const ta = document.querySelector('#input');
      const box = document.querySelector(sel).getBoundingClientRect();
      const view = ta.getBoundingClientRect();
      return {
        scrollTop: ta.scrollTop,
        selected: ta.value.slice(ta.selectionStart, ta.selectionEnd),
        transform: document.querySelector('#mirror').style.transform,
        visible: box.top >= view.top && box.bottom <= view.bottom,
      };
    }, selector);

  await item.locator('ul.labels button').click();
  const down = await geometry('#mirror mark[data-labels~="0"]');
  assert.equal(down.selected, 'Transfer-Encoding: chunked');
  assert.ok(down.scrollTop > 0, 'selecting a range far down scrolls the editor');
  assert.match(down.transform, new RegExp(`-${Math.floor(down.scrollTop)}(\\.\\d+)?px\\)`));
  assert.ok(down.visible, 'the selected range is marked within the visible editor');

  await item.locator('button.locate').click();
  const up = await geometry('#mirror mark.active');
  assert.equal(up.selected, 'Content-Length: 1');
  assert.ok(up.scrollTop < down.scrollTop, 'selecting the finding scrolls back up');
  assert.ok(up.visible, 'the finding is marked within the visible editor');
  assert.deepEqual(problems, []);
});
