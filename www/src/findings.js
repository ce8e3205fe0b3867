// The findings panel: findings in position order, counts and a filter per severity,
// each finding a button that selects its text in the editor. Arrow keys move between
// findings, F8 / Shift+F8 (anywhere on the page) select the next / previous one.

import { excerpt, h, plural, ruleHref, sectionLink } from './dom.js';

export const SEVERITIES = ['error', 'warning', 'info'];
const LABELS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };
/** Findings rendered at once; the rest behind a button, so a huge input stays fast. */
const PAGE = 200;

/**
 * @param {{ list: HTMLElement, summary: HTMLElement, filters: HTMLElement,
 *   onSelect: (finding, index: number, focus: boolean) => void,
 *   onFilter: (visible: Set<string>) => void }} els
 */
export function createFindingsPanel({ list, summary, filters, onSelect, onFilter }) {
  const visible = new Set(SEVERITIES);
  let findings = [];
  let text = '';
  let multiple = false;
  let messageCount = 0;
  let shown = [];
  let limit = PAGE;
  let current = -1;
  const buttons = {};

  for (const sev of SEVERITIES) {
    const count = h('span', { class: 'count' }, '0');
    buttons[sev] = h('button', {
      type: 'button', class: `filter sev-${sev}`, 'aria-pressed': 'true',
      title: `Show or hide ${LABELS[sev][1]}`,
      on: { click: () => toggle(sev) },
    }, h('span', { class: `dot sev-${sev}`, 'aria-hidden': 'true' }), count, ' ', h('span', { class: 'name' }, LABELS[sev][1]));
    buttons[sev].count = count;
    filters.append(buttons[sev]);
  }

  function toggle(sev) {
    if (visible.has(sev)) visible.delete(sev);
    else visible.add(sev);
    buttons[sev].setAttribute('aria-pressed', String(visible.has(sev)));
    onFilter(visible);
    render();
  }

  function say(message) {
    // Unchanged text must not be re-announced by screen readers on every relint.
    if (summary.textContent !== message) summary.textContent = message;
  }

  function render() {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    for (const sev of SEVERITIES) {
      buttons[sev].count.textContent = counts[sev].toLocaleString('en');
      buttons[sev].title = `${visible.has(sev) ? 'Hide' : 'Show'} ${plural(counts[sev], ...LABELS[sev])}`;
    }
    shown = findings.map((f, i) => [f, i]).filter(([f]) => visible.has(f.severity));
    if (!text) say('No message yet: paste or type one, open a file, or pick an example.');
    else if (!findings.length) say(`No findings: ${plural(messageCount, 'message')} and nothing to report.`);
    else {
      const parts = SEVERITIES.filter((s) => counts[s]).map((s) => plural(counts[s], ...LABELS[s]));
      const hidden = findings.length - shown.length;
      say(`${parts.join(', ')} in ${plural(messageCount, 'message')}${hidden ? ` (${hidden.toLocaleString('en')} hidden by the filter)` : ''}.`);
    }
    const items = shown.slice(0, limit).map(([f, i]) => item(f, i));
    if (shown.length > limit) {
      items.push(h('li', { class: 'more' }, h('button', {
        type: 'button', on: { click: () => { limit = Infinity; render(); } },
      }, `Show all ${plural(shown.length, 'finding')}`)));
    }
    list.replaceChildren(...items);
    markCurrent();
  }

  function item(f, i) {
    const flagged = text.slice(f.start, f.end);
    const where = `${multiple && f.messageIndex != null ? `Message ${f.messageIndex + 1}, line` : 'Line'} ${f.line}, column ${f.column}`;
    return h('li', { class: `finding sev-${f.severity}`, dataset: { rule: f.rule, index: i } },
      h('button', {
        type: 'button', class: 'locate', tabindex: '-1', 'aria-describedby': `finding-${i}-where`,
        on: { click: () => select(i, true), keydown: (e) => keys(e, i) },
      },
        h('span', { class: `badge sev-${f.severity}` }, f.severity),
        h('span', { class: 'message' }, f.message)),
      h('p', { class: 'where', id: `finding-${i}-where` },
        h('span', {}, where),
        flagged ? excerpt(flagged) : h('span', { class: 'missing' }, 'missing here')),
      f.help ? h('p', { class: 'help' }, f.help) : null,
      f.labels?.length
        ? h('ul', { class: 'labels' }, f.labels.map((l) => h('li', {},
          h('button', { type: 'button', class: 'link', on: { click: () => onSelect(l, i, true) } }, l.message || 'related'),
          l.end > l.start ? excerpt(text.slice(l.start, l.end)) : null)))
        : null,
      f.quote ? h('blockquote', { cite: f.section?.url }, f.quote) : null,
      h('p', { class: 'refs' }, sectionLink(f.section), h('a', { href: ruleHref(f.rule), class: 'rule-link' }, f.rule)),
    );
  }

  /** Arrow keys, Home and End move between findings (a roving tab stop). */
  function keys(e, i) {
    const at = shown.findIndex(([, j]) => j === i);
    let to = -1;
    if (e.key === 'ArrowDown') to = Math.min(at + 1, Math.min(shown.length, limit) - 1);
    else if (e.key === 'ArrowUp') to = Math.max(at - 1, 0);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = Math.min(shown.length, limit) - 1;
    else return;
    e.preventDefault();
    const target = shown[to];
    if (!target) return;
    setCurrent(target[1]);
    buttonOf(target[1])?.focus();
    onSelect(findings[target[1]], target[1], false);
  }

  const buttonOf = (i) => list.querySelector(`li[data-index="${i}"] > button.locate`);

  function select(i, focus) {
    setCurrent(i);
    onSelect(findings[i], i, focus);
  }

  function setCurrent(i) {
    current = i;
    markCurrent();
  }

  function markCurrent() {
    let tabStop = null;
    for (const li of list.children) {
      const on = Number(li.dataset.index) === current && li.dataset.index !== undefined;
      li.classList.toggle('current', on);
      const button = li.querySelector(':scope > button.locate');
      if (!button) continue;
      button.tabIndex = -1;
      if (on) { button.setAttribute('aria-current', 'true'); tabStop = button; } else button.removeAttribute('aria-current');
    }
    (tabStop ?? list.querySelector('li > button.locate'))?.setAttribute('tabindex', '0');
  }

  return {
    update(next, nextText, count) {
      findings = next;
      text = nextText;
      messageCount = count;
      multiple = count > 1;
      limit = PAGE;
      current = -1;
      render();
    },
    visible,
    /** Marks the finding at `pos` in the editor as current, without moving focus. */
    follow(pos) {
      const at = shown.find(([f]) => (f.start <= pos && pos < f.end) || f.start === pos);
      const i = at ? at[1] : -1;
      if (i === current) return;
      setCurrent(i);
      if (i >= 0) list.querySelector(`li[data-index="${i}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    /** Selects the next (or previous) shown finding after the current one or `pos`. */
    step(forward, pos) {
      if (!shown.length) return;
      let at = shown.findIndex(([, j]) => j === current);
      if (at < 0) {
        at = forward ? shown.findIndex(([f]) => f.start > pos) : shown.findLastIndex(([f]) => f.start < pos);
        if (at < 0) at = forward ? 0 : shown.length - 1;
      } else at = (at + (forward ? 1 : shown.length - 1)) % shown.length;
      if (at >= limit) { limit = Infinity; render(); }
      const i = shown[at][1];
      setCurrent(i);
      list.querySelector(`li[data-index="${i}"]`)?.scrollIntoView({ block: 'nearest' });
      onSelect(findings[i], i, true);
    },
  };
}
