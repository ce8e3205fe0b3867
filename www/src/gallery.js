// The examples gallery: one card per example, loaded with one click.

import { h } from './dom.js';
import { EXAMPLES } from './examples.js';

const GROUPS = [
  ['mistake', 'Classic mistakes', 'Each shows a problem seen in the wild, and the rule that catches it.'],
  ['clean', 'Clean messages', 'Correct messages to start from: nothing to report but a note or two.'],
];

/** Fills `root` with the gallery; `onLoad(example)` loads one. */
export function renderGallery(root, onLoad) {
  const cards = [];
  for (const [kind, title, blurb] of GROUPS) {
    const list = h('ul', { class: 'cards' });
    for (const ex of EXAMPLES.filter((e) => e.kind === kind)) {
      const first = ex.text.split('\n', 1)[0];
      const button = h('button', {
        type: 'button', class: `card kind-${kind}`, dataset: { example: ex.id },
        on: { click: () => { for (const c of cards) c.removeAttribute('aria-current'); button.setAttribute('aria-current', 'true'); onLoad(ex); } },
      },
        h('span', { class: 'card-title' }, ex.title),
        h('span', { class: 'card-blurb' }, ex.blurb),
        h('code', { class: 'card-start' }, first));
      cards.push(button);
      list.append(h('li', {}, button));
    }
    root.append(h('section', { class: 'group', 'aria-label': title },
      h('h3', {}, title), h('p', { class: 'hint' }, blurb), list));
  }
  return { clear: () => cards.forEach((c) => c.removeAttribute('aria-current')) };
}
