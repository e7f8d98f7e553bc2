// Clientside callbacks: JavaScript functions run on the main thread when the worker's scheduler
// says so (ordering stays in one place, the Python scheduler). Functions come inline from the
// spec (`clientside_callback("function(x) {...}", ...)`) or from the app's assets/*.js via
// `window.dash_clientside[namespace][function_name]`, as in Dash.
import { idString } from "./protocol.js";

const NO_UPDATE = { _dash_no_update: "_dash_no_update" };
const compiled = new Map();

function namespace() {
  const ns = (window.dash_clientside = window.dash_clientside || {});
  ns.no_update = ns.no_update || NO_UPDATE;
  ns.PreventUpdate = ns.PreventUpdate || { name: "PreventUpdate" };
  return ns;
}
namespace();

function lookup(source) {
  if (source.code != null) {
    if (!compiled.has(source.code)) {
      // The function text is the app author's own code, shipped in the spec like Dash does.
      compiled.set(source.code, new Function(`"use strict"; return (${source.code});`)());
    }
    return compiled.get(source.code);
  }
  const ns = namespace()[source.namespace];
  const fn = ns && ns[source.function_name];
  if (typeof fn !== "function") {
    throw new Error(`No clientside function window.dash_clientside.${source.namespace}.${source.function_name}: ` +
      "define it in a file under the app's assets/ folder.");
  }
  return fn;
}

// no_update may be returned whole or per output; JSON needs the marker object.
function encode(value) {
  if (value === namespace().no_update) return NO_UPDATE;
  if (Array.isArray(value)) return value.map((v) => (v === namespace().no_update ? NO_UPDATE : v));
  return value === undefined ? null : value;
}

// A prop that was never set reaches the function as undefined, as in Dash (its inputs_list
// entry has no "value"); Python's None stays null.
function argumentsOf({ args, info, positional }) {
  if (!positional) return args;
  const entries = [...(info.inputs_list || []), ...(info.states_list || [])];
  const unset = (entry) => entry && typeof entry === "object" && !("value" in entry);
  return args.map((value, i) => {
    const entry = entries[i];
    if (Array.isArray(entry)) return value.map((item, j) => (unset(entry[j]) ? undefined : item));
    return unset(entry) ? undefined : value;
  });
}

export async function runClientside(message) {
  const ns = namespace();
  const sideUpdates = [];
  ns.callback_context = { ...message.info, triggered_id: message.info.triggered_id ?? null };
  ns.set_props = (id, props) => sideUpdates.push([idString(id), props]);
  try {
    const fn = lookup(message.clientside);
    const value = await fn(...argumentsOf(message));
    return { status: "ok", value: encode(value), side_updates: sideUpdates };
  } catch (err) {
    if (err === ns.PreventUpdate || (err && err.name === "PreventUpdate")) {
      return { status: "prevent", side_updates: sideUpdates };
    }
    return { status: "error", message: String((err && err.message) || err), stack: String((err && err.stack) || "") };
  } finally {
    ns.callback_context = {};
  }
}
