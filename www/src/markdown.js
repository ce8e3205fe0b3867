// A small Markdown renderer for the rule docs, building DOM nodes (never HTML text), so
// that nothing in a doc can become markup. It covers what the docs use: ## headings,
// paragraphs, > quotes, ``` fences, - and 1. lists, `code`, *emphasis*, **strong** and
// [links](https://…) (https only; anything else stays text).

import { h, safeHref } from './dom.js';

/**
 * @param {string} source Markdown
 * @param {{ headingLevel?: number, codeBlock?: (code: string, lang: string) => Node }} [options]
 *   headingLevel: the level a `#` heading becomes (default 3, so `##` is h4).
 * @returns {DocumentFragment}
 */
export function renderMarkdown(source, options = {}) {
  const base = options.headingLevel ?? 3;
  const codeBlock = options.codeBlock ?? ((code, lang) =>
    h('pre', { class: 'code-block', dataset: lang ? { lang } : {} }, h('code', {}, code)));
  const frag = document.createDocumentFragment();
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const isBlank = (l) => /^\s*$/.test(l);
  const startsBlock = (l) => /^(#{1,6}\s|>|```|\s*([-*+]|\d+\.)\s)/.test(l);
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) { i++; continue; }
    let m;
    if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      const level = Math.min(6, base + m[1].length - 1);
      frag.append(h(`h${level}`, {}, inline(m[2])));
      i++;
    } else if ((m = /^```\s*([\w-]*)\s*$/.exec(line))) {
      const body = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) body.push(lines[i++]);
      i++; // the closing fence
      frag.append(codeBlock(body.join('\n'), m[1]));
    } else if (line.startsWith('>')) {
      const body = [];
      while (i < lines.length && lines[i].startsWith('>')) body.push(lines[i++].replace(/^>\s?/, ''));
      const quote = h('blockquote', {});
      quote.append(renderMarkdown(body.join('\n'), options));
      frag.append(quote);
    } else if ((m = /^\s*([-*+]|\d+\.)\s/.exec(line))) {
      const ordered = /\d/.test(m[1]);
      const list = h(ordered ? 'ol' : 'ul', {});
      while (i < lines.length && /^\s*([-*+]|\d+\.)\s/.test(lines[i])) {
        const item = [lines[i++].replace(/^\s*([-*+]|\d+\.)\s+/, '')];
        // Continuation lines of the item are indented.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*([-*+]|\d+\.)\s/.test(lines[i])) {
          item.push(lines[i++].trim());
        }
        list.append(h('li', {}, inline(item.join(' '))));
      }
      frag.append(list);
    } else {
      const body = [];
      while (i < lines.length && !isBlank(lines[i]) && !(body.length && startsBlock(lines[i]))) {
        body.push(lines[i++].trim());
      }
      frag.append(h('p', {}, inline(body.join(' '))));
    }
  }
  return frag;
}

/** Inline Markdown to nodes: `code`, **strong**, *em* / _em_, [text](https://…). */
export function inline(text) {
  const out = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*)\*(?!\w)|(?<!\w)_([^_\s][^_]*)_(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(h('code', {}, m[1]));
    else if (m[2] !== undefined) out.push(h('strong', {}, ...inline(m[2])));
    else if (m[3] !== undefined) out.push(h('em', {}, ...inline(m[3])));
    else if (m[4] !== undefined) out.push(h('em', {}, ...inline(m[4])));
    else {
      const href = safeHref(m[6]);
      out.push(href
        ? h('a', { href, ...(href.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {}) }, ...inline(m[5]))
        : m[0]);
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
