// The main thread: renders the spec's layout over the pre-rendered HTML, turns user events into
// prop changes for the worker, applies the worker's updates, shows errors, and exposes the
// readiness hooks of docs/protocol.md. The layout JSON itself is the state.
import { h, render, Fragment } from "preact";
import * as P from "./protocol.js";
import { DCC, HTML, connect, isComponent, renderValue, rendererFor } from "./renderer/index.js";
import { runClientside } from "./clientside.js";
import { followRunningInTitle } from "./title.js";
import { estimateRunning, getRunning, setRunning } from "./renderer/running.js";

const root = document.documentElement;
const specText = document.getElementById("pyclient-spec").textContent;
const spec = JSON.parse(specText);
const entry = document.getElementById("react-entry-point");

// ---- the component tree: id string -> node, and each node's parent

let layout = spec.layout;
let byId = new Map();
let parentOf = new WeakMap();

function index() {
  byId = new Map();
  parentOf = new WeakMap();
  const walk = (value, parent) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, parent));
    if (!isComponent(value)) return;
    if (parent) parentOf.set(value, parent);
    if (value.props.id != null) byId.set(P.idString(value.props.id), value);
    for (const [name, prop] of Object.entries(value.props)) {
      if (name === "children" || isComponent(prop)) walk(prop, value);
    }
  };
  walk(layout, null);
}

// Props objects are replaced, never edited, on the node and its ancestors: the renderer
// re-renders exactly the nodes whose props object changed.
function assign(node, changes) {
  node.props = { ...node.props, ...changes };
  for (let p = parentOf.get(node); p; p = parentOf.get(p)) p.props = { ...p.props };
  if (Object.entries(changes).some(([name, value]) => name === "children" || isComponent(value))) index();
}

let paintQueued = false;
function paint() {
  paintQueued = false;
  render(h(Fragment, null, renderValue(layout)), entry);
}
function schedulePaint() {
  if (paintQueued) return;
  paintQueued = true;
  queueMicrotask(() => paintQueued && paint());
}

// ---- changes made by the user (through renderers), sent to the worker

let seq = 0;
let mounting = true;
const mountChanges = [];
let batch = new Map();
let batchTimer = 0;

// Everything set within one task (one event: a click bubbling through several elements, Enter
// giving n_submit and value) travels as one "changes" message, as Dash batches one event.
function setProps(id, allChanges) {
  const node = byId.get(id);
  if (!node) return;
  // As in Dash, a prop set to the value it already has is no change: nothing is sent.
  const changes = Object.fromEntries(Object.entries(allChanges).filter(([prop, value]) => !sameValue(node.props[prop], value)));
  if (!Object.keys(changes).length) return;
  assign(node, changes);
  schedulePaint();
  for (const [prop, value] of Object.entries(changes)) {
    const change = { id, prop, value: value === undefined ? null : value };
    if (mounting) mountChanges.push(change);
    else batch.set(`${id}\u0000${prop}`, change);
  }
  if (!mounting && !batchTimer) batchTimer = setTimeout(flush);
}
connect(setProps);

// Deep equality for JSON values (undefined is not null, as for Dash's ramda.equals).
function sameValue(a, b) {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

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
  expectRunning(changes);
  worker.postMessage(P.changesMessage(seq, changes));
}

// Outputs being computed, for dcc.Loading & co (renderer/running.js): the worker's "running"
// messages once one came; until then an estimate from the spec, cleared when all is idle.
let runningFromWorker = false;
function expectRunning(changes) {
  if (!runningFromWorker) setRunning([...getRunning(), ...estimateRunning(spec.callbacks || [], changes)]);
}

// A click recorded before main.js ran counts on the element and on every html ancestor with
// an id (and dcc.Button, which counts clicks too), as the click itself would have bubbled.
const countsClicks = (node) => node.namespace === HTML || (node.namespace === DCC && node.type === "Button");
function replayClick(id) {
  for (let node = byId.get(id); node; node = parentOf.get(node)) {
    if (!countsClicks(node) || node.props.id == null || node.props.disable_n_clicks) continue;
    setProps(P.idString(node.props.id), { n_clicks: (node.props.n_clicks ?? 0) + 1, n_clicks_timestamp: Date.now() });
  }
  flush();
}

// ---- readiness, errors, loading badge

let state = "loading";
let statusText = "Loading Python…";
let fatalText = "";
let errors = [];
let timings = {}; // callback name -> its last ctx.record_timing figures
let calls = {};
let busy = false;
let idleSeq = 0;
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
  if (state !== "ready" || busy || idleSeq < seq || batch.size) return;
  idleWaiters.splice(0).forEach((w) => w.resolve());
}

window.pyclient = { ready, idle, calls: () => calls };

const chrome = document.body.appendChild(document.createElement("div"));
function paintChrome() {
  render(h(Chrome, null), chrome);
}

function Chrome() {
  return h(Fragment, null,
    state === "loading" && h("div", { id: "pyclient-loading", role: "status" }, statusText),
    state === "error" && h("div", { id: "pyclient-fatal", role: "alert" },
      h("h1", null, "This app could not start"),
      h("pre", null, fatalText)),
    errors.length > 0 && h("div", { id: "pyclient-overlay", role: "alert" },
      h("div", { class: "pyclient-overlay-head" },
        h("span", null, errors.length === 1 ? "1 callback error" : `${errors.length} callback errors`),
        h("button", { type: "button", "aria-label": "Dismiss", onClick: () => { errors = []; paintChrome(); } }, "×")),
      errors.map((e, i) => h("div", { class: "pyclient-error", key: i },
        h("div", { class: "pyclient-error-callback" }, e.callback, h("span", { class: "pyclient-error-outputs" }, outputsOf(e.callback))),
        h("div", { class: "pyclient-error-message" }, e.message),
        e.traceback && h("pre", null, e.traceback)))),
    Object.keys(timings).length > 0 && h("details", { id: "pyclient-timing" },
      h("summary", null, "Callback timing"),
      h("table", null, Object.entries(timings).flatMap(([name, figures]) =>
        Object.entries(figures).map(([resource, { dur, desc }]) => h("tr", { key: `${name}/${resource}` },
          h("td", null, name), h("td", null, resource), h("td", null, `${dur} ms`), h("td", null, desc || "")))))));
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
  state = "ready";
  calls = message.calls || {};
  root.dataset.pyclient = "ready";
  paintChrome();
  resolveReady();
  early.forEach(replayClick);
  checkIdle();
}

// ---- messages from the worker

function receive(message) {
  switch (message.type) {
    case P.STATUS:
      statusText = message.text;
      paintChrome();
      break;
    case P.UPDATE:
      for (const { id, prop, value } of message.changes) {
        const node = byId.get(id);
        if (node) assign(node, { [prop]: value });
        else console.warn(`pyclient: an update names the id "${id}", which is not in the layout.`);
      }
      paint();
      break;
    case P.LAYOUT:
      layout = message.layout;
      index();
      paint();
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
      break;
    case P.IDLE:
      busy = false;
      idleSeq = message.seq;
      calls = message.calls || calls;
      if (!runningFromWorker && idleSeq >= seq && !batch.size) setRunning([]);
      checkIdle();
      break;
    case P.RUNNING:
      runningFromWorker = true;
      setRunning(message.outputs || []);
      break;
    case P.FATAL:
      fail(message.message);
      break;
    case P.TIMING:
      timings = { ...timings, [message.callback]: message.timing };
      paintChrome();
      break;
    case P.CLIENTSIDE:
      runClientside(message).then((result) =>
        worker.postMessage(JSON.stringify({ type: P.CLIENTSIDE_RESULT, serial: message.serial, ...result })));
      break;
    default:
      console.warn(`pyclient: unknown message from the worker: ${message.type}`);
  }
}

// ---- boot

index();
followRunningInTitle(spec.config && spec.config.update_title);

// Values the user typed or ticked in the pre-rendered page before this script ran: they win
// over the spec and reach Python as ordinary changes after the initial callbacks.
const typed = [];
for (const [id, node] of byId) {
  const read = rendererFor(node).readDom;
  const element = read && document.getElementById(id);
  const changes = element && read(element, node.props);
  if (!changes) continue;
  node.props = { ...node.props, ...changes };
  typed.push(Object.entries(changes).map(([prop, value]) => ({ id, prop, value })));
}

// Clicks made before now were recorded by the inline script in index.html; from here on the
// renderers count them, so the recorder is switched off in the same breath.
const early = Array.isArray(window.__pyclientEarly) ? window.__pyclientEarly.slice() : [];
window.__pyclientLive = true;

// The worker starts downloading Pyodide while the layout renders.
const workerURL = new URL("worker.js", import.meta.url);
const worker = new Worker(workerURL, { type: "module" });
worker.onmessage = (event) => receive(JSON.parse(event.data));
worker.onerror = (event) => {
  const what = event.message || `the worker script ${workerURL.href} (or a file it imports) could not be loaded`;
  if (state === "loading") fail(`The Python worker failed: ${what}.`);
  else console.error(`pyclient: worker error: ${what}`);
};
const timeoutMs = (spec.worker && spec.worker.load_timeout_ms) || 120000;
const loadTimer = setTimeout(() => fail(
  `Python did not start within ${Math.round(timeoutMs / 1000)} s. Check the browser console. ` +
  "If the site is served by a custom server, it must serve .wasm files as application/wasm and " +
  ".mjs files as JavaScript.",
), timeoutMs);

root.dataset.pyclient = "loading";
expectRunning(null); // the initial callbacks
paint();
mounting = false;
if (mountChanges.length) expectRunning(mountChanges);
paintChrome();

// Props set while mounting (dcc.Location, dcc.Store, ...) go with boot; typed values follow.
const { pathname, search, hash, href } = window.location;
worker.postMessage(P.bootMessage(specText, new URL("./", import.meta.url).href, { pathname, search, hash, href }, mountChanges));
typed.forEach(send);
