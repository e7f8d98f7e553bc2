// The messages between the main thread and the worker, in one place (docs/protocol.md).
// Every message crosses postMessage as a JSON string, never as an object.

// main -> worker, as the page starts (index.html's first script): start Python now, with the
// spec's "worker" options; "boot" (the page mounted) follows with the spec and the page's state.
export const START = "start";
export const BOOT = "boot";
export const CHANGES = "changes";
export const STATUS = "status";
export const LAYOUT = "layout";
export const UPDATE = "update";
export const ERROR = "error";
export const READY = "ready";
export const IDLE = "idle";
export const BUSY = "busy";
export const FATAL = "fatal";
export const TIMING = "timing";
// worker -> main: {"type": "running", "outputs": [{"id": ID, "prop": P}, ...]}, every output
// of the callbacks executing now (sent whenever that set changes), for dcc.Loading.
export const RUNNING = "running";
// worker -> main: run a clientside callback; main -> worker: its result (never held back,
// since initial callbacks may wait on it).
export const CLIENTSIDE = "clientside";
export const CLIENTSIDE_RESULT = "clientside_result";

// The spec goes out as the exact text the page holds: the main thread edits its own copy of
// the layout in place, and re-serialising a large spec would only cost time.
export function bootMessage(specText, base, location, changes) {
  const head = JSON.stringify({ type: BOOT, base, location, changes });
  return `${head.slice(0, -1)},"spec":${specText}}`;
}

export function startMessage(base, worker) {
  return JSON.stringify({ type: START, base, worker });
}

export function changesMessage(seq, changes) {
  return JSON.stringify({ type: CHANGES, seq, changes });
}

// `at`: when the stage began, in ms since 1970 (the worker's clock and the page's differ in
// origin only).
export function statusMessage(text) {
  return JSON.stringify({ type: STATUS, text, at: performance.timeOrigin + performance.now() });
}

export function errorMessage(callback, message, traceback) {
  return JSON.stringify({ type: ERROR, callback, message, traceback });
}

export function fatalMessage(message) {
  return JSON.stringify({ type: FATAL, message });
}

// A component id as the DOM and the protocol write it: a string as is, a dict as compact JSON
// with sorted keys and non-ASCII kept (Python: json.dumps(id, sort_keys=True,
// separators=(",", ":"), ensure_ascii=False)).
export function idString(id) {
  return typeof id === "string" ? id : canonicalJson(id);
}

function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
