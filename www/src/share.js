// Share links: the message, compressed with the browser's own CompressionStream
// ('deflate-raw'), base64url-encoded into the URL fragment. A fragment is never sent to
// any server, and no server is involved: the link is the message. The bytes are exact,
// so CRLFs and invalid UTF-8 come back as they were.
//
//   #m=<base64url deflate-raw of the bytes>[&le=strict]

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The fragment (without '#') for `bytes` and the line-endings mode.
 * @param {Uint8Array} bytes
 * @param {'auto' | 'strict'} lineEndings
 */
export async function encodeFragment(bytes, lineEndings) {
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
  const params = new URLSearchParams();
  params.set('m', toBase64Url(packed));
  if (lineEndings === 'strict') params.set('le', 'strict');
  return params.toString();
}

/**
 * The message in a fragment made by `encodeFragment`, or null when the fragment holds none.
 * Throws when it holds one that cannot be decoded.
 * @param {string} fragment location.hash, with or without '#'
 * @returns {Promise<{ bytes: Uint8Array, lineEndings: 'auto' | 'strict' } | null>}
 */
export async function decodeFragment(fragment) {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const m = params.get('m');
  if (m === null) return null;
  const bytes = await pipe(fromBase64Url(m), new DecompressionStream('deflate-raw'));
  return { bytes, lineEndings: params.get('le') === 'strict' ? 'strict' : 'auto' };
}
