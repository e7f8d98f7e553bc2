// Run by `pyclient build` under Node (pyclient/snapshot.py): start Pyodide from the built
// site, import pyclient and the app as the worker would, and save Python's memory as
// _pyclient/snapshot.bin. Restoring it in the worker skips Python's start and the imports.
// Then restore it once here: a snapshot that does not restore is not shipped.
//   node snapshot.mjs SITE_DIR CONFIG_JSON
//   CONFIG: {wheels: [...], worker: spec.worker, base: {file, bundle}}
// Python's start is most of the time (3 of 4 s), so it starts from `base.file` when it can: a
// snapshot of Pyodide with only pyclient imported, made here from `base.bundle` (pyclient's
// files, nothing of any app) the first time, and kept by the build's cache for every app.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { installSite } from "./install.js";
import { packSnapshot, unpackSnapshot } from "./snapshot_file.js";

// Python records at start whether the runtime can stack switch (JSPI), and a snapshot keeps
// that record: made without it, no restored callback could yield in time.sleep.
if (typeof WebAssembly.Suspending !== "function" && typeof WebAssembly.Suspender !== "function") {
  console.error("This Node has no WebAssembly stack switching (JSPI): run it with " +
    "--experimental-wasm-stack-switching (Node 20) or use Node 24 or newer.");
  process.exit(3);
}

const [siteDir, configJson] = process.argv.slice(2);
const { wheels, worker, base } = JSON.parse(configJson);
const site = (path) => new Uint8Array(readFileSync(`${siteDir}/_pyclient/${path}`));
const indexURL = `${siteDir}/_pyclient/pyodide/`;
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
const quiet = { stdout: (line) => process.stderr.write(line + "\n"), stderr: (line) => process.stderr.write(line + "\n") };

function install(pyodide) {
  installSite(pyodide, { wheels: wheels.map(site), bundle: site("app.zip"), appDir: worker.app_dir });
}

// Pyodide with pyclient imported and able to snapshot again: from the base when there is one.
async function startWithPyclient() {
  if (base && existsSync(base.file)) {
    try {
      return await restoreBase();
    } catch (err) {
      console.error(`the cached base snapshot did not restore (${err.message || err}); making it again`);
    }
  }
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: true, ...quiet });
  if (!base) return pyodide;
  installSite(pyodide, { wheels: [], bundle: new Uint8Array(readFileSync(base.bundle)), appDir: worker.app_dir });
  pyodide.pyimport("pyclient.runtime").destroy();
  const partial = `${base.file}.${process.pid}`; // builds running side by side each write whole files
  writeFileSync(partial, packSnapshot(pyodide.makeMemorySnapshot()));
  renameSync(partial, base.file);
  return restoreBase();
}

function restoreBase() {
  const memory = unpackSnapshot(new Uint8Array(readFileSync(base.file)));
  return loadPyodide({ indexURL, _loadSnapshot: memory, _makeSnapshot: true, ...quiet });
}

// Errors end in one plain message (Python's traceback included), never Node's source dump.
try {
  const pyodide = await startWithPyclient();
  install(pyodide);
  const runtime = pyodide.pyimport("pyclient.runtime");
  runtime.prepare(JSON.stringify(worker));
  runtime.destroy();
  const stored = packSnapshot(pyodide.makeMemorySnapshot());

  // What the browser will do: unpack the stored file, restore it, install the files.
  const restored = await loadPyodide({ indexURL, _loadSnapshot: unpackSnapshot(stored), ...quiet });
  install(restored);
  restored.runPython("import sys; assert 'pyclient.runtime' in sys.modules");
  writeFileSync(`${siteDir}/_pyclient/snapshot.bin`, stored);
  console.log(JSON.stringify({ bytes: stored.length }));
} catch (err) {
  console.error(String((err && err.message) || err));
  process.exit(1);
}
