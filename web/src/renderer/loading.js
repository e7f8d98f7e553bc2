// dcc.Loading: <div id class="pyclient-loading"> holding the children in a
// <div class="pyclient-loading-content"> and, while a callback computes an output inside it,
// a spinner over them (the content hidden unless overlay_style says otherwise). Follows Dash
// 4.4.1: the spinner shows at first render when show_initially (default), then follows the
// running outputs with delay_show / delay_hide; display "show"/"hide" force it; only the
// outputs named in target_components count when it is given.
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { idString } from "../protocol.js";
import { classes, cssStyle } from "./html.js";
import { isComponent, renderValue } from "./index.js";
import { runningOf, useRunning } from "./running.js";

// The id strings of every component inside the children.
function idsInside(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => idsInside(v, out));
  else if (isComponent(value)) {
    if (value.props.id != null) out.push(idString(value.props.id));
    for (const [name, prop] of Object.entries(value.props)) {
      if (name === "children" || isComponent(prop) || Array.isArray(prop)) idsInside(prop, out);
    }
  }
  return out;
}

function targeted(targets, output) {
  if (!targets) return true;
  const target = targets[output.id];
  return target === "*" || (Array.isArray(target) ? target.includes(output.prop) : target === output.prop);
}

export function Loading({ props, id }) {
  const running = useRunning();
  const display = props.display ?? "auto";
  const loading = idsInside(props.children)
    .some((inner) => runningOf(running, inner).some((o) => targeted(props.target_components, { id: inner, prop: o.prop })));
  const [shown, setShown] = useState(display === "show" || (display !== "hide" && (props.show_initially ?? true)));
  const showTimer = useRef(0);
  const hideTimer = useRef(0);

  useEffect(() => {
    if (display === "show" || display === "hide") {
      setShown(display === "show");
      return;
    }
    if (loading) {
      hideTimer.current = clearTimeout(hideTimer.current);
      if (!shown && !showTimer.current) {
        showTimer.current = setTimeout(() => { showTimer.current = 0; setShown(true); }, props.delay_show ?? 0);
      }
    } else {
      showTimer.current = clearTimeout(showTimer.current);
      if (shown && !hideTimer.current) {
        hideTimer.current = setTimeout(() => { hideTimer.current = 0; setShown(false); }, props.delay_hide ?? 0);
      }
    }
  }, [loading, display, shown, props.delay_show, props.delay_hide]);
  useEffect(() => () => { clearTimeout(showTimer.current); clearTimeout(hideTimer.current); }, []);

  return h("div", { id, class: classes("pyclient-loading", props.parent_className), style: cssStyle(props.parent_style) },
    h("div", { class: "pyclient-loading-content", style: shown ? { visibility: "hidden", ...cssStyle(props.overlay_style) } : undefined },
      renderValue(props.children)),
    shown && h("div", { class: classes("pyclient-spinner-box", props.fullscreen && "pyclient-spinner-fullscreen") },
      props.custom_spinner != null ? renderValue(props.custom_spinner) : h("div", {
        class: classes("pyclient-spinner", `pyclient-spinner-${props.type ?? "default"}`, props.className),
        role: "status", "aria-label": "Loading", style: { ...cssStyle(props.style), ...(props.color ? { color: props.color } : {}) },
      })));
}
