// Persistence, as Dash 4.4.1 does it (checked against it): a component with an id and a truthy
// `persistence` keeps each of its `persisted_props` in localStorage ("local", the default),
// sessionStorage ("session") or page memory ("memory") whenever it changes, by the person or
// by a callback, as [new value, value in the layout]. When the page loads again and the layout
// still holds that original value, the kept value replaces it; a layout that changed drops the
// record. Not yet: layouts that arrive later (a layout function, a Dash Pages page, a
// callback's new children; the worker's copy of the layout would differ from the page's) and
// dotted persisted_props (DataTable's "columns.name").
import { idString } from "./protocol.js";
import { isComponent, walkComponents } from "./layout.js";
import equal from "fast-deep-equal";

const memory = new Map();
const PREFIX = "_dash_persistence.";

function storageOf(type) {
  if (type === "memory") {
    return { get: (k) => memory.get(k), set: (k, v) => memory.set(k, v), remove: (k) => memory.delete(k) };
  }
  const store = type === "session" ? window.sessionStorage : window.localStorage;
  return {
    get(key) {
      const text = store.getItem(key);
      try {
        return text === null ? undefined : JSON.parse(text);
      } catch {
        return undefined;
      }
    },
    set: (key, value) => store.setItem(key, JSON.stringify(value)),
    remove: (key) => store.removeItem(key),
  };
}

// The component's settings, with its library's defaults (persisted_props, persistence_type):
// function components declare them as `dashPersistence`, class components in defaultProps.
function settingsOf(node) {
  const { props } = node;
  if (props.id == null || !props.persistence) return null;
  const library = window[node.namespace];
  const type = library && library[node.type];
  const defaults = (type && (type.dashPersistence || type.defaultProps)) || {};
  const persisted = props.persisted_props || defaults.persisted_props || [];
  return {
    storage: storageOf(props.persistence_type || defaults.persistence_type || "local"),
    keyOf: (prop) => `${PREFIX}${idString(props.id)}.${prop}.${props.persistence}`,
    props: persisted.filter((p) => typeof p === "string" && !p.includes(".")),
  };
}

const same = equal; // deep, whatever the key order

// Kept values replace the layout's where the layout still holds the original; returns the
// layout (a new object only where something changed).
export function applyPersistence(layout) {
  const replaced = [];
  walkComponents(layout, [], (node, path) => {
    const settings = settingsOf(node);
    if (!settings) return;
    const changes = {};
    for (const prop of settings.props) {
      const record = settings.storage.get(settings.keyOf(prop));
      if (!Array.isArray(record)) continue;
      if (same(record[1], node.props[prop])) changes[prop] = record[0];
      else settings.storage.remove(settings.keyOf(prop));
    }
    if (Object.keys(changes).length) replaced.push([path, changes]);
  });
  let result = layout;
  for (const [path, changes] of replaced) result = replaceAt(result, path, changes);
  return result;
}

function replaceAt(value, path, changes) {
  if (!path.length) return { ...value, props: { ...value.props, ...changes } };
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? value.slice() : { ...value };
  copy[key] = replaceAt(value[key], rest, changes);
  return copy;
}

// A persisted prop of `node` changes to `value`: keep it, with the first original.
export function recordPersistence(node, prop, value) {
  if (!isComponent(node)) return;
  const settings = settingsOf(node);
  if (!settings || !settings.props.includes(prop)) return;
  const key = settings.keyOf(prop);
  const record = settings.storage.get(key);
  const original = Array.isArray(record) ? record[1] : node.props[prop];
  settings.storage.set(key, [value === undefined ? null : value, original]);
}
