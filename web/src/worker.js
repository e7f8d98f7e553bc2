// The module worker: loads Pyodide from the site's own copy, unpacks pyclient + the app, and
// hands every message from the main thread to pyclient.runtime (Python does the rest).
import { loadPyodide } from "./pyodide/pyodide.mjs";
import { installSite } from "./install.js";
import { unpackSnapshot } from "./snapshot_file.js";
import { START, BOOT, BG_CANCEL, BG_WARM, SERVER_CALL, SERVER_RESULT, SERVER_PROGRESS, message, fatalMessage, statusMessage, errorMessage } from "./protocol.js";

// Messages wait here until Python is up; then they go to pyclient.runtime in order. Input the
// page marked "early" (made while Python loaded) waits in the scheduler for what came before.
let pending = [];
let receive = null;
let booting = false;
// Python starting (a Pyodide with the site installed): begun by "start" as the page starts,
// or by "boot" when no "start" came.
let python = null;

self.onmessage = (event) => {
  const text = event.data;
  if (receive) return deliver(text);
  const type = JSON.parse(text).type;
  if (type === START) {
    const { base, worker } = JSON.parse(text);
    python = python || startSite(worker || {}, base);
    python.catch(() => {}); // reported by boot, which waits for it
    return;
  }
  if (!booting && type === BOOT) {
    booting = true;
    const message = JSON.parse(text);
    boot(message).catch((err) => self.postMessage(fatalMessage(describe(err), message.executor)));
    return;
  }
  pending.push(text);
};

// An exception in Python's receive (a message it does not know, a bug) is shown as an error.
function deliver(text, to = receive) {
  try {
    to(text);
  } catch (err) {
    self.postMessage(errorMessage("pyclient.runtime", String(err.message || err), String(err.stack || "")));
  }
}

let runtime = null;
let bootInfo = null;

// Python posts each message through the function of its destination (pyclient/protocol.json's
// "to"): the page, the background executor, or the server client below.
const toPage = (text) => self.postMessage(text);

function toServer(text) {
  const message = JSON.parse(text);
  if (message.type === SERVER_CALL) callServer(message);
  else cancelServerJob(message.serial);
}

// ---- the background executor: a second worker running background=True callbacks, so a long
// one never freezes the page or the other callbacks. Cancelling one ends that worker; the
// next background call starts a fresh one.
let background = null;

function toBackground(text) {
  const type = JSON.parse(text).type;
  if (type === BG_CANCEL) {
    if (background) background.terminate();
    background = null;
    return;
  }
  if (!background) {
    background = new Worker(new URL(import.meta.url), { type: "module" });
    background.onmessage = (event) => runtime && deliver(event.data, runtime.receive);
    background.postMessage(JSON.stringify({ type: BOOT, ...bootInfo, executor: true }));
  }
  if (type !== BG_WARM) background.postMessage(text);
}

// ---- server callbacks: one POST per call, carrying the context the scheduler computed
// (docs/protocol.md, "Server callbacks"). Every failure becomes that callback's error.
let server = null;
const jobs = new Map(); // serial -> job URL of a background callback running on the server
const cancelledEarly = new Set(); // cancelled before the server said which job it started

async function callServer({ serial, callback, body }) {
  const reply = (result) => deliver(message(SERVER_RESULT, { serial, ...result }), runtime.receive);
  const fail = (message) => reply({ status: "error", message, traceback: "" });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), server.timeoutMs);
  let response;
  try {
    response = await fetch(server.url, {
      method: "POST", body, signal: abort.signal, headers: { "Content-Type": "application/json" },
    });
    if (response.status === 202) {
      clearTimeout(timer);
      const started = await response.json();
      response = await followJob(serial, started);
      if (!response) return; // cancelled: the runtime has dropped the call already
    }
  } catch (err) {
    clearTimeout(timer);
    if (abort.signal.aborted) {
      return fail(`Callback "${callback}" runs on the server, which did not answer within ` +
        `${server.timeoutMs / 1000} s. The next change tries again.`);
    }
    return fail(`Callback "${callback}" runs on the server, and ${server.url} could not be ` +
      `reached (${err.message || err}). Start it with \`pyclient run app.py\`, or check that the ` +
      "deployed server is up and allows this site's origin; the next change tries again.");
  }
  clearTimeout(timer);
  let result = null;
  try {
    result = await response.json();
  } catch (err) {
    result = null;
  }
  if (result && result.progress) applyProgress(serial, result.progress);
  progressSeen.delete(serial);
  if (result && result.status) return reply(result);
  if (response.status === 404 || response.status === 405 || response.status === 501) {
    return fail(`Callback "${callback}" runs on the server, but this site is served without ` +
      `one (HTTP ${response.status} for POST ${server.url}). Serve it with \`pyclient run app.py\`, ` +
      "or deploy the server and build with --server-url.");
  }
  const why = (result && result.error) || `HTTP ${response.status}`;
  fail(`The server refused callback "${callback}": ${why}`);
}

// A layout function that needs the server's data is called there on each load (as Dash does);
// without the server the page keeps the layout the build rendered, and says so.
async function fetchLayout() {
  const url = new URL("layout", server.url).href;
  try {
    const response = await fetch(url);
    if (response.ok) return await response.json();
    console.warn(`pyclient: the layout comes from the build: ${url} answered HTTP ${response.status}`);
  } catch (err) {
    console.warn(`pyclient: the layout comes from the build: ${url} could not be reached`);
  }
  return null;
}

// A background callback on the server is a job: poll it every `interval` ms, passing its
// progress on, until it answers with its result (a normal callback response).
async function followJob(serial, { job, interval }) {
  const url = new URL(`job/${job}`, server.url).href;
  jobs.set(serial, url);
  if (cancelledEarly.delete(serial)) cancelServerJob(serial);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, interval));
    if (!jobs.has(serial)) return null;
    const response = await fetch(url);
    if (response.status !== 202) {
      jobs.delete(serial);
      return response;
    }
    const { progress } = await response.json();
    if (progress && jobs.has(serial)) applyProgress(serial, progress);
  }
}

const progressSeen = new Map(); // serial -> the last progress step passed on
function applyProgress(serial, progress) {
  if (progress.seq <= (progressSeen.get(serial) || 0)) return;
  progressSeen.set(serial, progress.seq);
  deliver(message(SERVER_PROGRESS, { serial, value: progress.value }), runtime.receive);
}

function cancelServerJob(serial) {
  const url = jobs.get(serial);
  jobs.delete(serial);
  if (url) fetch(url, { method: "DELETE" }).catch(() => {});
  else cancelledEarly.add(serial);
}

// Everything Python needs before the app can start: downloads (all at once), Python itself
// (from the build's snapshot when there is one), the site's files.
// The background executor's loading is nobody's concern: only the page hears these.
let isExecutor = false;
const status = (text) => isExecutor || self.postMessage(statusMessage(text));

async function startSite(options, base) {
  status("Loading Python…");
  const stopCounting = countDownloads(base, options.download_bytes);
  try {
    return await startPythonAndSite(options, base);
  } finally {
    stopCounting();
  }
}

// The page's progress bar: every body read from the site's own files (ours and Pyodide's
// fetches alike) counts, against the total the build wrote. Reported at most every 100 ms.
function countDownloads(base, total) {
  if (!total || isExecutor) return () => {};
  const realFetch = self.fetch;
  let loaded = 0;
  let reported = 0;
  const report = () => {
    const now = performance.now();
    if (now - reported < 100 && loaded < total) return;
    reported = now;
    self.postMessage(statusMessage("Loading Python…", { loaded: Math.min(loaded, total), total }));
  };
  self.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = typeof input === "string" ? input : input.url;
    if (!response.body || !String(url).startsWith(base) || (init && init.method === "HEAD")) return response;
    const counter = new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        report();
        controller.enqueue(chunk);
      },
    });
    // Same status and headers (compileStreaming checks the wasm's content type).
    return new Response(response.body.pipeThrough(counter),
      { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return () => {
    self.fetch = realFetch; // callbacks' own fetches are not the start's
  };
}

async function startPythonAndSite(options, base) {
  const download = (path) => fetchBytes(new URL(path, base).href);
  const bundle = download("app.zip");
  const wheels = (options.wheels || []).map(download);
  const snapshot = options.snapshot ? download(options.snapshot).then(unpackSnapshot) : null;
  const pyodide = await startPython(new URL("pyodide/", base).href, snapshot);
  status("Loading the app…");
  installSite(pyodide, { wheels: await Promise.all(wheels), bundle: await bundle, appDir: options.app_dir });
  return pyodide;
}

async function boot({ spec, base, location, changes, executor }) {
  isExecutor = Boolean(executor);
  bootInfo = { spec, base, location, changes: [] };
  const options = spec.worker || {};
  const serverRoot = options.server_url ? options.server_url.replace(/\/?$/, "/") : new URL("..", base).href;
  server = { url: new URL("_pyclient/callback", serverRoot).href, timeoutMs: options.server_timeout_ms || 120000 };
  python = python || startSite(options, base);
  const pyodide = await python;

  status("Starting the app…");
  runtime = pyodide.pyimport("pyclient.runtime");
  // JSPI (WebAssembly.Suspending) lets a sleeping callback yield; pyclient.runtime checks
  // for it itself, nothing is passed here.
  console.debug(`pyclient: Pyodide ${pyodide.version}, JSPI ${typeof WebAssembly.Suspending === "function" ? "on" : "off"}`);
  // The page URL, and the props components set while mounting (dcc.Location, dcc.Store, ...;
  // Dash folds those into the initial callbacks), travel inside the spec.
  if (executor) {
    // The background executor answers its parent directly and takes messages at once.
    runtime.start_executor(JSON.stringify(spec), (text) => self.postMessage(text));
    receive = runtime.receive;
    pending.splice(0).forEach((text) => deliver(text));
    return;
  }
  // The folder the site is served from ("/" or e.g. "/my-app/"): Dash Pages paths are relative to it.
  const root = new URL("..", base).pathname;
  const serverLayout = spec.layout_from_server ? await fetchLayout() : null;
  runtime.start(JSON.stringify({ ...spec, location, root, server_layout: serverLayout,
                                 initial_changes: changes || [] }), toPage, toBackground, toServer);
  receive = runtime.receive;
  pending.splice(0).forEach((text) => deliver(text));
}

// Python from the build's memory snapshot (pyclient and the app already imported) when the
// site has one; the plain start when it has none or it does not restore.
async function startPython(indexURL, snapshot) {
  // loadPyodide hangs when the wasm is missing or has the wrong MIME type; a HEAD request
  // run alongside it turns those into a clear message at once.
  const load = async (extra) => (await Promise.all([
    loadPyodide({ indexURL, packageBaseUrl: indexURL, cdnUrl: indexURL, ...extra }),
    checkWasm(indexURL + "pyodide.asm.wasm"),
  ]))[0];
  if (snapshot) {
    const repoint = watchTrampoline();
    const stopEarly = startEarly(indexURL);
    try {
      const pyodide = await load({ _loadSnapshot: snapshot });
      stopEarly();
      repoint(pyodide._module);
      console.debug("pyclient: Python started from the build's memory snapshot");
      return pyodide;
    } catch (err) {
      stopEarly();
      repoint(null);
      console.warn(`pyclient: the memory snapshot could not be restored (${err.message || err}); ` +
        "starting Python without it, which takes a few seconds longer.");
    }
  }
  return load({});
}

// With a snapshot, Pyodide waits for its download before it imports its JavaScript and
// compiles its wasm. Start both at once instead: a module URL is imported once, and the wasm
// compiled here is what Pyodide gets when it asks to instantiate its own download.
function startEarly(indexURL) {
  import(indexURL + "pyodide.asm.mjs").catch(() => {}); // Pyodide's own import reports failures
  const compiled = WebAssembly.compileStreaming(fetch(indexURL + "pyodide.asm.wasm"));
  compiled.catch(() => {});
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (response, imports) => {
    WebAssembly.instantiateStreaming = instantiateStreaming;
    let module;
    try {
      module = await compiled;
    } catch (err) {
      return instantiateStreaming(response, imports);
    }
    Promise.resolve(response).then((r) => r.body && r.body.cancel()).catch(() => {});
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  return () => {
    WebAssembly.instantiateStreaming = instantiateStreaming;
  };
}

// A snapshot holds Python's memory as the build's Node left it, including CPython's pointer to
// its call trampoline. Node 20 cannot make the fast one (it needs WebAssembly GC), so restored
// as is every Python call would go through JavaScript: slower, and time.sleep could not yield
// (JSPI cannot suspend across JS frames). Pyodide makes this browser's trampoline while
// starting, before the snapshot overwrites the pointer: catch it as it is made, then point
// CPython at it again, as Pyodide's own start does.
function watchTrampoline() {
  const Instance = WebAssembly.Instance;
  let trampoline = null;
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args) {
      const instance = Reflect.construct(target, args);
      if (instance.exports.trampoline_call) trampoline = instance.exports.trampoline_call;
      return instance;
    },
  });
  return (module) => {
    WebAssembly.Instance = Instance;
    if (!module || !trampoline) return; // no fast trampoline here: the JS one is right
    const offset = module.HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >> 2];
    module.HEAP32[(module.__PyRuntime + offset) >> 2] = module.addFunction(trampoline);
  };
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not download ${url} (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

async function checkWasm(url) {
  let response;
  try {
    response = await fetch(url, { method: "HEAD" });
  } catch (err) {
    return; // offline: the service worker answers the real download (GET) from its cache
  }
  if (response.status === 405 || response.status === 501) return; // the server does not do HEAD
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  const type = response.headers.get("content-type") || "";
  if (type && !type.startsWith("application/wasm")) {
    throw new Error(`${url} is served as "${type}"; it must be served as application/wasm.`);
  }
}

function describe(err) {
  const text = String((err && err.message) || err);
  return `Python could not start: ${text}`;
}
