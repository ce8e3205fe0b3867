// Input formats: how opened or dropped bytes become the message to lint. Each format
// says whether it recognises the bytes and turns them into the message bytes; the first
// that recognises them wins, so later formats (curl -v output, a HAR file) plug in here
// ahead of `raw` without touching the rest of the page.

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

/** @type {InputFormat[]} */
export const FORMATS = [
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
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return { text, utf8: false };
  }
}
