// Input formats: how opened or dropped bytes become the message to lint. Each format
// says whether it recognises the bytes and turns them into the message bytes; the first
// that recognises them wins, so more formats (a HAR file, a pcap's HTTP stream) plug in
// here ahead of `raw` without touching the rest of the page.

/**
 * @typedef {object} Loaded
 * @property {Uint8Array} bytes the message bytes, exact
 * @property {'auto' | 'strict'} lineEndings how to read them
 * @property {string} note what was done, shown on the page
 *
 * @typedef {object} InputFormat
 * @property {string} id
 * @property {string} label
 * @property {(bytes: Uint8Array, name: string) => boolean} detect
 * @property {(bytes: Uint8Array, name: string) => Loaded} load
 */

const CURL_REQUEST = /^> [A-Za-z]+ \S+ HTTP\/\d/m;
const CURL_RESPONSE = /^< HTTP\/\d/m;
const START_LINE = /^([A-Za-z]+ \S+ HTTP\/\d|HTTP\/\d)/;

/**
 * `curl -v` output (stderr, or both streams): the request's header section is on lines
 * starting with "> ", the response's on lines starting with "< ", curl's notes on "* ",
 * "{ " and "} ". The messages are rebuilt from those lines, each one's body from the
 * unprefixed lines that follow it (curl prints the body only when it is not redirected).
 */
function curlVerbose(bytes) {
  const out = [];
  // '>' or '<' inside a header section, 'body' after its empty line, null before any.
  let section = null;
  for (const line of binary(bytes).split(/\r?\n/)) {
    if (/^(\*|[{}] )/.test(line)) continue;
    const m = /^([<>])(?: (.*))?$/.exec(line);
    const content = m?.[2] ?? '';
    if (m && (section !== 'body' || START_LINE.test(content))) {
      out.push(content);
      section = content === '' ? 'body' : m[1];
    } else if (section === 'body') {
      out.push(line);
    }
  }
  // A header section curl cut short still ends with its empty line.
  if (section === '>' || section === '<') out.push('', '');
  const text = out.join('\n');
  return {
    bytes: Uint8Array.from(text, (c) => c.charCodeAt(0)),
    lineEndings: 'auto',
    note: 'rebuilt from curl -v output (its > and < lines), so not the exact bytes; a body curl did not print is missing',
  };
}

/** @type {InputFormat[]} */
export const FORMATS = [
  {
    id: 'curl-verbose',
    label: 'curl -v output',
    detect: (bytes) => {
      const head = binary(bytes.subarray(0, 64 * 1024));
      return CURL_REQUEST.test(head) && CURL_RESPONSE.test(head);
    },
    load: curlVerbose,
  },
  {
    id: 'raw',
    label: 'Raw HTTP/1.x message bytes',
    detect: () => true,
    // A file holds the bytes as sent: linted strictly, CRs and all.
    load: (bytes) => ({ bytes, lineEndings: 'strict', note: 'exact bytes' }),
  },
];

/** Loads `bytes` (named `name`) with the first format that recognises them. */
export function loadInput(bytes, name = '') {
  const format = FORMATS.find((f) => f.detect(bytes, name));
  return { format: format.id, ...format.load(bytes, name) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Text for the editor from exact bytes. Valid UTF-8 is decoded (the text encodes back to
 * the same bytes). Anything else is shown one character per byte (U+0000–U+00FF), so an
 * offset into the text is an offset into the bytes and findings on the bytes line up.
 * @returns {{ text: string, utf8: boolean }}
 */
export function decodeBytes(bytes) {
  try {
    return { text: utf8.decode(bytes), utf8: true };
  } catch {
    return { text: binary(bytes), utf8: false };
  }
}

/** One character per byte (U+0000–U+00FF): not TextDecoder('latin1'), which is windows-1252. */
function binary(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return text;
}
