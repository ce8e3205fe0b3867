// PLACEHOLDER until the page's own server lands: a minimal dependency-free static server.
// Usage: node scripts/serve.mjs <root> <port>   (binds 127.0.0.1 and prints the URL)
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const [rootArg = "www", portArg = "8080"] = process.argv.slice(2);
const root = resolve(rootArg);
const port = Number(portArg);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const server = createServer((req, res) => {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  } catch {
    res.writeHead(400).end("bad request\n");
    return;
  }
  if (path !== root && !path.startsWith(root + sep)) {
    res.writeHead(403).end("forbidden\n");
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, "index.html");
    const size = statSync(path).size;
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "content-length": size,
      "cache-control": "no-store",
    });
    createReadStream(path).pipe(res);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
  }
});

server.on("error", (e) => {
  console.error(`serve.mjs: ${e.message}`);
  process.exit(2);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} on http://127.0.0.1:${server.address().port}/`);
});
