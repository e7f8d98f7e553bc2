// The registry: (namespace, type) -> renderer, and the one component that renders a layout node.
// A renderer is a Preact component receiving {node, props, id, setProps}: `props` is the
// node's props, `id` its id string (or undefined), `setProps(changes)` reports a user change.
// A renderer may carry `readDom(element, props)`: the props a user changed in the pre-rendered
// HTML before the page booted (null when nothing changed).
import { h, Component } from "preact";
import { idString } from "../protocol.js";
import { Html } from "./html.js";
import { Input } from "./input.js";
import { Textarea } from "./textarea.js";
import { Checklist, RadioItems } from "./checklist.js";
import { Dropdown } from "./dropdown.js";
import { Slider, RangeSlider } from "./slider.js";
import { Markdown } from "./markdown.js";
import { Store } from "./store.js";
import { Location } from "./location.js";
import { Interval } from "./interval.js";
import { Button } from "./button.js";
import { Link } from "./link.js";
import { Tabs, Tab } from "./tabs.js";
import { Loading } from "./loading.js";
import { ConfirmDialog, ConfirmDialogProvider } from "./confirm.js";
import { Clipboard } from "./clipboard.js";
import { DatePickerSingle, DatePickerRange } from "./datepicker.js";
import { Tooltip } from "./tooltip.js";
import { Download } from "./download.js";
import { Upload } from "./upload.js";
import { Graph } from "./graph.js";

export const HTML = "dash_html_components";
export const DCC = "dash_core_components";

const DCC_RENDERERS = {
  Input, Textarea, Checklist, RadioItems, Dropdown, Slider, RangeSlider, Markdown, Store, Location, Interval,
  Button, Link, Tabs, Tab, Loading, ConfirmDialog, ConfirmDialogProvider, Clipboard, DatePickerSingle,
  DatePickerRange, Tooltip, Download, Upload, Graph,
};

export function rendererFor(node) {
  if (node.namespace === HTML) return Html;
  return (node.namespace === DCC && DCC_RENDERERS[node.type]) || Unknown;
}

export function isComponent(value) {
  return value !== null && typeof value === "object" && typeof value.type === "string" &&
    typeof value.namespace === "string" && value.props !== null && typeof value.props === "object";
}

let onSetProps = () => {};

// main.js owns the state; renderers report changes through the function it registers here.
export function connect(setProps) {
  onSetProps = setProps;
}

// Re-renders only when the node's props object was replaced (main.js replaces the props of a
// changed node and of its ancestors), so one change costs the path to it, not the whole page.
class Node extends Component {
  shouldComponentUpdate(next) {
    return next.node !== this.props.node || next.p !== this.props.p;
  }

  render({ node }) {
    const id = node.props.id == null ? undefined : idString(node.props.id);
    const setProps = (changes) => id !== undefined && onSetProps(id, changes);
    return h(rendererFor(node), { node, props: node.props, id, setProps });
  }
}

// children: a string/number (a text node, never HTML), a component, a list of those, or null.
export function renderValue(value) {
  if (value == null || typeof value === "boolean") return null;
  if (Array.isArray(value)) return value.map(renderValue);
  if (isComponent(value)) {
    const key = value.props.key ?? (value.props.id == null ? undefined : idString(value.props.id));
    return h(Node, { node: value, p: value.props, key });
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function Unknown({ node, props, id }) {
  const name = `${node.namespace}.${node.type}`;
  return h("div", { id, class: "pyclient-unknown" },
    h("div", { class: "pyclient-unknown-message" }, `pyclient cannot display the component ${name}: it has no renderer.`),
    renderValue(props.children));
}
