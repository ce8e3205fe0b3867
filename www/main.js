// The wirelint page: a textarea over a mirror that marks each finding's range, and the
// list of findings. Message text reaches the DOM only as text nodes (`append(string)`,
// `textContent`), never as markup: the message is untrusted input.

import init, { lint, version } from './pkg/wirelint.js';

const SEVERITIES = ['info', 'warning', 'error'];
const RANK = { info: 0, warning: 1, error: 2 };
/** Lint at most this long after the last keystroke; raised when linting gets slow. */
const MIN_DELAY_MS = 120;
const MAX_DELAY_MS = 1000;
const EXCERPT_MAX = 160;

const EXAMPLE = [
  'POST /api/orders HTTP/1.1',
  'Host: shop.example',
  'Content-Type: application/json',
  'Content-Length: 23',
  'Transfer-Encoding: chunked',
  '',
  '17',
  '{"item":"book","qty":1}',
  '0',
  '',
  'HTTP/1.1 201 Created',
  'Content-Type: application/json',
  'Content-Length: 12',
  '',
  '{"id":4711}',
  '',
].join('\n');

const $ = (id) => document.getElementById(id);
const input = /** @type {HTMLTextAreaElement} */ ($('input'));
const mirror = $('mirror');
const list = $('findings');
const summary = $('findings-summary');

/**
 * The findings shown, with `start`/`end` (and labels') kept in step with the text as it
 * is edited until the next lint replaces them.
 */
let findings = [];
/** The text `findings` refer to. */
let shownText = '';
/** Index of the finding whose range is emphasised, or -1. */
let active = -1;
let ready = false;
let timer = 0;
let delay = MIN_DELAY_MS;

/** Creates an element; string children become text nodes, never markup. */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else node.setAttribute(key, String(value));
  }
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
}

function lineEndings() {
  return document.querySelector('input[name="line-endings"]:checked')?.value ?? 'auto';
}

function scheduleLint() {
  clearTimeout(timer);
  timer = setTimeout(runLint, delay);
}

function runLint() {
  clearTimeout(timer);
  if (!ready) return;
  const text = input.value;
  const t0 = performance.now();
  let report;
  try {
    report = lint(text, { lineEndings: lineEndings() });
  } catch (err) {
    console.error('wirelint: lint failed', err);
    summary.textContent = `The linter failed: ${err}`;
    return;
  }
  const took = performance.now() - t0;
  // Keep typing smooth on large inputs: wait longer between runs when a run is slow.
  delay = Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, took * 3));
  findings = report.findings.map((f) => ({ ...f, labels: (f.labels ?? []).map((l) => ({ ...l })) }));
  shownText = text;
  active = -1;
  renderList(report.messages?.length ?? 0);
  renderMirror();
}

// --- keeping ranges in step with edits -------------------------------------------------

/** Moves the shown ranges across an edit from `before` to `after`, so marks stay put while typing. */
function remap(before, after) {
  if (before === after) return;
  const min = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < min && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < min - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const delta = after.length - before.length;
  const map = (x, isEnd) => (x <= prefix ? x : x >= oldEnd ? x + delta : isEnd ? newEnd : prefix);
  for (const range of findings.flatMap((f) => [f, ...f.labels])) {
    range.start = map(range.start, false);
    range.end = Math.max(range.start, map(range.end, true));
  }
}

// --- the mirror behind the textarea ----------------------------------------------------

/** Redraws the mirror: the text as text nodes, each finding's range in a <mark>. */
function renderMirror() {
  const text = input.value;
  const len = text.length;
  const ranges = [];
  findings.forEach((f, i) => {
    ranges.push({ start: f.start, end: f.end, severity: f.severity, index: i, rule: f.rule, label: false });
    if (i !== active) return;
    f.labels.forEach((l, j) =>
      ranges.push({ start: l.start, end: l.end, severity: f.severity, index: i, rule: f.rule, label: true, labelIndex: j }));
  });
  for (const r of ranges) {
    r.start = Math.min(Math.max(0, r.start), len);
    r.end = Math.min(Math.max(r.start, r.end), len);
  }
  // Text after the last mark's line cannot move any mark: leave it out, so that a large
  // body costs the mirror nothing. (Whole lines, so that soft wrapping stays the same.)
  const lastEnd = ranges.reduce((m, r) => Math.max(m, r.end), 0);
  const lineEnd = text.indexOf('\n', lastEnd);
  const limit = ranges.length ? (lineEnd < 0 ? len : lineEnd) : 0;
  const cuts = [...new Set([0, limit, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k < cuts.length; k++) {
    const from = cuts[k];
    // Zero-length ranges mark where something is missing: a thin bar between characters.
    for (const r of ranges) {
      if (r.start === from && r.end === from) frag.append(mark([r], '', true));
    }
    const to = cuts[k + 1];
    if (to === undefined) break;
    const piece = text.slice(from, to);
    const covering = ranges.filter((r) => r.start < r.end && r.start <= from && r.end >= to);
    frag.append(covering.length ? mark(covering, piece, false) : piece);
  }
  mirror.replaceChildren(frag);
  syncScroll();
}

function mark(covering, piece, point) {
  const primary = covering.filter((r) => !r.label);
  const worst = (primary.length ? primary : covering).reduce((a, r) => (RANK[r.severity] > RANK[a.severity] ? r : a));
  const classes = [`sev-${worst.severity}`];
  if (point) classes.push('point');
  // A range of only line breaks has no width to colour: draw a small block after the line.
  if (/^\n+$/.test(piece)) classes.push('eol');
  if (!primary.length) classes.push('label');
  if (primary.some((r) => r.index === active)) classes.push('active');
  const node = h('mark', {
    class: classes.join(' '),
    'data-rules': [...new Set(primary.map((r) => r.rule))].join(' ') || undefined,
    'data-findings': primary.map((r) => r.index).join(' ') || undefined,
    'data-labels': covering.filter((r) => r.label).map((r) => r.labelIndex).join(' ') || undefined,
  });
  node.textContent = piece;
  return node;
}

function syncScroll() {
  mirror.style.width = `${input.clientWidth}px`;
  mirror.style.transform = `translate(${-input.scrollLeft}px, ${-input.scrollTop}px)`;
}

// --- the findings list ------------------------------------------------------------------

const CONTROLS = { '\r': ['CR', 'carriage return'], '\n': ['LF', 'line feed'], '\t': ['HT', 'tab'] };

/**
 * A span of message text as an excerpt, with CR, LF and tab shown as small CR/LF/HT
 * badges (the ␍/␊ control pictures are missing from many monospace fonts).
 */
function excerpt(text) {
  const shown = text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX)}…` : text;
  const node = h('code', { class: 'excerpt' });
  for (const part of shown.split(/([\r\n\t])/)) {
    if (!part) continue;
    const control = CONTROLS[part];
    node.append(control ? h('abbr', { class: 'ctl', title: control[1] }, control[0]) : part);
  }
  return node;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function renderList(messageCount) {
  const say = (text) => {
    // Unchanged text must not be re-announced by screen readers on every relint.
    if (summary.textContent !== text) summary.textContent = text;
  };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  if (!shownText) {
    say('Paste or type an HTTP/1.x message to lint it.');
  } else if (!findings.length) {
    say(`No findings in ${plural(messageCount, 'message')}.`);
  } else {
    const parts = SEVERITIES.slice().reverse().filter((s) => counts[s]).map((s) => plural(counts[s], s));
    say(`${plural(findings.length, 'finding')} in ${plural(messageCount, 'message')}: ${parts.join(', ')}.`);
  }
  list.replaceChildren(...findings.map((f, i) => renderFinding(f, i, messageCount > 1)));
}

function renderFinding(f, i, multiple) {
  const text = shownText.slice(f.start, f.end);
  const url = safeUrl(f.section?.url);
  const where = `${multiple && f.messageIndex != null ? `message ${f.messageIndex + 1}, ` : ''}line ${f.line}, column ${f.column}`;
  const locate = h(
    'button',
    { type: 'button', class: 'locate', 'aria-describedby': `finding-${i}-where`,
      on: { click: () => selectFinding(i), focus: () => setActive(i), mouseenter: () => setActive(i) } },
    h('span', { class: `badge sev-${f.severity}` }, f.severity),
    ' ',
    h('code', { class: 'rule' }, f.rule),
    h('span', { class: 'message' }, f.message),
  );
  const section = f.section
    ? `RFC ${f.section.rfc} §${f.section.number} ${f.section.title}`
    : undefined;
  return h(
    'li',
    { class: `finding sev-${f.severity}`, 'data-rule': f.rule, 'data-index': i },
    locate,
    h('p', { class: 'where', id: `finding-${i}-where` },
      where,
      text ? ': ' : ' (nothing there: something is missing)',
      text ? excerpt(text) : undefined),
    f.help ? h('p', { class: 'help' }, f.help) : undefined,
    f.labels.length
      ? h('ul', { class: 'labels' }, ...f.labels.map((l, j) => h('li', {},
          h('button', { type: 'button', class: 'link', on: { click: () => selectRange(l.start, l.end, i, j) } },
            l.message || 'related'),
          l.end > l.start ? ': ' : undefined,
          l.end > l.start ? excerpt(shownText.slice(l.start, l.end)) : undefined)))
      : undefined,
    f.quote ? h('blockquote', { cite: url }, h('p', {}, f.quote)) : undefined,
    section
      ? h('p', { class: 'cite' },
          url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, section) : section)
      : undefined,
  );
}

function setActive(i) {
  if (active === i) return;
  active = i;
  for (const li of list.children) li.classList.toggle('active', Number(li.dataset.index) === i);
  renderMirror();
}

function selectFinding(i) {
  const f = findings[i];
  if (f) selectRange(f.start, f.end, i);
}

/**
 * Selects a range in the textarea (finding `i`'s, or its label `label`'s) and scrolls it
 * into view, using the mirror's layout to know where it is.
 */
function selectRange(start, end, i, label) {
  setActive(i);
  input.focus({ preventScroll: true });
  input.setSelectionRange(start, end);
  const target = mirror.querySelector(label === undefined ? 'mark.active' : `mark[data-labels~="${label}"]`);
  if (!target) return;
  const top = target.offsetTop;
  const bottom = top + target.offsetHeight;
  if (top < input.scrollTop || bottom > input.scrollTop + input.clientHeight) {
    input.scrollTop = Math.max(0, top - input.clientHeight / 3);
  }
  syncScroll();
}

/** F8 / Shift+F8: select the next / previous finding, as in many editors. */
function step(forward) {
  if (!findings.length) return;
  const n = findings.length;
  const next = active < 0 ? (forward ? 0 : n - 1) : (active + (forward ? 1 : n - 1)) % n;
  selectFinding(next);
  list.children[next]?.scrollIntoView({ block: 'nearest' });
}

// --- wiring -------------------------------------------------------------------------------

input.addEventListener('input', () => {
  remap(shownText, input.value);
  shownText = input.value;
  renderMirror();
  scheduleLint();
});
input.addEventListener('scroll', syncScroll);
new ResizeObserver(syncScroll).observe(input);
for (const radio of document.querySelectorAll('input[name="line-endings"]')) {
  radio.addEventListener('change', runLint);
}
document.addEventListener('keydown', (e) => {
  if (e.key !== 'F8') return;
  e.preventDefault();
  step(!e.shiftKey);
});
$('example').addEventListener('click', () => {
  input.value = EXAMPLE;
  input.dispatchEvent(new Event('input'));
  runLint();
  input.focus();
});
$('clear').addEventListener('click', () => {
  input.value = '';
  input.dispatchEvent(new Event('input'));
  runLint();
  input.focus();
});

try {
  await init();
  ready = true;
  $('version').textContent = version();
  if (!input.value) input.value = EXAMPLE;
  shownText = input.value;
  runLint();
  document.documentElement.dataset.ready = 'true';
} catch (err) {
  console.error('wirelint: could not load the linter', err);
  summary.textContent = `Could not load the linter: ${err}`;
}
