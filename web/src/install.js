// What a Pyodide needs before pyclient.runtime can start: the app's pure wheels in
// site-packages and the bundle (pyclient + the app) in SITE_DIR, both on sys.path. The worker
// does it on every start; snapshot.mjs does it once at build time before importing the app, so
// both see the same files (a memory snapshot keeps memory, not files).
export const SITE_DIR = "/home/pyodide/site";

export function installSite(pyodide, { wheels, bundle, appDir }) {
  // Named: without extractDir a wheel lands in the current folder, not site-packages.
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const wheel of wheels) pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  pyodide.unpackArchive(bundle, "zip", { extractDir: SITE_DIR });
  // After a snapshot these are already on sys.path: add each once. The import system caches
  // folder listings (by mtime, in whole milliseconds): forget them, the files just changed.
  pyodide.runPython(
    `import importlib, sys\nfor p in ${JSON.stringify([SITE_DIR, appDir])}:\n    p in sys.path or sys.path.insert(0, p)\n` +
      "importlib.invalidate_caches()",
  );
}
