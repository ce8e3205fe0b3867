// The rules page, generated from rules(): each rule's severity, section, quote and docs
// (Markdown rendered to DOM nodes by markdown.js, never to HTML text), its examples with a
// link that opens them in the linter, and an anchor per rule id (rules.html#host-missing).

import * as wirelint from '../pkg/wirelint.js';
import { WASM_URL } from './dom.js';
import { h, plural, sectionLink } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { encodeFragment } from './share.js';
import { SEVERITIES } from './findings.js';

const $ = (id) => document.getElementById(id);
const RFC_TITLES = { 9110: 'HTTP Semantics', 9111: 'HTTP Caching', 9112: 'HTTP/1.1' };
const LABELS = { error: 'errors', warning: 'warnings', info: 'info' };

/** Orders section numbers as the RFC does: 6.3 before 6.10, A before B. */
function sectionKey(number) {
  return String(number).split('.').map((p) => (/^\d+$/.test(p) ? p.padStart(4, '0') : p)).join('.');
}

/** A code block; an http example gets a button that opens it in the linter. */
function codeBlock(code, lang) {
  const pre = h('pre', { class: 'code-block', dataset: lang ? { lang } : {} }, h('code', {}, code));
  if (lang !== 'http') return pre;
  const open = h('button', {
    type: 'button', class: 'open-example',
    on: {
      async click() {
        // Examples in the docs are written with LF; auto reads them as CRLF.
        const fragment = await encodeFragment(new TextEncoder().encode(code.endsWith('\n') ? code : `${code}\n`), 'auto');
        location.href = `./#${fragment}`;
      },
    },
  }, 'Open in the linter');
  return h('div', { class: 'example-block' }, pre, open);
}

function renderRule(rule) {
  const article = h('article', { id: rule.id, class: `rule-doc sev-${rule.severity}`, dataset: { severity: rule.severity } },
    h('header', { class: 'rule-head' },
      h('h2', {}, h('a', { href: `#${rule.id}`, class: 'anchor' }, rule.id)),
      h('span', { class: `badge sev-${rule.severity}` }, rule.severity),
      sectionLink(rule.section)),
    // The summary is the docs' first paragraph; shown on its own only when the docs lack it.
    (rule.docs ?? '').replace(/\s+/g, ' ').includes(rule.summary.replace(/\s+/g, ' ')) ? null : h('p', { class: 'rule-summary' }, rule.summary));
  const docs = h('div', { class: 'rule-body' });
  docs.append(renderMarkdown(rule.docs ?? '', { headingLevel: 2, codeBlock }));
  article.append(docs);
  return article;
}

async function main() {
  await wirelint.default({ module_or_path: WASM_URL });
  $('version').textContent = `wirelint ${wirelint.version()}`;
  const rules = (await wirelint.rules())
    .slice()
    .sort((a, b) => a.section.rfc - b.section.rfc || sectionKey(a.section.number).localeCompare(sectionKey(b.section.number)) || a.id.localeCompare(b.id));

  const container = $('rules');
  const articles = rules.map((r) => ({ rule: r, node: renderRule(r), haystack: `${r.id} ${r.summary} rfc ${r.section.rfc} ${r.section.rfc} §${r.section.number} ${r.section.title} ${r.severity}`.toLowerCase() }));

  // Grouped by RFC, then by section, with a table of contents.
  const toc = $('rule-toc');
  const groups = new Map();
  for (const a of articles) {
    const key = `${a.rule.section.rfc} ${a.rule.section.number}`;
    if (!groups.has(key)) groups.set(key, { section: a.rule.section, items: [] });
    groups.get(key).items.push(a);
  }
  let rfc = null;
  let tocList = null;
  const sections = [];
  for (const { section, items } of groups.values()) {
    if (section.rfc !== rfc) {
      rfc = section.rfc;
      container.append(h('h2', { class: 'rfc-heading' }, `RFC ${rfc}: ${RFC_TITLES[rfc] ?? ''}`));
      tocList = h('ul', {});
      toc.append(h('p', { class: 'toc-rfc' }, `RFC ${rfc}`), tocList);
    }
    const id = `section-${section.rfc}-${section.number}`;
    const group = h('section', { class: 'rule-group', 'aria-labelledby': id },
      h('h3', { id, class: 'section-heading' }, `§${section.number} ${section.title}`),
      items.map((a) => a.node));
    container.append(group);
    const link = h('li', {}, h('a', { href: `#${id}` }, `§${section.number} ${section.title}`), h('span', { class: 'muted' }, ` ${items.length}`));
    tocList.append(link);
    sections.push({ group, link, items });
  }

  const visible = new Set(SEVERITIES);
  const filters = $('rule-filters');
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of rules) counts[r.severity]++;
  for (const sev of SEVERITIES) {
    filters.append(h('button', {
      type: 'button', class: `filter sev-${sev}`, 'aria-pressed': 'true',
      on: {
        click(e) {
          if (visible.has(sev)) visible.delete(sev);
          else visible.add(sev);
          e.currentTarget.setAttribute('aria-pressed', String(visible.has(sev)));
          apply();
        },
      },
    }, h('span', { class: `dot sev-${sev}`, 'aria-hidden': 'true' }), h('span', { class: 'count' }, String(counts[sev])), ' ', LABELS[sev]));
  }

  const search = $('rule-search');
  function apply() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const s of sections) {
      let any = 0;
      for (const a of s.items) {
        const on = visible.has(a.rule.severity) && words.every((w) => a.haystack.includes(w));
        a.node.hidden = !on;
        if (on) any++;
      }
      s.group.hidden = !any;
      s.link.hidden = !any;
      shown += any;
    }
    $('rule-count').textContent = shown === rules.length
      ? `${plural(rules.length, 'rule')}.`
      : `${plural(shown, 'rule')} of ${rules.length} shown.`;
  }
  search.addEventListener('input', apply);
  apply();

  document.documentElement.dataset.ready = 'true';
  // The rules were not there when the browser looked for the #fragment's target.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView({ block: 'start' });
}

main().catch((err) => {
  console.error('wirelint: could not load the rules', err);
  $('rule-count').textContent = `Could not load the rules: ${err}`;
});
