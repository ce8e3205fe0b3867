// The explain panel: what the element under the cursor is, the section that defines it
// and its parsed value, from wirelint's explain().

import { excerpt, h, sectionLink } from './dom.js';
import { inline } from './markdown.js';

const ELEMENT_NAMES = {
  method: 'Method',
  'request-target': 'Request target',
  'http-version': 'HTTP version',
  'status-code': 'Status code',
  'reason-phrase': 'Reason phrase',
  'field-name': 'Field name',
  'field-value': 'Field value',
  body: 'Content',
  'chunk-size': 'Chunk size',
  'chunk-extension': 'Chunk extension',
  'chunk-data': 'Chunk data',
  'trailer-field': 'Trailer field',
};

/**
 * @param {HTMLElement} root the panel's body
 * @param {((input: string, offset: number, options: object) => any) | undefined} explain
 */
export function createExplainPanel(root, explain) {
  let lastKey = '';

  function idle(message) {
    const key = `idle:${message}`;
    if (key === lastKey) return;
    lastKey = key;
    root.replaceChildren(h('p', { class: 'hint' }, message));
  }

  if (!explain) idle('Explaining needs a wirelint build with explain(); this one has none.');
  else idle('Put the cursor on any part of the message (a method, a field name, a value, a chunk size…) to see what it is and which section defines it.');

  return {
    /**
     * Explains the element at `offset` of `input` (the linted string or bytes), shown as
     * `text`; returns its range or null.
     */
    at(input, text, offset, options) {
      if (!explain) return null;
      if (!text) {
        idle('Put the cursor on any part of the message to see what it is and which section defines it.');
        return null;
      }
      let result;
      try {
        result = explain(input, offset, options);
      } catch (err) {
        console.warn('wirelint: explain failed', err);
        result = null;
      }
      if (!result) {
        idle('Nothing to explain here: the cursor is between elements (on a line break or a separator).');
        return null;
      }
      const key = JSON.stringify([result.start, result.end, result.title, result.summary, result.details]);
      if (key !== lastKey) {
        lastKey = key;
        render(result, text);
      }
      return { start: result.start, end: result.end };
    },
  };

  function render(r, text) {
    const value = text.slice(r.start, r.end);
    root.replaceChildren(
      h('div', { class: 'explain-head' },
        h('span', { class: `element el-${r.element}` }, ELEMENT_NAMES[r.element] ?? r.element),
        r.messageIndex != null ? h('span', { class: 'muted' }, `message ${r.messageIndex + 1}`) : null,
        r.section ? sectionLink(r.section, { class: 'section-link explain-section' }) : null),
      h('h3', { class: 'explain-title' }, r.title),
      value ? h('p', { class: 'explain-value' }, excerpt(value, 240)) : null,
      r.summary ? h('p', { class: 'explain-summary' }, inline(r.summary)) : null,
      r.details?.length
        ? h('dl', { class: 'details' }, r.details.flatMap((d) => [h('dt', {}, d.label), h('dd', {}, String(d.value))]))
        : null,
    );
  }
}
