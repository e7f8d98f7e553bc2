// Which outputs are being computed right now, for dcc.Loading (spinner), dcc.Tooltip
// (loading_text) and dcc.Clipboard (waits for its content). The scheduler says which ones
// start and stop ("running" messages, concrete ids); while Python loads, the page shows the
// outputs the build's scheduler expects the initial callbacks to compute (spec.initial_running).
const running = new Map(); // "id\0prop" -> {id, prop}
const listeners = new Set();

function key({ id, prop }) {
  return `${id}\u0000${prop}`;
}

export function changeRunning(started, stopped) {
  stopped.forEach((output) => running.delete(key(output)));
  started.forEach((output) => running.set(key(output), output));
  listeners.forEach((listener) => listener());
}

export function clearRunning() {
  if (!running.size) return;
  running.clear();
  listeners.forEach((listener) => listener());
}

// Calls `listener` whenever the running outputs change (the page title follows them).
export function onRunningChange(listener) {
  listeners.add(listener);
}

export function getRunning() {
  return [...running.values()];
}
