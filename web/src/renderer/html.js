// Every html.* element: <x> with its props as attributes, children as text/components, and
// n_clicks counting on elements that have an id (clicks bubble like the DOM, as in Dash).
import { h } from "preact";
import { renderValue } from "./index.js";

const TAGS = { MapEl: "map", ObjectEl: "object" };

// Dash props that are not DOM attributes, and props that must never reach the DOM from data.
const NOT_ATTRIBUTES = new Set([
  "children", "id", "style", "className", "htmlFor", "n_clicks", "n_clicks_timestamp",
  "disable_n_clicks", "loading_state", "key", "setProps", "dangerouslySetInnerHTML",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formAction", "poster", "cite", "data", "xlinkHref"]);
// Where Dash puts about:blank in place of a script URL (links, forms, frames); the other URL
// attributes are left out.
const BLANKED = new Set(["href", "action", "formAction"]);
const FRAMES = new Set(["iframe", "embed"]);

export function Html({ node, props, id, setProps }) {
  const tag = TAGS[node.type] || node.type.toLowerCase();
  const attrs = htmlAttributes(props, FRAMES.has(tag));
  if (id !== undefined) {
    attrs.id = id;
    if (!props.disable_n_clicks) {
      // Read the count from the node at click time: several clicks may land between renders.
      attrs.onClick = () => setProps({ n_clicks: (node.props.n_clicks ?? 0) + 1, n_clicks_timestamp: Date.now() });
    }
  }
  if ((tag === "progress" || tag === "meter") && props.value != null) {
    // The DOM property clamps (-3 becomes 0); React, and so Dash, writes the attribute as given.
    attrs.ref = (el) => el && el.setAttribute("value", String(props.value));
  }
  return h(tag, attrs, renderValue(props.children));
}

export function htmlAttributes(props, frame = false) {
  const attrs = { class: props.className, for: props.htmlFor, style: cssStyle(props.style) };
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || /^on/i.test(name) || value == null || typeof value === "object") continue;
    if (URL_ATTRIBUTES.has(name) && !safeUrl(value)) {
      if (BLANKED.has(name) || (frame && name === "src")) attrs[name] = "about:blank";
      continue;
    }
    attrs[name] = value;
  }
  return attrs;
}

// A `javascript:` URL is refused. Browsers ignore control characters and spaces inside the
// scheme, so they are dropped before looking.
export function safeUrl(value) {
  return !/^javascript:/i.test(String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, ""));
}

// Dash style dicts use camelCase or kebab-case keys; Preact wants camelCase (or `--custom`).
export function cssStyle(style) {
  if (style == null || typeof style !== "object") return undefined;
  const out = {};
  for (const [key, value] of Object.entries(style)) {
    if (value == null || typeof value === "object") continue;
    out[key.startsWith("--") ? key : key.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value;
  }
  return out;
}

// Joins class names, skipping empty ones.
export function classes(...names) {
  return names.filter((n) => typeof n === "string" && n).join(" ") || undefined;
}
