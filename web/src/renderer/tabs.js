// dcc.Tabs / dcc.Tab: <div id class="pyclient-tabs"> holding a tablist (one <button role=tab>
// per Tab, with the Tab's id) and a tabpanel showing only the selected Tab's children, as in
// Dash 4.4.1. A Tab without a value is "tab-N" (N from 1); Tabs without a value select the first
// Tab and set `value` while mounting, as Dash does; clicking a tab sets `value`.
import { h } from "preact";
import { useLayoutEffect } from "preact/hooks";
import { idString } from "../protocol.js";
import { classes, cssStyle } from "./html.js";
import { isComponent, renderValue } from "./index.js";

const asList = (children) => (Array.isArray(children) ? children : children == null ? [] : [children]);

// [tab props, value] per child; non-Tab children have no props (Dash renders them as tabs too).
function tabsOf(children) {
  return asList(children).map((child, i) => {
    const tab = isComponent(child) ? child.props : {};
    return [tab, tab.value || `tab-${i + 1}`];
  });
}

export function firstValue(children) {
  const tabs = tabsOf(children);
  return tabs.length ? tabs[0][1] : "tab-1";
}

export function Tabs({ node, props, id, setProps }) {
  const tabs = tabsOf(props.children);
  const value = props.value === undefined ? firstValue(props.children) : props.value;

  useLayoutEffect(() => {
    if (node.props.value === undefined) setProps({ value: firstValue(node.props.children) });
  }, []);

  const selected = tabs.find(([, v]) => v === value);
  return h("div", {
    id, class: classes("pyclient-tabs", props.vertical && "pyclient-tabs-vertical", props.parent_className),
    style: cssStyle(props.parent_style),
  },
  h("div", { role: "tablist", class: classes("pyclient-tablist", props.className), style: cssStyle(props.style) },
    tabs.map(([tab, v], i) => h(TabButton, {
      key: i, tab, selected: v === value,
      onSelect: () => !tab.disabled && node.props.value !== v && setProps({ value: v }),
    }))),
  h("div", { role: "tabpanel", class: classes("pyclient-tab-content", props.content_className), style: cssStyle(props.content_style) },
    selected ? renderValue(selected[0].children) : null));
}

function TabButton({ tab, selected, onSelect }) {
  const style = { ...cssStyle(tab.style), ...tabWidth(tab.width), ...(tab.disabled ? cssStyle(tab.disabled_style) : {}), ...(selected ? cssStyle(tab.selected_style) : {}) };
  return h("button", {
    id: tab.id == null ? undefined : idString(tab.id), type: "button", role: "tab",
    class: classes("pyclient-tab", tab.className, tab.disabled && tab.disabled_className, selected && tab.selected_className),
    "aria-selected": selected, disabled: !!tab.disabled, style, onClick: onSelect,
  }, typeof tab.label === "object" ? renderValue(tab.label) : tab.label == null ? "" : String(tab.label));
}

// Tab.width: a number of px or a CSS length; the tab stops growing.
function tabWidth(width) {
  if (typeof width === "number") return { width: `${width}px`, flex: "none" };
  if (typeof width === "string") return { width, flex: "none" };
  return {};
}

// A Tab outside Tabs shows its children.
export function Tab({ props }) {
  return renderValue(props.children);
}
