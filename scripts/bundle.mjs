#!/usr/bin/env node
// Bundles the page's sources (www/src/) with their npm dependencies (CodeMirror) into
// www/assets/, which is build output (gitignored). The wasm module in www/pkg/ stays a
// separate file that the bundles import at run time, so that wasm-bindgen's loader finds
// wirelint_bg.wasm next to it.
//
//   node scripts/bundle.mjs [--dev]     (--dev: no minifying, inline source maps)
//
// Prints each output file's size, raw and gzipped.

import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const www = join(root, 'www');
const out = join(www, 'assets');
const dev = process.argv.includes('--dev');

rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { app: 'www/src/app.js', rules: 'www/src/rules-page.js' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['chrome111', 'firefox113', 'safari16.4'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'linked',
  chunkNames: 'chunk-[hash]',
  // The wasm binding is loaded from www/pkg/ as is (see above).
  external: ['../pkg/*'],
  metafile: true,
  logLevel: 'warning',
});

const rows = Object.keys(result.metafile.outputs)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const data = readFileSync(join(root, file));
    return `${relative(www, join(root, file))} ${data.length} bytes, ${gzipSync(data, { level: 9 }).length} gzipped`;
  });
console.error(`==> bundled www/assets/: ${rows.join('; ')}`);
