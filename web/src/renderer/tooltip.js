// dcc.Tooltip: a box placed at `bbox` ({x0, y0, x1, y1} in px, relative to the nearest
// positioned ancestor, as a dcc.Graph's hoverData gives it), holding <div id role="tooltip"
// class="pyclient-tooltip pyclient-tooltip-DIRECTION"> with the children beside the box. As in
// Dash 4.4.1 it shows only while `show` (default true) and `bbox` is set; while a callback
// computes its props it shows loading_text.
import { h } from "preact";
import { classes, cssStyle } from "./html.js";
import { renderValue } from "./index.js";
import { runningOf, useRunning } from "./running.js";

export function tooltipBoxStyle(props) {
  const { x0 = 0, y0 = 0, x1 = 0, y1 = 0 } = props.bbox || {};
  const shown = (props.show ?? true) && props.bbox;
  return {
    top: `${y0}px`, left: `${x0}px`, width: `${x1 - x0}px`, height: `${y1 - y0}px`,
    display: shown ? "block" : "none", zIndex: props.zindex ?? 1,
    pointerEvents: props.targetable ? "auto" : "none",
  };
}

export function Tooltip({ props, id }) {
  const loading = runningOf(useRunning(), id).length > 0;
  const colors = {
    ...(props.border_color ? { borderColor: props.border_color } : {}),
    ...(props.background_color ? { backgroundColor: props.background_color } : {}),
  };
  return h("div", { class: "pyclient-tooltip-box", style: tooltipBoxStyle(props) },
    h("div", {
      id, role: "tooltip", class: classes("pyclient-tooltip", `pyclient-tooltip-${props.direction ?? "right"}`, props.className),
      style: { ...colors, ...cssStyle(props.style) },
    }, loading ? (props.loading_text ?? "Loading...") : renderValue(props.children)));
}
