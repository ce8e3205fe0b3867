// The entry point for Node.js: the same module as the browser's (wirelint.js), with the
// wasm already loaded, so that `import { lint } from "wirelint"` is ready to use.
import { readFileSync } from "node:fs";
import { initSync } from "./wirelint.js";

initSync({ module: readFileSync(new URL("./wirelint_bg.wasm", import.meta.url)) });

export * from "./wirelint.js";
export { default } from "./wirelint.js";
