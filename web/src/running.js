// Which outputs are being computed right now, for dcc.Loading (spinner), dcc.Tooltip
// (loading_text) and dcc.Clipboard (waits for its content). Dash marks the outputs of the
// callbacks that are executing; the worker says which ones in a "running" message. Until it
// does (and always before "ready", while Python loads), main.js estimates them from the spec:
// the callbacks the initial pass or a change will run, and those downstream of them.
let running = []; // [{id, prop}]: id strings (protocol form); a pattern holds "[ALL]" etc.
const listeners = new Set();

export function setRunning(outputs) {
  running = outputs;
  listeners.forEach((listener) => listener());
}

// Calls `listener` whenever the running outputs change (the page title follows them).
export function onRunningChange(listener) {
  listeners.add(listener);
}

export function getRunning() {
  return running;
}

const WILDCARD = /^\[(ALL|MATCH|ALLSMALLER)\]$/;

// Does an output's id string (maybe a pattern such as {"index":"[ALL]","type":"x"}) name the
// component with this id string?
export function sameId(outputId, id) {
  if (outputId === id) return true;
  if (!outputId.startsWith("{") || !id.startsWith("{")) return false;
  const pattern = JSON.parse(outputId);
  const concrete = JSON.parse(id);
  const keys = Object.keys(pattern);
  return keys.length === Object.keys(concrete).length && keys.every((k) => k in concrete &&
    ((typeof pattern[k] === "string" && WILDCARD.test(pattern[k])) || pattern[k] === concrete[k]));
}

// The spec's estimate: outputs of the callbacks `changes` trigger (null: the initial pass),
// and of every callback downstream of those.
export function estimateRunning(callbacks, changes) {
  const feeds = (output, input) => output.property === input.property &&
    (sameId(output.id, input.id) || sameId(input.id, output.id));
  let frontier = changes
    ? callbacks.filter((cb) => changes.some((c) => cb.inputs.some((i) => feeds({ id: c.id, property: c.prop }, i))))
    : callbacks.filter((cb) => !cb.prevent_initial_call);
  const seen = new Set(frontier);
  while (frontier.length) {
    const outputs = frontier.flatMap((cb) => cb.outputs);
    frontier = callbacks.filter((cb) => !seen.has(cb) && outputs.some((o) => cb.inputs.some((i) => feeds(o, i))));
    frontier.forEach((cb) => seen.add(cb));
  }
  return [...seen].flatMap((cb) => cb.outputs.map((o) => ({ id: o.id, prop: o.property })));
}
