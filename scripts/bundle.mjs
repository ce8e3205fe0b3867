#!/usr/bin/env node
// Bundles the page's sources (www/src/) with their npm dependencies (CodeMirror) and the
// wasm binding's JS (www/pkg/: wirelint.js, its snippet, wirelint_rules.js) into one
// script per page in www/assets/, which is build output (gitignored). One file, not a
// chain of imports that the browser discovers one level at a time: the page shows its
// first findings sooner. The pages pass the wasm's URL (www/pkg/wirelint_bg.wasm) to init.
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
  splitting: false,
  format: 'esm',
  target: ['chrome111', 'firefox113', 'safari16.4'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'linked',
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
