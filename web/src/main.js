// The main thread: mounts the spec's layout with the component libraries' own React components
// (tree.js), turns their setProps into prop changes for the worker, applies the worker's
// updates, shows errors, and exposes the readiness hooks of docs/protocol.md. The layout JSON
// itself is the state (layout.js).
import equal from "fast-deep-equal";
import * as P from "./protocol.js";
import { assignAt, batchNotifications, flushNotifications, getIn, getState, pathOf, setLayout, setLoading } from "./layout.js";
import { Root, connect } from "./tree.js";
import { installComponentApi } from "./component_api.js";
import { applyPersistence, recordPersistence } from "./persistence.js";
import { runClientside } from "./clientside.js";
import { followRunningInTitle } from "./title.js";
import { changeRunning, clearRunning, getRunning, onRunningChange } from "./running.js";
import { GraphView, callbackRan, chainEnded, chainStarted, followChains } from "./graph_view.js";
import { runR, startR } from "./r_calls.js";

const React = window.React;
const h = React.createElement;
// A classic script placed after React and before the component libraries: some bundles read
// window.dash_component_api while they load. The layout mounts once they all have.
const here = document.currentScript.src;
installComponentApi();
const root = document.documentElement;
const specText = document.getElementById("pyclient-spec").textContent;
const spec = JSON.parse(specText);
const entry = document.getElementById("react-entry-point");

// ---- changes made by the user (through renderers), sent to the worker

let seq = 0;
let mounting = true;
const mountChanges = [];
let batch = new Map();
let batchTimer = 0;

// Everything set within one task (one event: a click bubbling through several elements, Enter
// giving n_submit and value) travels as one "changes" message, as Dash batches one event.
// A component without an id keeps its change to itself: no callback can name it.
function setProps(path, given) {
  const node = getIn(getState().layout, path);
  if (!node) return;
  // A component reports a problem this way (html.A refusing a javascript: URL); not a prop.
  const { _dash_error: problem, ...allChanges } = given;
  if (problem) console.error(`pyclient: ${node.namespace}.${node.type}: ${(problem && problem.message) || problem}`);
  // As in Dash, a prop set to the value it already has is no change: nothing is sent.
  const changes = Object.fromEntries(Object.entries(allChanges).filter(([prop, value]) => !sameValue(node.props[prop], value)));
  if (!Object.keys(changes).length) return;
  for (const [prop, value] of Object.entries(changes)) recordPersistence(node, prop, value);
  assignAt(path, changes);
  if (node.props.id == null) return;
  const id = P.idString(node.props.id);
  for (const [prop, value] of Object.entries(changes)) {
    const change = { id, prop, value: value === undefined ? null : value };
    if (mounting) mountChanges.push(change);
    else batch.set(`${id}\u0000${prop}`, change);
  }
  if (!mounting && !batchTimer) batchTimer = setTimeout(flush);
}
connect(setProps);

// Deep equality for JSON values, whatever the key order (undefined is not null, as for Dash's
// ramda.equals).
const sameValue = equal;

function flush() {
  clearTimeout(batchTimer);
  batchTimer = 0;
  if (!batch.size) return;
  const changes = [...batch.values()];
  batch = new Map();
  send(changes);
}

function send(changes) {
  seq += 1;
  worker.postMessage(P.changesMessage(seq, changes, state === "loading"));
}

// ---- readiness, errors, loading badge

let state = "loading";
let statusText = "Loading Python…";
let download = null; // {loaded, total} bytes of what Python needs, while it loads
let fatalText = "";
let errors = [];
let timings = {}; // callback name -> its last ctx.record_timing figures
let calls = {};
let busy = false;
let idleSeq = 0;
let runningFromScheduler = false;
let idleWaiters = [];
let resolveReady;
let rejectReady;
const ready = new Promise((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
ready.catch(() => {}); // a fatal error is shown on the page; an unawaited rejection is noise

function idle() {
  return new Promise((resolve, reject) => {
    idleWaiters.push({ resolve, reject });
    checkIdle();
  });
}

function checkIdle() {
  if (state === "error") {
    idleWaiters.splice(0).forEach((w) => w.reject(new Error(fatalText)));
    return;
  }
  if (!settled() || !idleWaiters.length) return;
  // Components react to the last updates in React's render and effects tasks (a Store whose
  // data changed sets its timestamp): let both run, then look again.
  afterTwoTasks(() => {
    if (settled()) idleWaiters.splice(0).forEach((w) => w.resolve());
  });
}

function settled() {
  return state === "ready" && !busy && idleSeq >= seq && !batch.size;
}

// Posted messages run in order: React's render and effects tasks, queued before, go first.
const hops = new MessageChannel();
const hopQueue = [];
hops.port1.onmessage = () => hopQueue.shift()();
function afterTask(fn) {
  hopQueue.push(fn);
  hops.port2.postMessage(null);
}
function afterTwoTasks(fn) {
  afterTask(() => afterTask(fn));
}

// The boot's stages as the worker began them, in ms since navigation (bench/boot.py prints them).
const stages = [];
ready.then(() => stages.push({ stage: "ready", at: performance.now() }));
window.pyclient = { ready, idle, calls: () => calls, stages: () => stages.slice() };

// The site's service worker (pyclient-sw.js) keeps this build's files for the next visit and
// for offline use. Registered once the app answers, so its downloads never slow the start.
ready.then(() => {
  const file = spec.worker && spec.worker.service_worker;
  if (!file || !("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(new URL("../" + file, here)).catch((err) => console.warn(
    `pyclient: the service worker could not be registered (${err.message}); each visit loads the site from the network.`));
});

const chrome = window.ReactDOM.createRoot(document.body.appendChild(document.createElement("div")));
function paintChrome() {
  chrome.render(h(Chrome, null));
}

// As Dash: what went wrong, with tracebacks, is for the app's author (a build with --debug);
// a visitor of a published site sees nothing technical, and the console keeps every error.
const debug = Boolean(spec.config && spec.config.debug);

function Chrome() {
  return h(React.Fragment, null,
    state === "loading" && h("div", { id: "pyclient-loading", role: "status" }, statusText,
      download && h("progress", { max: download.total, value: download.loaded }),
      download && h("span", { className: "pyclient-bytes" }, `${megabytes(download.loaded)} of ${megabytes(download.total)} MB`)),
    state === "error" && h("div", { id: "pyclient-fatal", role: "alert" },
      h("h1", null, "This app could not start"),
      debug ? h("pre", null, fatalText) : h("p", null, "Reloading the page may help. The browser console says what failed.")),
    debug && errors.length > 0 && h("div", { id: "pyclient-overlay", role: "alert" },
      h("div", { className: "pyclient-overlay-head" },
        h("span", null, errors.length === 1 ? "1 callback error" : `${errors.length} callback errors`),
        h("button", { type: "button", "aria-label": "Dismiss", onClick: () => { errors = []; paintChrome(); } }, "×")),
      errors.map((e, i) => h("div", { className: "pyclient-error", key: i },
        h("div", { className: "pyclient-error-callback" }, e.callback, h("span", { className: "pyclient-error-outputs" }, outputsOf(e.callback))),
        h("div", { className: "pyclient-error-message" }, e.message),
        (e.inputs || []).length > 0 && h("ul", { className: "pyclient-error-inputs" },
          e.inputs.map(({ prop_id, value }) => h("li", { key: prop_id }, `${prop_id} = ${shortJson(value)}`))),
        e.traceback && h("pre", null, e.traceback)))),
    debug && Object.keys(timings).length > 0 && h("details", { id: "pyclient-timing" },
      h("summary", null, "Callback timing"),
      h("table", null, Object.entries(timings).flatMap(([name, figures]) =>
        Object.entries(figures).map(([resource, { dur, desc }]) => h("tr", { key: `${name}/${resource}` },
          h("td", null, name), h("td", null, resource), h("td", null, `${dur} ms`), h("td", null, desc || "")))))),
    debug && state === "ready" && h(GraphView));
}
followChains(paintChrome, here);

// A value as the overlay lists it: JSON, cut short (a figure would fill the screen).
function shortJson(value) {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}

// Where an error happened: the outputs of the callback, from the spec ("a.children, b.value").
function outputsOf(name) {
  const callback = (spec.callbacks || []).find((c) => c.name === name);
  const outputs = callback ? callback.outputs.map((o) => `${P.idString(o.id)}.${o.property}`) : [];
  return outputs.length ? ` → ${outputs.join(", ")}` : "";
}

function fail(message) {
  if (state === "error") return;
  state = "error";
  fatalText = message;
  root.dataset.pyclient = "error";
  clearTimeout(loadTimer);
  worker.terminate();
  console.error(`pyclient: ${message}`);
  rejectReady(new Error(message));
  checkIdle();
  paintChrome();
}

function onReady(message) {
  if (state !== "loading") return;
  clearTimeout(loadTimer);
  if (!runningFromScheduler) clearRunning(); // nothing ran that the build expected
  state = "ready";
  calls = message.calls || {};
  root.dataset.pyclient = "ready";
  paintChrome();
  resolveReady();
  checkIdle();
}

// ---- messages from the worker

function receive(message) {
  P.check(message, "page");
  // Updates and loading states reach the components together, a task later; anything else
  // (idle, ready, an error...) is announced only once they have.
  if (message.type === P.UPDATE || message.type === P.RUNNING) return batchNotifications(() => handle(message));
  flushNotifications();
  handle(message);
}

function handle(message) {
  switch (message.type) {
    case P.STATUS:
      statusText = message.text;
      if (message.total) download = { loaded: message.loaded, total: message.total };
      if (message.at) stages.push({ stage: message.text, at: message.at - performance.timeOrigin });
      paintChrome();
      break;
    case P.UPDATE:
      for (const { id, prop, value } of message.changes) {
        const path = pathOf(id);
        if (path) {
          recordPersistence(getIn(getState().layout, path), prop, value);
          assignAt(path, { [prop]: value });
        }
        else console.warn(`pyclient: an update names the id "${id}", which is not in the layout.`);
      }
      break;
    case P.LAYOUT:
      setLayout(message.layout);
      break;
    case P.ERROR:
      console.error(`pyclient: callback ${message.callback} failed: ${message.message}\n${message.traceback || ""}`);
      errors = [...errors, message];
      paintChrome();
      break;
    case P.READY:
      onReady(message);
      break;
    case P.BUSY:
      busy = true;
      chainStarted();
      break;
    case P.IDLE:
      busy = false;
      idleSeq = message.seq;
      calls = message.calls || calls;
      chainEnded();
      checkIdle();
      break;
    case P.RUNNING:
      if (!runningFromScheduler) clearRunning(); // the build's expectation gives way
      runningFromScheduler = true;
      changeRunning(message.started, message.stopped);
      break;
    case P.FATAL:
      fail(message.message);
      break;
    case P.RAN:
      callbackRan(message.index, message.ms);
      break;
    case P.TIMING:
      timings = { ...timings, [message.callback]: message.timing };
      paintChrome();
      break;
    case P.R_CALL:
      runR(here, spec.r.files, message).then((result) =>
        worker.postMessage(JSON.stringify({ type: P.R_RESULT, serial: message.serial, ...result })));
      break;
    case P.CLIENTSIDE:
      runClientside(message).then((result) =>
        worker.postMessage(JSON.stringify({ type: P.CLIENTSIDE_RESULT, serial: message.serial, ...result })));
      break;
    default:
      throw new Error(`pyclient: the page does not handle "${message.type}" messages.`);
  }
}

// ---- boot

// `pyclient dev`: reload when a new build is served (its _pyclient/dev.json version changes).
// Kept Store data (local, session) survives, as any reload.
if (spec.config && spec.config.live_reload) {
  const url = new URL("../" + spec.config.live_reload, here).href;
  let first = null;
  setInterval(() => fetch(url, { cache: "no-store" }).then((r) => r.json()).then(({ version }) => {
    if (first === null) first = version;
    else if (version !== first) window.location.reload();
  }).catch(() => {}), 400);
}

followRunningInTitle(spec.config && spec.config.update_title);
// An R app: webR starts now, alongside Python (the scheduler), so the first call waits less.
if (spec.r) startR(here, spec.r.files).catch((err) => console.error(`pyclient: webR could not start: ${err.message}`));
onRunningChange(() => setLoading(getRunning()));
window._dashPlotlyJSURL = new URL("plotly.min.js", here).href;

// index.html's first script started the worker (Python loads while these scripts run) and
// kept what it said meanwhile; without that script, start it here.
const workerURL = new URL("worker.js", here);
const early = window.pyclientWorker;
const worker = early ? early.worker : new Worker(workerURL, { type: "module" });
worker.onmessage = (event) => receive(JSON.parse(event.data));
worker.onerror = (event) => {
  const what = event.message || `the worker script ${workerURL.href} (or a file it imports) could not be loaded`;
  if (state === "loading") fail(`The Python worker failed: ${what}.`);
  else console.error(`pyclient: worker error: ${what}`);
};
if (early) early.heard.splice(0).forEach((event) => (event.type === "error" ? worker.onerror : worker.onmessage)(event));
else worker.postMessage(P.startMessage(new URL("./", here).href, spec.worker || {}));
const timeoutMs = (spec.worker && spec.worker.load_timeout_ms) || 120000;
const loadTimer = setTimeout(() => fail(
  `${spec.r ? "Python and R (webR) did" : "Python did"} not start within ${Math.round(timeoutMs / 1000)} s. Check the browser console. ` +
  "If the site is served by a custom server, it must serve .wasm files as application/wasm and " +
  ".mjs files as JavaScript.",
), timeoutMs);

root.dataset.pyclient = "loading";
document.addEventListener("DOMContentLoaded", mount);

function mount() {
  // Kept values (persistence) need the libraries' defaults, loaded by now; Python starts from
  // the layout they give, as Dash's callbacks do.
  const layout = applyPersistence(spec.layout);
  setLayout(layout);
  const bootSpec = layout === spec.layout ? specText : JSON.stringify({ ...spec, layout });
  // Until the scheduler says what runs, the outputs the build expects the initial calls to write.
  if (!runningFromScheduler) changeRunning(spec.initial_running || [], []);
  // Rendered at once, so props the components set while mounting (dcc.Location, dcc.Store, ...)
  // are known before the worker boots: they go with the boot message as part of the page.
  window.ReactDOM.flushSync(() => window.ReactDOM.createRoot(entry).render(h(Root)));
  mounting = false;
  paintChrome();

  const { pathname, search, hash, href } = window.location;
  worker.postMessage(P.bootMessage(bootSpec, new URL("./", here).href, { pathname, search, hash, href }, mountChanges));
}
