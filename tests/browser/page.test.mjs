// The page in headless Chromium: the examples gallery, findings in the editor and the
// panel, explain mode, keyboard use, share links, files, the rules page, that message
// text never becomes markup, that no request leaves for another origin, and axe-core.
//
//   node --test tests/browser/
//
// Needs the built page (scripts/build.sh: www/pkg/ and www/assets/), Debian's `chromium`
// and the npm packages `playwright-core` and `axe-core`. Never downloads a browser.
// Screenshots go to test-results/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { EXAMPLES } from '../../www/src/examples.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const www = join(repo, 'www');
const results = join(repo, 'test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function chromiumPath() {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
  return found || '/usr/bin/chromium';
}

let server;
let context;
let page;
let profile;
/** Every request any page of the context made, for the same-origin test. */
const requests = [];
/** Console errors (CSP violations among them), page errors and failed requests. */
const problems = [];

function watch(p) {
  p.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  p.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  p.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  p.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
}

before(async () => {
  for (const file of ['pkg/wirelint.js', 'assets/app.js', 'assets/rules.js']) {
    assert.ok(existsSync(join(www, file)), `www/${file} is missing: build the page first (scripts/build.sh)`);
  }
  const executablePath = chromiumPath();
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: apt-get install chromium`);
  server = await serve(www, 0);
  profile = mkdtempSync(join(tmpdir(), 'wirelint-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1380, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.on('request', (req) => requests.push(req.url()));
  context.on('page', watch);
  page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  await open(page, server.url);
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(p, url) {
  await p.goto(url);
  await p.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
}

/** Clicks Share link and returns the link it makes. */
async function share(p = page) {
  await p.locator('#share').click();
  await p.waitForFunction(() => document.querySelector('#share-url').value !== '');
  return p.locator('#share-url').inputValue();
}

/** How many times the page has linted and drawn the result so far. */
function renders(p) {
  return p.evaluate(() => {
    if (!window.__renders) {
      window.__renders = [];
      document.addEventListener('wirelint:rendered', (e) => window.__renders.push(e.detail));
    }
    return window.__renders.length;
  });
}

/** Runs `action` and waits until the page has linted and drawn the result; returns its timings. */
async function andRender(action, p = page) {
  const before = await renders(p);
  await action();
  await p.waitForFunction((n) => window.__renders.length > n, before, { timeout: 10_000 });
  return p.evaluate(() => window.__renders.at(-1));
}

/** Replaces the editor's text by pasting `text` through the clipboard, as a user would. */
async function paste(text, p = page) {
  await p.evaluate((t) => navigator.clipboard.writeText(t), text);
  await p.locator('.cm-content').click();
  await p.keyboard.press('ControlOrMeta+A');
  const detail = await andRender(() => p.keyboard.press('ControlOrMeta+V'), p);
  assert.equal(await p.evaluate(() => window.__wirelint.text()), text, 'the editor holds the pasted text');
  return detail;
}

/** The texts the editor underlines for `rule` (each finding's range, line breaks dropped). */
function underlined(rule) {
  return page.evaluate((r) => {
    const root = document.querySelector('#editor').shadowRoot;
    return [...root.querySelectorAll(`.cm-lintRange.wl-rule-${r}`)].map((m) => m.textContent).join('');
  }, rule);
}

const noProblems = () => assert.deepEqual(problems.splice(0), []);

test('every gallery example shows its findings, underlined on the expected text', { timeout: 120_000 }, async () => {
  assert.ok(EXAMPLES.length >= 15, 'at least 15 examples');
  for (const example of EXAMPLES) {
    const card = page.locator(`button.card[data-example="${example.id}"]`);
    await andRender(() => card.click());
    assert.equal(await page.evaluate(() => window.__wirelint.text()), example.text, example.id);
    const listed = await page.$$eval('#findings li.finding', (lis) =>
      lis.map((li) => ({ rule: li.dataset.rule, severity: [...li.classList].find((c) => c.startsWith('sev-')).slice(4) })));
    if (example.kind === 'clean') {
      assert.deepEqual(listed.filter((f) => f.severity !== 'info'), [], `${example.id} is clean`);
      continue;
    }
    assert.ok(example.expect.length, `${example.id} expects findings`);
    for (const { rule, text } of example.expect) {
      const item = page.locator(`#findings li[data-rule="${rule}"]`).first();
      assert.ok(await item.count(), `${example.id}: ${rule} is listed (got ${listed.map((f) => f.rule).join(', ')})`);
      if (text) {
        assert.equal(await underlined(rule), text.replace(/\n/g, ''), `${example.id}: ${rule} underlines its text`);
        assert.equal(await item.locator('.where .excerpt').first().textContent(), text.replace(/\n/g, 'LF'));
      } else {
        // Something missing: a point marker where it was expected, and the list says so.
        assert.ok(await page.locator('.cm-lintPoint').count(), `${example.id}: a point marks where ${rule} is missing`);
        assert.ok(await item.locator('.missing').count(), `${example.id}: ${rule} says what is missing`);
      }
    }
  }
  noProblems();
});

test('findings panel: counts, severity filter, click and keyboard select the text', { timeout: 60_000 }, async () => {
  await andRender(() => page.locator('button.card[data-example="smuggling-cl-te"]').click());
  const counts = await page.$$eval('#severity-filters button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(counts, ['2 errors', '0 warnings', '1 info']);

  // Clicking a finding selects its text in the editor.
  await page.locator('#findings li[data-rule="content-length-with-transfer-encoding"] button.locate').click();
  const selected = () => page.evaluate(() => {
    const { from, to } = window.__wirelint.selection();
    return window.__wirelint.text().slice(from, to);
  });
  assert.equal(await selected(), 'Content-Length: 13');

  // Arrow keys move between findings, and the editor follows.
  await page.locator('#findings li[data-rule="content-length-with-transfer-encoding"] button.locate').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li')?.dataset.rule), 'trailing-data');
  assert.equal(await selected(), 'SMUGGLED');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li')?.dataset.rule), 'line-endings-assumed');

  // F8 steps from the cursor to the next finding, Shift+F8 back.
  await page.locator('.cm-content').click();
  // The click may land anywhere, and a key pressed before the editor has focus is lost:
  // press Ctrl+Home until the cursor is really at the start.
  const atStart = () => page.evaluate(() => {
    const { from, to } = window.__wirelint.selection();
    return from === 0 && to === 0;
  });
  for (let i = 0; i < 10 && !(await atStart()); i++) {
    await page.keyboard.press('ControlOrMeta+Home');
    await page.waitForTimeout(50);
  }
  assert.ok(await atStart(), 'the cursor is at the start of the text');
  await page.keyboard.press('F8');
  await page.keyboard.press('F8');
  assert.equal(await selected(), 'Content-Length: 13');
  await page.keyboard.press('F8');
  assert.equal(await selected(), 'SMUGGLED');
  await page.keyboard.press('Shift+F8');
  assert.equal(await selected(), 'Content-Length: 13');

  // Hiding errors hides them from the list and the editor.
  await page.locator('#severity-filters button.sev-error').click();
  assert.equal(await page.locator('#findings li.finding.sev-error').count(), 0);
  assert.equal(await underlined('content-length-with-transfer-encoding'), '');
  await page.locator('#severity-filters button.sev-error').click();
  assert.equal(await page.locator('#findings li.finding.sev-error').count(), 2);
  assert.equal(await underlined('content-length-with-transfer-encoding'), 'Content-Length: 13');
  noProblems();
});

test('a tooltip on each underline quotes the RFC and links the section and the rule', { timeout: 60_000 }, async () => {
  await andRender(() => page.locator('button.card[data-example="etag-unquoted"]').click());
  const mark = page.locator('.cm-lintRange.wl-rule-etag-invalid').first();
  await mark.hover();
  const tip = page.locator('.cm-tooltip-lint');
  await tip.waitFor({ timeout: 5_000 });
  assert.match(await tip.innerText(), /not in double quotes/);
  assert.ok(await tip.locator('blockquote').count(), 'the requirement is quoted');
  assert.match(await tip.locator('a.section-link').getAttribute('href'), /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110/);
  assert.equal(await tip.locator('a.rule-link').getAttribute('href'), 'rules.html#etag-invalid');
  await page.mouse.move(0, 0);
  noProblems();
});

test('typing relints live; the line-endings switch relints at once', { timeout: 60_000 }, async () => {
  await paste('GET / HTTP/1.1\nHost: example.com\nUser-Agent: t/1\n\n');
  assert.ok(await page.locator('#findings li[data-rule="line-endings-assumed"]').count());
  assert.match(await page.locator('#source-status').innerText(), /LF only/);
  assert.equal(await page.locator('#findings li[data-rule="host-missing"]').count(), 0);
  // Rename Host to X-Host by typing at the start of line 2: Host goes missing.
  await page.locator('.cm-line').nth(1).click({ position: { x: 1, y: 5 } });
  await page.keyboard.press('Home');
  await andRender(() => page.keyboard.type('X-'));
  await page.locator('#findings li[data-rule="host-missing"]').waitFor({ timeout: 5_000 });

  await andRender(() => page.getByRole('radio', { name: 'Strict' }).check());
  assert.ok(await page.locator('#findings li[data-rule="bare-lf"]').count());
  assert.equal(await page.locator('#findings li[data-rule="line-endings-assumed"]').count(), 0);
  assert.match(await page.locator('#source-status').innerText(), /Strict/);
  await andRender(() => page.getByRole('radio', { name: 'Auto' }).check());
  assert.ok(await page.locator('#findings li[data-rule="line-endings-assumed"]').count());
  noProblems();
});

test('explain: the element under the cursor, its section and its parsed value', { timeout: 60_000 }, async () => {
  await andRender(() => page.locator('button.card[data-example="clean-cacheable"]').click());
  const text = EXAMPLES.find((e) => e.id === 'clean-cacheable').text;
  const explainAt = async (offset) => {
    await page.evaluate((o) => {
      const root = document.querySelector('#editor').shadowRoot;
      root.querySelector('.cm-content').focus();
      return o;
    }, offset);
    // Move the cursor with the keyboard: Ctrl+Home, then right arrow presses.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    return page.locator('#explain-body').innerText();
  };
  const at = text.indexOf('Cache-Control') + 2;
  const said = await explainAt(at);
  assert.match(said, /field name/i, said);
  assert.match(said, /Cache-Control/);
  assert.ok(await page.locator('#explain-body a.section-link[href^="https://www.rfc-editor.org/rfc/rfc9111"]').count(), said);
  const status = await explainAt(text.indexOf('200'));
  assert.match(status, /status code/i, status);
  assert.match(status, /RFC 9110/);
  const outlined = await page.evaluate(() =>
    document.querySelector('#editor').shadowRoot.querySelector('.cm-explained')?.textContent);
  assert.equal(outlined, '200');
  noProblems();
});

test('message text is shown as text, never run as markup', { timeout: 60_000 }, async () => {
  const img = '<img src=x onerror=window.__pwned=1>';
  const script = '</textarea><script>window.__pwned=2</script>';
  const request = [
    'POST / HTTP/1.1',
    'Host: example.com',
    'User-Agent: t/1',
    `Content-Length: ${img}`,
    `ETag: ${script}`,
    `X-Note: ${img}`,
    '',
    '',
  ].join('\n');
  await paste(request);
  const invalid = page.locator('#findings li[data-rule="content-length-invalid"]');
  assert.ok(await invalid.count(), 'the Content-Length payload is linted');
  assert.ok(await page.locator('#findings li[data-rule="etag-invalid"]').count(), 'the ETag payload is linted');
  await invalid.locator('button.locate').click();
  // Hover the underlines (tooltips) and put the cursor in a payload (explain).
  await page.locator('.cm-lintRange.wl-rule-content-length-invalid').first().hover();
  await page.locator('.cm-tooltip-lint').waitFor({ timeout: 5_000 });
  await page.waitForTimeout(200);
  const seen = await page.evaluate(([a, b]) => {
    const root = document.querySelector('#editor').shadowRoot;
    const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
    return {
      pwned: window.__pwned,
      // (CodeMirror's own cm-widgetBuffer images have no source.)
      images: all.filter((e) => e.tagName === 'IMG' && (e.hasAttribute('src') || e.hasAttribute('onerror'))).length,
      scripts: all.filter((e) => e.tagName === 'SCRIPT').map((s) => s.getAttribute('src')),
      textareas: all.filter((e) => e.tagName === 'TEXTAREA').length,
      listed: document.querySelector('#findings').textContent.includes(a) && document.querySelector('#findings').textContent.includes(b),
      inEditor: root.querySelector('.cm-content').textContent.includes(a) && root.querySelector('.cm-content').textContent.includes(b),
      explained: document.querySelector('#explain-body').textContent,
    };
  }, [img, script]);
  assert.equal(seen.pwned, undefined);
  assert.equal(seen.images, 0);
  assert.deepEqual(seen.scripts, ['assets/app.js']);
  assert.equal(seen.textareas, 0);
  assert.ok(seen.listed, 'the payloads are listed as text');
  assert.ok(seen.inEditor, 'the payloads are in the editor as text');
  assert.ok(seen.explained.includes(img), `the explain panel shows the value as text: ${seen.explained}`);
  await page.mouse.move(0, 0);
  noProblems();
});

test('a share link round-trips the message byte for byte', { timeout: 60_000 }, async () => {
  // Typed text with CRLFs, judged strictly.
  const exact = 'GET /caf\u00e9 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: t/1\nX: \u2603\r\n\r\n';
  await paste(exact);
  await andRender(() => page.getByRole('radio', { name: 'Strict' }).check());
  const url = await share();
  assert.ok(url.startsWith(`${server.url}#m=`), url);
  assert.equal(await page.evaluate(() => location.href), url, 'the address bar holds the link');
  const other = await context.newPage();
  await open(other, url);
  const restored = await other.evaluate(() => ({ text: window.__wirelint.text(), lineEndings: window.__wirelint.lineEndings() }));
  assert.deepEqual(restored, { text: exact, lineEndings: 'strict' });
  assert.ok(await other.locator('#findings li[data-rule="bare-lf"]').count(), 'the bare LF is still there');
  await other.close();
  noProblems();
});

test('a file is opened as exact bytes, linted strictly, and shared byte for byte', { timeout: 60_000 }, async () => {
  // CRLFs, a bare LF, a bare CR and a byte that is not UTF-8.
  const bytes = Buffer.from('HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nX-Bin: \xff\xfe\r\nX: a\rb\nContent-Length: 2\r\n\r\nhi', 'latin1');
  await andRender(() => page.locator('#file-input').setInputFiles({ name: 'capture.http', mimeType: 'application/octet-stream', buffer: bytes }));
  const loaded = await page.evaluate(() => ({ bytes: [...window.__wirelint.bytes()], lineEndings: window.__wirelint.lineEndings() }));
  assert.deepEqual(loaded, { bytes: [...bytes], lineEndings: 'strict' });
  assert.match(await page.locator('#source-status').innerText(), /capture\.http.*exact/s);
  assert.ok(await page.locator('#findings li[data-rule="bare-lf"]').count(), 'the bare LF is reported');
  assert.ok(await page.locator('#findings li[data-rule="bare-cr"]').count(), 'the bare CR is reported');

  const url = await share();
  const other = await context.newPage();
  await open(other, url);
  const restored = await other.evaluate(() => ({ bytes: [...window.__wirelint.bytes()], lineEndings: window.__wirelint.lineEndings() }));
  assert.deepEqual(restored, { bytes: [...bytes], lineEndings: 'strict' });
  await other.close();

  // Dropping a file does the same.
  const dropped = 'GET / HTTP/1.1\r\nHost: a\r\n\r\n';
  await andRender(() => page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt'));
    const target = document.querySelector('#editor').shadowRoot.querySelector('.cm-content');
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
  }, dropped));
  assert.equal(await page.evaluate(() => window.__wirelint.text()), dropped);
  assert.match(await page.locator('#source-status').innerText(), /dropped\.txt/);
  noProblems();
});

test('curl -v output is rebuilt into the messages it shows', { timeout: 60_000 }, async () => {
  const output = [
    '*   Trying 93.184.215.14:80...',
    '* Connected to example.com (93.184.215.14) port 80',
    '> GET / HTTP/1.1',
    '> Host: example.com',
    '> User-Agent: curl/8.5.0',
    '> Accept: */*',
    '> ',
    '< HTTP/1.1 405 Method Not Allowed',
    '< Date: Tue, 15 Nov 1994 08:12:31 GMT',
    '< Content-Type: text/plain',
    '< Content-Length: 3',
    '< ',
    '{ [3 bytes data]',
    'no!',
    '* Connection #0 to host example.com left intact',
    '',
  ].join('\r\n');
  await andRender(() => page.locator('#file-input').setInputFiles({ name: 'curl.txt', mimeType: 'text/plain', buffer: Buffer.from(output) }));
  assert.equal(await page.evaluate(() => window.__wirelint.text()), [
    'GET / HTTP/1.1', 'Host: example.com', 'User-Agent: curl/8.5.0', 'Accept: */*', '',
    'HTTP/1.1 405 Method Not Allowed', 'Date: Tue, 15 Nov 1994 08:12:31 GMT', 'Content-Type: text/plain', 'Content-Length: 3', '',
    'no!', '',
  ].join('\n'));
  assert.match(await page.locator('#source-status').innerText(), /curl -v/);
  assert.ok(await page.locator('#findings li[data-rule="allow-missing-in-405"]').count());
  assert.equal(await page.locator('#findings li.sev-error').count(), 1, await page.locator('#findings').innerText());
  noProblems();
});

test('a 100 KB paste is linted and drawn', { timeout: 60_000 }, async (t) => {
  const one = (i) => [
    `GET /assets/app-${i}.js?v=${'x'.repeat(i % 40)} HTTP/1.1`,
    'Host: www.example.com',
    'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    'Accept: */*',
    'Accept-Encoding: gzip, deflate, br',
    `Cookie: session=${i}`,
    '',
    '',
  ].join('\n');
  let text = '';
  for (let i = 0; text.length < 100 * 1024; i++) text += one(i);
  const detail = await paste(text);
  t.diagnostic(`100 KB paste: lint ${detail.lintMs.toFixed(1)} ms, draw ${detail.renderMs.toFixed(1)} ms, to the next frame ${detail.totalMs.toFixed(1)} ms`);
  assert.equal(detail.chars, text.length);
  assert.ok(detail.findings > 0);
  assert.match(await page.locator('#findings-summary').innerText(), /messages/);
  noProblems();
});

test('the rules page documents every rule, safely, with an anchor per rule', { timeout: 60_000 }, async () => {
  const rulesPage = await context.newPage();
  await open(rulesPage, `${server.url}rules.html#host-missing`);
  const count = await rulesPage.locator('article.rule-doc').count();
  assert.ok(count >= 250, `${count} rules`);
  const rule = rulesPage.locator('#host-missing');
  assert.ok(await rule.isVisible());
  assert.match(await rule.innerText(), /What it checks/i);
  assert.match(await rule.locator('a.section-link').getAttribute('href'), /rfc9112/);
  // Only the elements the Markdown renderer builds: no raw HTML from the docs.
  const tags = await rulesPage.$$eval('.rule-body *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
  const allowed = new Set(['h3', 'h4', 'h5', 'p', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'em', 'strong', 'a', 'div', 'button']);
  assert.deepEqual(tags.filter((t) => !allowed.has(t)), []);
  // The search filter.
  await rulesPage.locator('#rule-search').fill('host-missing');
  assert.equal(await rulesPage.locator('article.rule-doc:visible').count(), 1);
  // Each finding on the main page links to its rule.
  assert.equal(await page.locator('#findings li a.rule-link').first().getAttribute('href'),
    `rules.html#${await page.locator('#findings li').first().getAttribute('data-rule')}`);
  mkdirSync(results, { recursive: true });
  await rulesPage.locator('#rule-search').fill('');
  await rulesPage.evaluate(() => document.getElementById('content-length-with-transfer-encoding').scrollIntoView());
  await rulesPage.screenshot({ path: join(results, 'rules.png') });
  await rulesPage.close();
  noProblems();
});

test('axe-core finds no serious or critical violation, in light and dark', { timeout: 120_000 }, async () => {
  const check = async (p, label) => {
    noProblems();
    await p.evaluate(axeSource);
    const violations = await p.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    // axe-core's own inline styles are refused by the page's CSP: that is axe, not the page.
    problems.splice(0);
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], `${label}: ${JSON.stringify(bad, null, 2)}`);
  };
  await andRender(() => page.locator('button.card[data-example="smuggling-cl-te"]').click());
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await check(page, `page (${scheme})`);
    const rulesPage = await context.newPage();
    await rulesPage.emulateMedia({ colorScheme: scheme });
    await open(rulesPage, `${server.url}rules.html`);
    await check(rulesPage, `rules page (${scheme})`);
    await rulesPage.close();
  }
  await page.emulateMedia({ colorScheme: 'light' });
  noProblems();
});

test('screenshots with findings (test-results/)', { timeout: 60_000 }, async () => {
  mkdirSync(results, { recursive: true });
  if (await page.locator('#share-box').isVisible()) await page.locator('#share-close').click();
  await andRender(() => page.locator('button.card[data-example="smuggling-cl-te"]').click());
  await page.locator('.cm-line').nth(4).click({ position: { x: 30, y: 5 } });
  await page.waitForTimeout(200);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(results, 'page.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(results, 'page-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: join(results, 'page-full.png'), fullPage: true });
  noProblems();
});

test('no request leaves for any origin but the page\'s own', { timeout: 60_000 }, async () => {
  // Paste, lint, explain, share and open the link once more here, then look at every
  // request of the whole run.
  await paste('GET /x HTTP/1.1\nHost: elsewhere.example\nReferer: https://tracker.example/\n\n');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(150);
  const url = await share();
  await open(page, url);
  await page.waitForTimeout(300);
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('/pkg/wirelint_bg.wasm')), 'requests were recorded');
  noProblems();
});
