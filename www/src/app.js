// The wirelint page: the editor, the findings panel, the explain panel, the examples
// gallery, share links and files. Everything runs here; nothing the user types or opens
// leaves the page (the Content-Security-Policy of index.html allows no other origin).

import * as wirelint from '../pkg/wirelint.js';
import { WASM_URL } from './dom.js';
import { createEditor } from './editor.js';
import { createFindingsPanel } from './findings.js';
import { createExplainPanel } from './explain.js';
import { renderGallery } from './gallery.js';
import { EXAMPLES } from './examples.js';
import { tokenize } from './syntax.js';
import { decodeFragment, encodeFragment } from './share.js';
import { decodeBytes, loadInput } from './formats.js';
import { h, plural, ruleHref, sectionLink } from './dom.js';

const $ = (id) => document.getElementById(id);
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const encoder = new TextEncoder();

const state = {
  ready: false,
  lineEndings: /** @type {'auto' | 'strict'} */ ('auto'),
  /** Where the text came from; `bytes` are the exact bytes while the text is unedited. */
  source: { origin: 'typed', name: '', bytes: /** @type {Uint8Array | null} */ (null), utf8: true },
  report: null,
  /** The text the shown findings refer to. */
  text: '',
  loading: false,
  lintTimer: 0,
  explainTimer: 0,
  /** When the first change not linted yet happened (performance.now()). */
  dirtySince: 0,
  lastLintMs: 0,
  lastLintEnd: 0,
  firstShown: false,
};

// --- the editor, panels and gallery ------------------------------------------------------

const editor = createEditor($('editor'), {
  label: 'HTTP message',
  onDocChange() {
    if (!state.loading) edited();
    scheduleLint();
  },
  onCursor(pos) {
    clearTimeout(state.explainTimer);
    state.explainTimer = setTimeout(() => explainAt(pos), 40);
  },
  onStep: (forward) => findings.step(forward, editor.view.state.selection.main.head),
});

const findings = createFindingsPanel({
  list: $('findings'),
  summary: $('findings-summary'),
  filters: $('severity-filters'),
  onSelect(range, _index, focus) {
    editor.select(range.start, range.end, { focus });
  },
  onFilter: () => showDiagnostics(),
});

const explainPanel = createExplainPanel($('explain-body'), typeof wirelint.explain === 'function' ? wirelint.explain : undefined);

const gallery = renderGallery($('gallery'), (example) => {
  loadText(example.text, { origin: 'example', name: example.title, lineEndings: 'auto' });
  $('editor-pane').scrollIntoView({ block: 'start', behavior: 'instant' });
  editor.view.focus();
});

// --- linting --------------------------------------------------------------------------------

function edited() {
  if (state.source.origin !== 'typed') {
    state.source = { origin: 'typed', name: state.source.name, bytes: null, utf8: true, edited: true };
  }
  // The link's message is no longer what is in the editor: drop it from the address bar.
  if (location.hash.startsWith('#m=')) history.replaceState(null, '', location.pathname + location.search);
  gallery.clear();
}

function scheduleLint() {
  if (!state.dirtySince) state.dirtySince = performance.now();
  if (state.lintTimer) return;
  const wait = state.lastLintMs * 2 - (performance.now() - state.lastLintEnd);
  if (state.lastLintMs < 25 || wait <= 0) {
    // Relint right after the editor's own update, in the same task, so that the text
    // and its findings are drawn in one frame.
    state.lintTimer = -1;
    queueMicrotask(() => { if (state.lintTimer === -1) runLint(); });
  } else {
    // A slow (huge) input edited again soon after a run: throttle, so that typing stays
    // smooth with linting taking at most about a third of the time.
    state.lintTimer = setTimeout(runLint, Math.min(400, wait));
  }
}

/** Lint and explain options: `now` turns on the checks of dates against the clock. */
function options() {
  return { lineEndings: state.lineEndings, now: Date.now() };
}

/** The input as linted: exact bytes when the text stands for bytes that are not UTF-8. */
function lintInput(text) {
  const { bytes, utf8 } = state.source;
  return bytes && !utf8 ? bytes : text;
}

function runLint() {
  if (state.lintTimer > 0) clearTimeout(state.lintTimer);
  state.lintTimer = 0;
  if (!state.ready) return;
  const since = state.dirtySince || performance.now();
  state.dirtySince = 0;
  const t0 = performance.now();
  const text = editor.text();
  let report;
  try {
    report = wirelint.lint(lintInput(text), options());
  } catch (err) {
    console.error('wirelint: lint failed', err);
    $('findings-summary').textContent = `The linter failed: ${err}`;
    return;
  }
  const t1 = performance.now();
  state.report = report;
  state.text = text;
  const lfIsCrlf = state.lineEndings === 'auto' && !text.includes('\r');
  const { tokens, starts } = tokenize(text, report.messages, lfIsCrlf);
  editor.show(diagnostics(), tokens, starts);
  findings.update(report.findings, text, report.messages.length);
  showStatus(text);
  const t2 = performance.now();
  state.lastLintMs = t2 - t0;
  state.lastLintEnd = t2;
  requestAnimationFrame(() => setTimeout(() => {
    const detail = {
      chars: text.length,
      messages: report.messages.length,
      findings: report.findings.length,
      waitMs: t0 - since,
      lintMs: t1 - t0,
      renderMs: t2 - t1,
      totalMs: performance.now() - since,
    };
    if (!state.firstShown && report.findings.length) {
      state.firstShown = true;
      performance.mark('wirelint:first-findings');
    }
    document.dispatchEvent(new CustomEvent('wirelint:rendered', { detail }));
  }));
  // Explaining parses the text again: after this frame, not before it.
  clearTimeout(state.explainTimer);
  state.explainTimer = setTimeout(() => explainAt(editor.view.state.selection.main.head), 40);
}

function diagnostics() {
  const len = editor.view.state.doc.length;
  return (state.report?.findings ?? [])
    .filter((f) => findings.visible.has(f.severity))
    .map((f) => {
      const from = Math.min(f.start, len);
      return {
        from,
        to: Math.min(Math.max(from, f.end), len),
        severity: f.severity,
        message: f.message,
        markClass: `wl-rule-${f.rule}`,
        renderMessage: () => tooltip(f),
      };
    });
}

function showDiagnostics() {
  editor.setDiagnostics(diagnostics());
}

/** A finding's tooltip in the editor: message, help, the RFC's words and the links. */
function tooltip(f) {
  return h('div', { class: `tip sev-${f.severity}` },
    h('p', { class: 'tip-message' }, h('span', { class: `badge sev-${f.severity}` }, f.severity), ' ', f.message),
    f.help ? h('p', { class: 'help' }, f.help) : null,
    f.quote ? h('blockquote', {}, f.quote) : null,
    h('p', { class: 'refs' }, sectionLink(f.section), h('a', { href: ruleHref(f.rule), class: 'rule-link' }, f.rule)));
}

function explainAt(pos) {
  if (!state.ready || state.lintTimer) return;
  const text = state.text;
  const range = explainPanel.at(lintInput(text), text, Math.min(pos, text.length), options());
  editor.explain(range);
  findings.follow(pos);
}

// --- line endings and where the text came from -------------------------------------------

function setLineEndings(mode) {
  state.lineEndings = mode;
  for (const radio of document.querySelectorAll('input[name="line-endings"]')) radio.checked = radio.value === mode;
}

for (const radio of document.querySelectorAll('input[name="line-endings"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    state.lineEndings = radio.value;
    runLint();
  });
}

function showStatus(text) {
  const status = $('source-status');
  const cr = countOf(text, '\r');
  const lf = countOf(text, '\n');
  const crlf = countOf(text, '\r\n');
  const { origin, name, bytes, utf8, note } = state.source;
  const parts = [];
  if (origin === 'file' && note) parts.push(h('strong', {}, name), `: ${note}. `);
  else if (origin === 'file') parts.push(h('strong', {}, name), `: ${plural(bytes.length, 'byte')}, exact${utf8 ? '' : ' (not UTF-8: one character shown per byte)'}. `);
  else if (origin === 'link') parts.push(h('strong', {}, 'From a share link'), `: ${plural(bytes.length, 'byte')}, exact. `);
  else if (origin === 'example') parts.push(h('strong', {}, 'Example'), `: ${name}. `);
  if (!text) {
    parts.push('Paste or type a message, open or drop a file, or pick an example below.');
  } else if (state.lineEndings === 'strict') {
    parts.push(h('strong', {}, 'Strict'), `: the text is taken as the exact bytes, ${describeEndings(cr, lf, crlf)}; every bare LF and bare CR is reported.`);
  } else if (cr === 0) {
    parts.push(h('strong', {}, 'LF only, read as CRLF'),
      ' (auto): text pasted into a browser loses its CRs. For exact bytes open the file; for text known to be exact choose Strict.');
  } else {
    parts.push(h('strong', {}, 'CRs kept'), `: ${describeEndings(cr, lf, crlf)}, so the text is linted as it is, line by line.`);
  }
  status.replaceChildren(...parts);
}

function describeEndings(cr, lf, crlf) {
  const out = [];
  if (crlf) out.push(plural(crlf, 'CRLF'));
  if (lf - crlf) out.push(plural(lf - crlf, 'bare LF'));
  if (cr - crlf) out.push(plural(cr - crlf, 'bare CR'));
  return out.length ? out.join(', ') : 'no line break';
}

function countOf(text, needle) {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

// --- loading text and bytes ------------------------------------------------------------------

function setText(text) {
  state.loading = true;
  try {
    editor.setText(text);
  } finally {
    state.loading = false;
  }
  runLint();
}

function loadText(text, { origin, name = '', lineEndings }) {
  state.source = { origin, name, bytes: null, utf8: true };
  setLineEndings(lineEndings);
  setText(text);
}

function loadBytes(bytes, { origin, name = '', lineEndings, note = '' }) {
  const { text, utf8 } = decodeBytes(bytes);
  state.source = { origin, name, bytes, utf8, note };
  setLineEndings(lineEndings);
  gallery.clear();
  setText(text);
}

/** The exact bytes of what is in the editor. */
function currentBytes() {
  return state.source.bytes ?? encoder.encode(editor.text());
}

async function openFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    $('source-status').textContent = `${file.name} is ${plural(file.size, 'byte')}: files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`;
    return;
  }
  const loaded = loadInput(new Uint8Array(await file.arrayBuffer()), file.name);
  loadBytes(loaded.bytes, { origin: 'file', name: file.name, lineEndings: loaded.lineEndings, note: loaded.format === 'raw' ? '' : loaded.note });
  editor.view.focus();
}

$('open-file').addEventListener('click', () => $('file-input').click());
$('file-input').addEventListener('change', (e) => {
  openFile(e.target.files?.[0]);
  e.target.value = '';
});

// Dropping a file anywhere opens it as bytes (ahead of the editor, which would insert it as text).
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  document.body.classList.add('dragging');
}, true);
window.addEventListener('dragleave', (e) => {
  if (!hasFiles(e)) return;
  if (--dragDepth <= 0) { dragDepth = 0; document.body.classList.remove('dragging'); }
}, true);
window.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}, true);
window.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.stopPropagation();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  openFile(e.dataTransfer.files[0]);
}, true);

$('clear').addEventListener('click', () => {
  loadText('', { origin: 'typed', lineEndings: state.lineEndings });
  editor.view.focus();
});

// --- share links --------------------------------------------------------------------------

$('share').addEventListener('click', async () => {
  $('share-url').value = '';
  const fragment = await encodeFragment(currentBytes(), state.lineEndings);
  const url = new URL(location.href);
  url.hash = fragment;
  history.replaceState(null, '', url);
  const box = $('share-box');
  const field = $('share-url');
  field.value = url.href;
  box.hidden = false;
  $('share-note').textContent = `${plural(url.href.length, 'character')}. The message travels in the link itself, after the #, which browsers never send to a server.`;
  field.focus();
  field.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(url.href);
    copied = true;
  } catch {
    // No clipboard permission: the selected field is there to copy from.
  }
  $('share-copied').textContent = copied ? 'Link copied to the clipboard.' : 'Copy the selected link.';
});
$('share-close').addEventListener('click', () => {
  $('share-box').hidden = true;
  $('share').focus();
});

async function loadFromFragment() {
  if (!location.hash.startsWith('#m=')) return false;
  try {
    const shared = await decodeFragment(location.hash);
    if (!shared) return false;
    loadBytes(shared.bytes, { origin: 'link', lineEndings: shared.lineEndings });
    return true;
  } catch (err) {
    console.warn('wirelint: could not read the share link', err);
    setText('');
    $('source-status').textContent = 'This link holds no message that can be read: it may have been cut short.';
    return true;
  }
}

window.addEventListener('hashchange', () => {
  if (state.ready) loadFromFragment();
});

// --- keyboard --------------------------------------------------------------------------------

document.addEventListener('keydown', (e) => {
  if (e.key !== 'F8' || e.defaultPrevented) return;
  e.preventDefault();
  findings.step(!e.shiftKey, editor.view.state.selection.main.head);
});

// --- warming the wasm up -----------------------------------------------------------------

/**
 * V8 first compiles wasm with a quick baseline compiler and optimises the functions that
 * turn out hot only after enough use: a 100 KB relint takes 30–60 ms before that and
 * under 10 ms after. So the linter is exercised in idle time after the page is up, on the
 * gallery's messages, until the first big paste is as fast as the later ones.
 */
function warmUp() {
  const sample = EXAMPLES.map((e) => e.text).join('\n').repeat(6);
  const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 30));
  let budget = 600;
  let runs = 0;
  const step = () => {
    const t0 = performance.now();
    wirelint.lint(sample, { lineEndings: 'auto' });
    wirelint.lint(sample.replace(/\n/g, '\r\n'), { lineEndings: 'strict' });
    budget -= performance.now() - t0;
    if (budget > 0 && ++runs < 30) idle(step, { timeout: 3000 });
  };
  idle(step, { timeout: 3000 });
}

// --- start ------------------------------------------------------------------------------------

// For the tests and the bench: the exact input and its line-endings mode, read-only.
window.__wirelint = {
  bytes: () => currentBytes(),
  text: () => editor.text(),
  lineEndings: () => state.lineEndings,
  selection: () => {
    const { from, to } = editor.view.state.selection.main;
    return { from, to };
  },
};

try {
  await wirelint.default({ module_or_path: WASM_URL });
  state.ready = true;
  $('version').textContent = `wirelint ${wirelint.version()}`;
  if (!(await loadFromFragment())) {
    const first = EXAMPLES[0];
    loadText(first.text, { origin: 'example', name: first.title, lineEndings: 'auto' });
  }
  document.documentElement.dataset.ready = 'true';
  warmUp();
} catch (err) {
  console.error('wirelint: could not load the linter', err);
  $('findings-summary').textContent = `Could not load the linter: ${err}`;
}
