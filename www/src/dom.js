// DOM building. Message text and rule docs reach the DOM only through text nodes and
// attributes set here: never through innerHTML or other markup parsing.

/**
 * Creates an element. String children become text nodes, never markup; `on` adds event
 * listeners; false, null and undefined props and children are left out.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node | string | null | undefined | false)} children
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'href') node.setAttribute('href', safeHref(value) ?? '#');
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** `url` when it is https: or a same-page/same-site relative link, else null. */
export function safeHref(url) {
  const text = String(url);
  if (/^(#|\.\/|[a-z0-9-]+\.html(#|$))/i.test(text)) return text;
  try {
    const u = new URL(text);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export const plural = (n, word, many = `${word}s`) => `${n.toLocaleString('en')} ${n === 1 ? word : many}`;

const CONTROLS = { '\r': ['CR', 'carriage return'], '\n': ['LF', 'line feed'], '\t': ['HT', 'tab'] };
const EXCERPT_MAX = 160;

/**
 * A span of message text as inline code, with CR, LF and tab shown as small badges and
 * other control characters as \xHH (the ␍/␊ pictures are missing from many fonts).
 */
export function excerpt(text, max = EXCERPT_MAX) {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  const node = h('code', { class: 'excerpt' });
  // eslint-disable-next-line no-control-regex
  for (const part of shown.split(/([\r\n\t]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f])/)) {
    if (!part) continue;
    const control = CONTROLS[part];
    if (control) node.append(h('abbr', { class: 'ctl', title: control[1] }, control[0]));
    else if (part.length === 1 && /[\x00-\x1f\x7f]/.test(part)) {
      const hex = part.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase();
      node.append(h('abbr', { class: 'ctl', title: `control character 0x${hex}` }, `\\x${hex}`));
    } else node.append(part);
  }
  return node;
}

/** "RFC 9112 §6.3 Message Body Length" as a link to the section, in a new tab. */
export function sectionLink(section, props = {}) {
  if (!section) return null;
  const label = `RFC ${section.rfc} §${section.number} ${section.title}`;
  const href = safeHref(section.url);
  return href
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'section-link', ...props }, label)
    : h('span', { class: 'section-link' }, label);
}

/** The rule page anchor for a rule id. */
export const ruleHref = (id) => `rules.html#${encodeURIComponent(id)}`;

/**
 * The wasm, in www/pkg/: the bundles (www/assets/) hold wirelint.js, so its default
 * URL (next to itself) would point into www/assets/.
 */
export const WASM_URL = new URL('../pkg/wirelint_bg.wasm', import.meta.url);
