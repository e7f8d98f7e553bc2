// The page's state: the layout tree (Dash's JSON: {type, namespace, props}) and which
// components have an output being computed ("loading"), as the component API reads them.
// Updates replace objects along the path to the change, never edit them, so a component
// re-renders only when its own node (or something below it) was replaced.
import { idString } from "./protocol.js";

let state = { layout: null, loading: {} };
let byId = new Map(); // id string -> path of its node in the layout
const listeners = new Set();

export function isComponent(value) {
  return value !== null && typeof value === "object" && typeof value.type === "string" &&
    typeof value.namespace === "string" && value.props !== null && typeof value.props === "object";
}

export function getState() {
  return state;
}

export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Components hear of a change at once, except inside batchNotifications: the worker's
// updates arrive as one message each (a thousand at a load of a large app), so those tell the
// components once, in a task of their own after the messages queued with them. What a person
// does in the page is never deferred (a controlled input must see its value in the same event).
let batching = false;
let pending = false;
const later = new MessageChannel();
later.port1.onmessage = () => flushNotifications();

function publish(next) {
  state = next;
  if (batching) {
    if (!pending) later.port2.postMessage(null);
    pending = true;
    return;
  }
  pending = false;
  listeners.forEach((listener) => listener());
}

export function batchNotifications(change) {
  batching = true;
  try {
    change();
  } finally {
    batching = false;
  }
}

// Components hear of every change made so far (before "idle" or "ready" is announced).
export function flushNotifications() {
  if (!pending) return;
  pending = false;
  listeners.forEach((listener) => listener());
}

export function getIn(value, path) {
  let here = value;
  for (const key of path) {
    if (here == null) return undefined;
    here = here[key];
  }
  return here;
}

function setIn(value, path, leaf) {
  if (!path.length) return leaf;
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? value.slice() : { ...value };
  copy[key] = setIn(value == null ? undefined : value[key], rest, leaf);
  return copy;
}

// Every component in `value` (children, component props, components nested in lists and dicts
// such as options[].label), with its path.
export function walkComponents(value, path, visit) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkComponents(item, [...path, i], visit));
  } else if (isComponent(value)) {
    visit(value, path);
    walkComponents(value.props, [...path, "props"], visit);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (item !== null && typeof item === "object") walkComponents(item, [...path, key], visit);
    }
  }
}

function index() {
  byId = new Map();
  walkComponents(state.layout, [], (node, path) => {
    if (node.props.id != null) byId.set(idString(node.props.id), path);
  });
}

export function setLayout(layout) {
  publish({ ...state, layout });
  index();
}

export function pathOf(id) {
  return byId.get(id);
}

export function nodeOf(id) {
  const path = byId.get(id);
  return path && getIn(state.layout, path);
}

export function ids() {
  return byId.keys();
}

// Replaces props of the node at `path`; new components among them are indexed.
export function assignAt(path, changes) {
  const node = getIn(state.layout, path);
  if (!isComponent(node)) return;
  const next = { ...node, props: { ...node.props, ...changes } };
  publish({ ...state, layout: setIn(state.layout, path, next) });
  if (Object.values(changes).some(holdsComponent)) index();
}

// Puts a component given as a prop (ExternalWrapper) at `path` when nothing is there yet.
export function insertAt(path, component) {
  if (getIn(state.layout, path) !== undefined) return;
  publish({ ...state, layout: setIn(state.layout, path, component) });
  index();
}

// Does a value hold a component anywhere? Stops at the first one found (a children list
// answers at its first item), and is cached per object: values are replaced, never edited.
const holdsCache = new WeakMap();
export function holdsComponent(value) {
  if (value === null || typeof value !== "object") return false;
  if (isComponent(value)) return true;
  let found = holdsCache.get(value);
  if (found === undefined) {
    found = (Array.isArray(value) ? value : Object.values(value)).some(holdsComponent);
    holdsCache.set(value, found);
  }
  return found;
}

// The running outputs [{id, prop}] (concrete id strings) become the loading map of the
// component API: JSON of the component's path -> [{id, property}].
export function setLoading(outputs) {
  const loading = {};
  for (const { id, prop } of outputs) {
    const path = byId.get(id);
    if (!path) continue;
    const node = getIn(state.layout, path);
    (loading[JSON.stringify(path)] ||= []).push({ id: node.props.id, property: prop });
  }
  publish({ ...state, loading });
}
