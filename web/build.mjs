// Bundles the browser runtime into web/dist/: main.js (mounts the component bundles, readiness hooks),
// worker.js (module worker running Pyodide) and pyclient.css. Run with `node build.mjs`.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = here + "dist/";

// Pyodide finds its own files through import.meta.url, so it must stay a separate file:
// worker.js imports it from "./pyodide/pyodide.mjs" (both live in _pyclient/ of a built site).
const pyodideExternal = {
  name: "pyodide-external",
  setup(b) {
    b.onResolve({ filter: /^\.\/pyodide\/pyodide\.mjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const common = {
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: false,
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
};

await mkdir(dist, { recursive: true });
await Promise.all([
  build({ ...common, format: "iife", entryPoints: [here + "src/main.js"], outfile: dist + "main.js" }),
  // Inlined into index.html's head by the build: it starts the worker before anything loads.
  build({ ...common, format: "iife", entryPoints: [here + "src/start.js"], outfile: dist + "start.js" }),
  build({ ...common, entryPoints: [here + "src/worker.js"], outfile: dist + "worker.js", plugins: [pyodideExternal] }),
  // The site's service worker: the build writes it next to index.html with the build's files.
  build({ ...common, format: "iife", entryPoints: [here + "src/sw.js"], outfile: dist + "sw.js" }),
  // Run by `pyclient build` under Node to make the memory snapshot; never shipped.
  build({ ...common, platform: "node", entryPoints: [here + "src/snapshot.mjs"], outfile: dist + "snapshot.mjs" }),
  // The callback graph's picture: under Node for `pyclient graph`, in the page of a --debug build.
  build({ ...common, platform: "node", entryPoints: [here + "src/graph_cli.mjs"], outfile: dist + "graph_cli.mjs" }),
  build({ ...common, format: "iife", entryPoints: [here + "src/graph_page.js"], outfile: dist + "graph.js" }),
  copyFile(here + "src/pyclient.css", dist + "pyclient.css"),
]);
console.log("web/dist: main.js, start.js, worker.js, pyclient.css, sw.js, snapshot.mjs, graph_cli.mjs, graph.js");
