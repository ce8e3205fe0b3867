// Syntax colouring from the linter's own parse: the message boundaries, field spans and
// body spans of `lint().messages`, so the colours always agree with what the findings
// refer to. The start line is split on its spaces and a chunked body is walked chunk by
// chunk here, as `messages` gives only their strings and the body's span.

/**
 * @typedef {{ from: number, to: number, type: string }} Token
 * type: method, request-target, http-version, status-code, reason-phrase, field-name,
 * field-value, body, chunk-size, chunk-extension, chunk-data, trailer-name, trailer-value
 */

/**
 * Tokens of `text` (sorted, not overlapping) and the offsets where messages start.
 * @param {string} text the linted text
 * @param {any[]} messages `lint(text).messages`
 * @param {boolean} lfIsCrlf whether an LF counts as CRLF (auto line endings, no CR)
 * @returns {{ tokens: Token[], starts: number[] }}
 */
export function tokenize(text, messages, lfIsCrlf) {
  const tokens = [];
  const starts = [];
  const add = (from, to, type) => { if (to > from) tokens.push({ from, to, type }); };
  for (const m of messages) {
    let at = m.start;
    while (at < m.end && (text[at] === '\r' || text[at] === '\n')) at++;
    if (m.kind !== 'unknown' && at < m.end) {
      starts.push(at);
      startLine(text, at, lineEnd(text, at), m.kind, add);
    }
    for (const f of m.fields) {
      add(f.nameStart, f.nameEnd, 'field-name');
      add(f.valueStart, f.valueEnd, 'field-value');
    }
    const body = m.body;
    if (!body || body.end <= body.start) continue;
    if (m.framing === 'chunked') chunked(text, body.start, body.end, lfIsCrlf, add);
    else add(body.start, body.end, 'body');
  }
  return { tokens, starts };
}

function lineEnd(text, from) {
  const nl = text.indexOf('\n', from);
  let end = nl < 0 ? text.length : nl;
  if (end > from && text[end - 1] === '\r') end--;
  return end;
}

function startLine(text, from, to, kind, add) {
  const parts = [];
  const re = /[^ \t]+/g;
  re.lastIndex = 0;
  const line = text.slice(from, to);
  for (let m; (m = re.exec(line)) && parts.length < 3;) parts.push([from + m.index, from + m.index + m[0].length]);
  if (kind === 'request') {
    const types = ['method', 'request-target', 'http-version'];
    parts.forEach(([a, b], i) => add(a, b, types[i]));
  } else if (kind === 'response') {
    const [version, status, reasonStart] = parts;
    if (version) add(version[0], version[1], 'http-version');
    if (status) add(status[0], status[1], 'status-code');
    if (reasonStart) add(reasonStart[0], to, 'reason-phrase');
  }
}

/** Octets of `text[from..to)`, reading an LF as two when it stands for CRLF. */
function advanceOctets(text, from, octets, lfIsCrlf) {
  let at = from;
  let n = 0;
  while (at < text.length && n < octets) {
    const c = text.charCodeAt(at);
    if (c === 10) n += lfIsCrlf ? 2 : 1;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; at++; }
    else n += 3;
    at++;
  }
  return at;
}

function chunked(text, from, to, lfIsCrlf, add) {
  let at = from;
  while (at < to) {
    const end = Math.min(lineEnd(text, at), to);
    const m = /^([0-9A-Fa-f]+)(.*)$/.exec(text.slice(at, end));
    if (!m) { add(at, to, 'body'); return; }
    add(at, at + m[1].length, 'chunk-size');
    add(at + m[1].length, end, 'chunk-extension');
    const size = parseInt(m[1], 16);
    at = nextLine(text, end);
    if (size === 0) {
      // The trailer section: field lines up to the empty line.
      while (at < to) {
        const e = Math.min(lineEnd(text, at), to);
        if (e === at) return;
        const colon = text.indexOf(':', at);
        if (colon < 0 || colon > e) return;
        add(at, colon, 'trailer-name');
        let v = colon + 1;
        while (v < e && (text[v] === ' ' || text[v] === '\t')) v++;
        add(v, e, 'trailer-value');
        at = nextLine(text, e);
      }
      return;
    }
    const dataEnd = Math.min(advanceOctets(text, at, size, lfIsCrlf), to);
    add(at, dataEnd, 'chunk-data');
    at = nextLine(text, dataEnd);
  }
}

function nextLine(text, at) {
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  return at;
}
