#!/usr/bin/env node
// Writes the benchmark corpus: realistic HTTP/1.1 requests and responses, the same bytes
// on every run (a seeded PRNG, no clock, no network).
//
//   node scripts/bench/corpus.mjs <out-file> [messages]
//
// Requests: browser navigations and subresource loads with full Chrome/Firefox/Safari
// header sets, API calls with bearer tokens and JSON bodies, form posts, CORS preflights,
// chunked uploads. Responses: CDN-served HTML, JS and images headers, JSON APIs (some
// chunked), redirects, 204, 304, 404. Bodies are framed by Content-Length or chunked.
//
// File format, read by examples/bench.rs and scripts/bench/node.mjs: per message a line
// `Q <bytes>\n` (request) or `S <bytes>\n` (response), then exactly that many bytes.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG; the corpus must not change between runs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(0x77697265); // "wire"
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64URL = `${ALNUM}-_`;
const HEX = '0123456789abcdef';
const chars = (set, n) => Array.from({ length: n }, () => set[int(0, set.length - 1)]).join('');
const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}`;

const WORDS = (
  'http message field value server client request response cache origin proxy gateway ' +
  'content representation resource target method status header trailer chunk length ' +
  'semantics connection persistent stream negotiation encoding range validator entity ' +
  'the of and to in is for with on as by that this from be are or an at it not which'
).split(' ');
const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const slug = () => Array.from({ length: int(2, 5) }, () => pick(WORDS)).join('-');

const HOSTS = ['www.example.com', 'shop.example.net', 'news.example.org', 'static.example.com', 'app.example.io'];
const API_HOSTS = ['api.example.com', 'api.payments.example', 'graph.example.net', 'internal-api.example.io:8443'];
const pad = (n) => String(n).padStart(2, '0');
// Real instants, so that day names match dates: Date within 2024, Last-Modified (and
// If-Modified-Since) earlier, so that the corpus is clean for date rules too.
const httpDate = (fromYear = 2024, toYear = 2024) => {
  const from = Date.UTC(fromYear, 0, 1) / 1000;
  const to = Date.UTC(toYear + 1, 0, 1) / 1000 - 1;
  return new Date(int(from, to) * 1000).toUTCString();
};
const pastDate = () => httpDate(2019, 2023);

const BROWSERS = [
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    hints: ['sec-ch-ua: "Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"', 'sec-ch-ua-mobile: ?0', 'sec-ch-ua-platform: "Windows"'],
    encoding: 'gzip, deflate, br, zstd',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    hints: ['sec-ch-ua: "Google Chrome";v="123", "Not:A-Brand";v="8", "Chromium";v="123"', 'sec-ch-ua-mobile: ?0', 'sec-ch-ua-platform: "macOS"'],
    encoding: 'gzip, deflate, br, zstd',
  },
  {
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    hints: [],
    encoding: 'gzip, deflate, br, zstd',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    hints: [],
    encoding: 'gzip, deflate, br',
  },
];
const API_AGENTS = ['curl/8.5.0', 'python-requests/2.31.0', 'okhttp/4.12.0', 'axios/1.6.8', 'Go-http-client/1.1', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'];
const LANGS = ['en-US,en;q=0.9', 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7', 'fr-FR,fr;q=0.9', 'ja,en-US;q=0.9,en;q=0.8', 'en-GB,en;q=0.5'];

function cookie() {
  const n = int(0, 8);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`${pick(['_ga', '_gid', 'sid', 'csrftoken', 'theme', 'consent', '_fbp', 'cart'])}${i}=${chars(B64URL, int(4, 60))}`);
  return parts.join('; ');
}

function pagePath() {
  return pick([
    () => '/',
    () => `/products/${int(1, 99999)}`,
    () => `/blog/${int(2015, 2025)}/${pad(int(1, 12))}/${slug()}`,
    () => `/search?q=${encodeURIComponent(words(int(1, 4)))}&page=${int(1, 20)}`,
    () => `/docs/${slug()}/${slug()}#${pick(WORDS)}`.replace(/#.*/, ''),
    () => `/account/orders?status=${pick(['open', 'shipped', 'all'])}&sort=-created_at`,
  ])();
}

function assetPath() {
  return pick([
    () => [`/static/js/${pick(['app', 'vendor', 'runtime', 'chunk-' + int(100, 999)])}.${chars(HEX, 8)}.js`, 'script', '*/*'],
    () => [`/static/css/${pick(['main', 'theme', 'print'])}.${chars(HEX, 8)}.css`, 'style', 'text/css,*/*;q=0.1'],
    () => [`/images/${slug()}${pick(['', '@2x'])}.${pick(['png', 'jpg', 'webp', 'avif'])}`, 'image', 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8'],
    () => [`/fonts/${pick(['inter', 'roboto', 'source-sans'])}-${pick(['400', '600', '700'])}.woff2`, 'font', '*/*'],
  ])();
}

function jsonValue(depth) {
  if (depth > 2) return pick([int(0, 100000), JSON.stringify(words(int(1, 6))), 'true', 'null', (rand() * 1000).toFixed(2)]);
  return pick([
    () => `{${Array.from({ length: int(1, 6) }, () => `"${pick(WORDS)}_${pick(WORDS)}":${jsonValue(depth + 1)}`).join(',')}}`,
    () => `[${Array.from({ length: int(0, 5) }, () => jsonValue(depth + 1)).join(',')}]`,
    () => String(int(0, 1e6)),
    () => JSON.stringify(words(int(1, 10))),
  ])();
}

function jsonBody(targetBytes) {
  const items = [];
  let size = 20;
  while (size < targetBytes) {
    const item = `{"id":"${uuid()}","name":${JSON.stringify(words(int(1, 4)))},"price":${(rand() * 500).toFixed(2)},"tags":[${Array.from({ length: int(0, 4) }, () => `"${pick(WORDS)}"`).join(',')}],"meta":${jsonValue(1)}}`;
    items.push(item);
    size += item.length + 1;
  }
  return `{"data":[${items.join(',')}],"page":${int(1, 50)},"total":${int(items.length, 10000)}}`;
}

function htmlBody(targetBytes) {
  const title = words(int(2, 6));
  let body = '';
  while (body.length < targetBytes) {
    body += pick([
      () => `<p>${words(int(10, 60))}</p>\n`,
      () => `<h2 id="${slug()}">${words(int(2, 6))}</h2>\n`,
      () => `<ul>${Array.from({ length: int(2, 6) }, () => `<li><a href="${pagePath()}">${words(int(1, 5))}</a></li>`).join('')}</ul>\n`,
      () => `<img src="${assetPath()[0]}" alt="${words(int(1, 4))}" width="${int(100, 1200)}" height="${int(100, 800)}">\n`,
    ])();
  }
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<link rel="stylesheet" href="/static/css/main.${chars(HEX, 8)}.css">\n</head>\n<body>\n<main>\n${body}</main>\n<script src="/static/js/app.${chars(HEX, 8)}.js" defer></script>\n</body>\n</html>\n`;
}

/** A body size: mostly small, a long tail, as on the web. */
const bodySize = (median) => Math.round(median * Math.exp((rand() - 0.5) * 3));

function chunked(body) {
  let out = '';
  for (let i = 0; i < body.length;) {
    const n = Math.min(body.length - i, int(256, 4096));
    out += `${n.toString(16)}${chance(0.05) ? ';ext=1' : ''}\r\n${body.slice(i, i + n)}\r\n`;
    i += n;
  }
  return `${out}0\r\n\r\n`;
}

function message(startLine, fields, body = '', useChunked = false) {
  const lines = [startLine, ...fields];
  if (useChunked) {
    lines.push('Transfer-Encoding: chunked');
    return `${lines.join('\r\n')}\r\n\r\n${chunked(body)}`;
  }
  if (body || fields.length === 0) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

function browserRequest() {
  const b = pick(BROWSERS);
  const host = pick(HOSTS);
  const navigate = chance(0.45);
  const [path, dest, accept] = navigate
    ? [pagePath(), 'document', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7']
    : assetPath();
  const f = [`Host: ${host}`, 'Connection: keep-alive', ...b.hints];
  if (navigate) f.push('Upgrade-Insecure-Requests: 1');
  f.push(`User-Agent: ${b.ua}`, `Accept: ${accept}`);
  f.push(`Sec-Fetch-Site: ${navigate ? pick(['none', 'same-origin']) : 'same-origin'}`, `Sec-Fetch-Mode: ${navigate ? 'navigate' : 'no-cors'}`);
  if (navigate) f.push('Sec-Fetch-User: ?1');
  f.push(`Sec-Fetch-Dest: ${dest}`);
  if (!navigate || chance(0.5)) f.push(`Referer: https://${host}${pagePath()}`);
  f.push(`Accept-Encoding: ${b.encoding}`, `Accept-Language: ${pick(LANGS)}`);
  const c = cookie();
  if (c) f.push(`Cookie: ${c}`);
  const method = ['GET', 'GET', 'GET', 'HEAD'][int(0, 3)];
  // A conditional HEAD has no point (RFC 9110 §13.2.1): only GETs revalidate.
  if (method === 'GET' && chance(0.3)) f.push(`If-None-Match: "${chars(HEX, 16)}"`);
  if (method === 'GET' && chance(0.2)) f.push(`If-Modified-Since: ${pastDate()}`);
  return `${method} ${path} HTTP/1.1\r\n${f.join('\r\n')}\r\n\r\n`;
}

function apiRequest() {
  const host = pick(API_HOSTS);
  const method = pick(['GET', 'GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE']);
  const resource = `/v${int(1, 3)}/${pick(['orders', 'users', 'payments', 'items', 'sessions', 'events'])}`;
  const path = method === 'POST' ? resource : `${resource}/${uuid()}${method === 'GET' && chance(0.4) ? `?expand=${pick(WORDS)}&limit=${int(1, 100)}` : ''}`;
  const f = [`Host: ${host}`, `User-Agent: ${pick(API_AGENTS)}`, 'Accept: application/json'];
  f.push(`Authorization: Bearer ${chars(B64URL, 36)}.${chars(B64URL, int(80, 300))}.${chars(B64URL, 43)}`);
  if (chance(0.6)) f.push(`X-Request-Id: ${uuid()}`);
  if (chance(0.3)) f.push(`Idempotency-Key: ${uuid()}`);
  if (chance(0.5)) f.push('Accept-Encoding: gzip, deflate');
  if (method === 'GET' || method === 'DELETE') return message(`${method} ${path} HTTP/1.1`, f);
  f.push('Content-Type: application/json');
  return message(`${method} ${path} HTTP/1.1`, f, jsonBody(bodySize(400)), chance(0.15));
}

function otherRequest() {
  const host = pick(HOSTS);
  if (chance(0.5)) {
    const f = [`Host: ${host}`, `Origin: https://${pick(HOSTS)}`, `Access-Control-Request-Method: ${pick(['POST', 'PUT', 'DELETE'])}`,
      `Access-Control-Request-Headers: ${pick(['content-type', 'authorization,content-type', 'x-request-id'])}`, `User-Agent: ${pick(BROWSERS).ua}`, 'Accept: */*'];
    return message(`OPTIONS /v1/${pick(WORDS)} HTTP/1.1`, f);
  }
  const body = Array.from({ length: int(2, 10) }, () => `${pick(WORDS)}=${encodeURIComponent(words(int(1, 5)))}`).join('&');
  const f = [`Host: ${host}`, `User-Agent: ${pick(BROWSERS).ua}`, 'Accept: text/html,*/*;q=0.8', `Origin: https://${host}`,
    `Referer: https://${host}/login`, 'Content-Type: application/x-www-form-urlencoded', `Cookie: csrftoken=${chars(ALNUM, 32)}`];
  return message('POST /login HTTP/1.1', f, body);
}

function cdnFields(age = false) {
  const f = [`Date: ${httpDate()}`];
  switch (int(0, 2)) {
    case 0:
      f.push('Server: cloudflare', `CF-Ray: ${chars(HEX, 16)}-${pick(['FRA', 'AMS', 'IAD', 'SJC', 'NRT'])}`, `CF-Cache-Status: ${pick(['HIT', 'MISS', 'DYNAMIC', 'REVALIDATED'])}`);
      break;
    case 1:
      f.push('Server: AmazonS3', `X-Cache: ${pick(['Hit', 'Miss', 'RefreshHit'])} from cloudfront`, `Via: 1.1 ${chars(HEX, 32)}.cloudfront.net (CloudFront)`,
        `X-Amz-Cf-Pop: ${pick(['FRA56-P1', 'IAD89-C2', 'LHR61-P3'])}`, `X-Amz-Cf-Id: ${chars(B64URL, 56)}==`);
      break;
    default:
      f.push(`Server: nginx/1.${int(18, 25)}.${int(0, 9)}`);
  }
  // Only on long-lived assets (max-age one year): the responses stay fresh.
  if (age && chance(0.5)) f.push(`Age: ${int(0, 250)}`);
  return f;
}

function securityFields() {
  const f = ['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload', 'X-Content-Type-Options: nosniff'];
  if (chance(0.5)) f.push('X-Frame-Options: SAMEORIGIN', 'Referrer-Policy: strict-origin-when-cross-origin');
  if (chance(0.4)) f.push(`Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example.com 'nonce-${chars(B64URL, 22)}'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'`);
  return f;
}

function response() {
  const kind = int(0, 99);
  const etag = `ETag: "${chars(HEX, 16)}"`;
  if (kind < 30) {
    const f = [...cdnFields(), 'Content-Type: text/html; charset=utf-8', `Cache-Control: ${pick(['no-cache', 'private, max-age=0', 'public, max-age=300, s-maxage=600'])}`,
      'Vary: Accept-Encoding', ...securityFields(), 'Connection: keep-alive'];
    if (chance(0.5)) f.push(`Set-Cookie: sid=${chars(B64URL, 32)}; Path=/; HttpOnly; Secure; SameSite=Lax`);
    if (chance(0.3)) f.push('Alt-Svc: h3=":443"; ma=86400');
    return message('HTTP/1.1 200 OK', f, htmlBody(bodySize(4000)), chance(0.2));
  }
  if (kind < 55) {
    const f = [`Date: ${httpDate()}`, 'Content-Type: application/json; charset=utf-8', `X-Request-Id: ${uuid()}`,
      `Cache-Control: ${pick(['no-store', 'private, no-cache'])}`, `X-RateLimit-Limit: 1000`, `X-RateLimit-Remaining: ${int(0, 1000)}`, 'Vary: Origin, Accept-Encoding'];
    if (chance(0.4)) f.push(`Access-Control-Allow-Origin: https://${pick(HOSTS)}`, 'Access-Control-Allow-Credentials: true');
    const status = pick(['200 OK', '200 OK', '200 OK', '201 Created', '400 Bad Request', '422 Unprocessable Content']);
    return message(`HTTP/1.1 ${status}`, f, jsonBody(bodySize(1200)), chance(0.25));
  }
  if (kind < 75) {
    const asset = assetPath();
    const type = { script: 'application/javascript', style: 'text/css', image: 'image/webp', font: 'font/woff2' }[asset[1]];
    const f = [...cdnFields(true), `Content-Type: ${type}`, 'Cache-Control: public, max-age=31536000, immutable', etag, `Last-Modified: ${pastDate()}`,
      'Accept-Ranges: bytes', 'Access-Control-Allow-Origin: *', 'Vary: Accept-Encoding'];
    // Text stands in for the asset's bytes; only the framing matters to either parser.
    return message('HTTP/1.1 200 OK', f, words(bodySize(600)));
  }
  if (kind < 87) return message('HTTP/1.1 304 Not Modified', [...cdnFields(), etag, 'Cache-Control: public, max-age=300', 'Vary: Accept-Encoding']);
  if (kind < 92) {
    return `HTTP/1.1 204 No Content\r\n${[`Date: ${httpDate()}`, `Access-Control-Allow-Origin: https://${pick(HOSTS)}`, 'Access-Control-Allow-Methods: GET, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers: authorization, content-type, x-request-id', 'Access-Control-Max-Age: 86400', 'Vary: Origin'].join('\r\n')}\r\n\r\n`;
  }
  if (kind < 97) {
    const location = `https://${pick(HOSTS)}${pagePath()}`;
    const status = pick(['301 Moved Permanently', '302 Found', '307 Temporary Redirect', '308 Permanent Redirect']);
    return message(`HTTP/1.1 ${status}`, [`Date: ${httpDate()}`, `Server: nginx/1.24.0`, 'Content-Type: text/html', `Location: ${location}`, 'Connection: keep-alive'],
      `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`);
  }
  return message('HTTP/1.1 404 Not Found', [...cdnFields(), 'Content-Type: text/html; charset=utf-8', 'Cache-Control: no-cache'], htmlBody(bodySize(600)));
}

function request() {
  const kind = int(0, 99);
  if (kind < 60) return browserRequest();
  if (kind < 92) return apiRequest();
  return otherRequest();
}

const [out = 'target/bench/corpus.txt', countArg = '10000'] = process.argv.slice(2);
const count = Number(countArg);
const parts = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const isRequest = i % 2 === 0;
  const text = isRequest ? request() : response();
  const buf = Buffer.from(text, 'utf8');
  parts.push(Buffer.from(`${isRequest ? 'Q' : 'S'} ${buf.length}\n`), buf);
  bytes += buf.length;
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat(parts));
console.log(`corpus: ${count} messages, ${(bytes / 1e6).toFixed(2)} MB of HTTP in ${out}`);
