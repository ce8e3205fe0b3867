// Packs pkg/ with `npm pack` and installs the tarball into a fresh temporary project, so
// that the tests use the package exactly as a user gets it from the registry.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PKG = join(ROOT, "pkg");

/**
 * Installs the packed package into a new directory. Returns the directory, the path of
 * the installed `wirelint` bin, the installed package directory, the tarball's file list,
 * and `cleanup()`.
 */
export function install() {
  if (!existsSync(join(PKG, "package.json"))) {
    throw new Error("pkg/ is not built: run scripts/build.sh first");
  }
  const dir = mkdtempSync(join(tmpdir(), "wirelint-node-test-"));
  const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [packed] = JSON.parse(npm(["pack", PKG, "--pack-destination", dir, "--json", "--loglevel=error"], dir));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  npm(["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(dir, packed.filename)], dir);
  return {
    dir,
    bin: join(dir, "node_modules", ".bin", "wirelint"),
    packageDir: join(dir, "node_modules", "wirelint"),
    files: packed.files.map((f) => f.path),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Imports the installed package by its bare name, resolved from the consumer project. */
export async function importInstalled(dir) {
  const { createRequire } = await import("node:module");
  const resolved = createRequire(join(dir, "package.json")).resolve("wirelint");
  return import(pathToFileURL(resolved).href);
}

/** Runs the installed CLI. */
export function run(bin, args, { input, cwd } = {}) {
  const r = spawnSync(bin, args, { input, cwd, encoding: "utf8" });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** HTTP/1.1 text with each "\n" turned into CRLF. */
export function crlf(text) {
  return text.replace(/\n/g, "\r\n");
}
